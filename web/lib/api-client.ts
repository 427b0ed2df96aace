import { hc } from "hono/client";
import type { AppType } from "../../api/app.ts";
import { language } from "./i18n/index.ts";

type Listener = () => void;
const sessionLostListeners = new Set<Listener>();

/** Called when the server no longer knows the session (expired, PIN reset, signed out elsewhere). */
export function onSessionLost(listener: Listener): void {
  sessionLostListeners.add(listener);
}

async function appFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  // A 401 from a sign-in route means wrong credentials, not a lost session.
  if (response.status === 401 && !String(input).includes("/api/auth/"))
    for (const listener of sessionLostListeners) listener();
  return response;
}

/**
 * The typed client of our own API. Accept-Language carries the language on screen, so problem
 * messages come back in it even before sign-in (after sign-in the server uses the stored one).
 */
export const client = hc<AppType>("/", {
  fetch: appFetch,
  headers: () => ({ "accept-language": language.value }),
});
