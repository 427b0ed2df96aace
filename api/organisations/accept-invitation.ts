import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { recordAudit } from "../audit/index.ts";
import {
  hashSecret,
  keyedHash,
  normaliseEmail,
  openSession,
  verifySecret,
  withAttempt,
} from "../auth/index.ts";
import { Conflict, Validation } from "../http/errors.ts";
import type { Language } from "../http/i18n.ts";
import * as repo from "./organisations.repo.ts";

export interface AcceptInvitationInput {
  code: string;
  email: string;
  password: string;
  displayName: string;
  language: Language;
}

/**
 * Turns an invitation code into a membership: a new account, or an existing one proven by its
 * password (a person may work for several organisations). Signs the person in, in that organisation.
 * The code is checked first, so without a valid code nothing tells whether a password is right; an
 * existing account's password is checked as a throttled sign-in attempt. An invitation made out to
 * an e-mail address is for that address only, and a person already in the organisation keeps its
 * role (a coordinator changes roles, not a stray code). Sent again after it worked, it signs the same
 * person in again (`signInAgain`).
 */
export async function acceptInvitation({
  db,
  sessionSecret,
  now,
  clientAddress,
  input,
}: {
  db: Db;
  sessionSecret: string;
  now: Date;
  clientAddress: string;
  input: AcceptInvitationInput;
}) {
  const email = normaliseEmail(input.email);
  const codeHash = keyedHash(sessionSecret, input.code.replaceAll(/\s+/g, "").toUpperCase());
  const invitation = await repo.findUsableInvitation(db, codeHash, now);
  if (!invitation) return signInAgain({ db, sessionSecret, now, clientAddress, codeHash, email, input });
  if (invitation.email && normaliseEmail(invitation.email) !== email)
    throw new Validation("invitation.other_email", [
      { field: "email", code: "other_email", message: "invitation.other_email" },
    ]);
  const existing = await repo.findUserByEmail(db, email);
  if (existing) await provePassword(db, { email, clientAddress, now }, existing.secretHash, input.password);
  const secretHash = existing ? undefined : await hashSecret(input.password);

  let session: Awaited<ReturnType<typeof openSession>> | null;
  try {
    session = await db.transaction(async (tx) => {
      // Locked now: two people accepting one code at once, only the first gets in.
      const locked = await repo.findUsableInvitation(tx, codeHash, now, true);
      if (!locked) return null;
      const userId =
        existing?.id ??
        (
          await repo.insertUser(tx, {
            email,
            secretHash: secretHash as string,
            displayName: input.displayName,
            language: input.language,
          })
        ).id;
      const role = await repo.findMembershipRole(tx, locked.organisationId, userId);
      if (role && role !== locked.role)
        throw new Conflict("invitation.already_member", { role }, [
          { field: "code", code: "already_member", message: "invitation.already_member" },
        ]);
      await repo.insertMembership(tx, { organisationId: locked.organisationId, userId, role: locked.role });
      await repo.markInvitationAccepted(tx, locked.id, userId, now);
      await recordAudit(tx, {
        organisationId: locked.organisationId,
        actorUserId: userId,
        action: "invitation.accepted",
        subjectId: locked.id,
        at: now,
      });
      return openSession({
        db: tx,
        sessionSecret,
        now,
        userId,
        activeOrganisationId: locked.organisationId,
      });
    });
  } catch (error) {
    // Another invitation made an account with this e-mail a moment ago.
    if (isUniqueViolation(error))
      throw new Conflict("invitation.account_exists", {}, [
        { field: "email", code: "account_exists", message: "invitation.account_exists" },
      ]);
    throw error;
  }
  // Used while this one waited for it: the same acceptance sent twice (a phone that timed out and
  // resent), or another person's, which signInAgain answers as an invalid code.
  return session ?? signInAgain({ db, sessionSecret, now, clientAddress, codeHash, email, input });
}

/**
 * The same acceptance sent again (its answer was lost on the way): the person who accepted the code,
 * still a member, is signed in again once their password is checked. Anyone else (the address that
 * accepted it too, without its password) gets the same answer as for a code that never existed, in the
 * same time (a password hash is checked either way), each try counted alike as a throttled sign-in
 * attempt of the e-mail given: nothing tells who accepted a code, nor whether an address has an account.
 */
async function signInAgain({
  db,
  sessionSecret,
  now,
  clientAddress,
  codeHash,
  email,
  input,
}: {
  db: Db;
  sessionSecret: string;
  now: Date;
  clientAddress: string;
  codeHash: string;
  email: string;
  input: AcceptInvitationInput;
}) {
  const acceptor = await withAttempt(db, { identifier: email, clientAddress, now }, async () => {
    const found = await repo.findAcceptor(db, { codeHash, email, now });
    if (!(await verifySecret(found?.secretHash, input.password)) || !found) throw invalidCode();
    return found;
  });
  return openSession({
    db,
    sessionSecret,
    now,
    userId: acceptor.userId,
    activeOrganisationId: acceptor.organisationId,
  });
}

/** An existing account's password, checked as a throttled sign-in attempt of that e-mail. */
async function provePassword(
  db: Db,
  { email, clientAddress, now }: { email: string; clientAddress: string; now: Date },
  secretHash: string,
  password: string,
) {
  await withAttempt(db, { identifier: email, clientAddress, now }, async () => {
    if (!(await verifySecret(secretHash, password)))
      throw new Validation("invitation.wrong_password", [
        { field: "password", code: "wrong_password", message: "invitation.wrong_password" },
      ]);
  });
}

const invalidCode = () =>
  new Validation("invitation.invalid", [{ field: "code", code: "invalid", message: "invitation.invalid" }]);
