export { deleteSessionsOfUser, ownsItsSecret } from "./auth.repo.ts";
export { loadMe, MeSchema } from "./me.ts";
export {
  hashSecret,
  keyedHash,
  normaliseEmail,
  normaliseHouseholdCode,
  randomCode,
  randomPin,
  verifySecret,
} from "./secrets.ts";
export { setSessionCookie } from "./session-cookie.ts";
export { openSession, withAttempt } from "./sign-in.ts";
