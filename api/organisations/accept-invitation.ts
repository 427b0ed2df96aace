import type { Db } from "../../db/client.ts";
import { recordAudit } from "../audit/index.ts";
import { hashSecret, keyedHash, normaliseEmail, openSession, verifySecret } from "../auth/index.ts";
import { Validation } from "../http/errors.ts";
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
 */
export async function acceptInvitation({
  db,
  sessionSecret,
  now,
  input,
}: {
  db: Db;
  sessionSecret: string;
  now: Date;
  input: AcceptInvitationInput;
}) {
  const email = normaliseEmail(input.email);
  const codeHash = keyedHash(sessionSecret, input.code.replaceAll(/\s+/g, "").toUpperCase());
  const existing = await repo.findUserByEmail(db, email);
  if (existing && !(await verifySecret(existing.secretHash, input.password))) {
    throw new Validation("invitation.wrong_password", [
      { field: "password", code: "wrong_password", message: "invitation.wrong_password" },
    ]);
  }
  const secretHash = existing ? undefined : await hashSecret(input.password);

  return db.transaction(async (tx) => {
    const invitation = await repo.findUsableInvitationForUpdate(tx, codeHash, now);
    if (!invitation) {
      throw new Validation("invitation.invalid", [
        { field: "code", code: "invalid", message: "invitation.invalid" },
      ]);
    }
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
    await repo.upsertMembership(tx, {
      organisationId: invitation.organisationId,
      userId,
      role: invitation.role,
    });
    await repo.markInvitationAccepted(tx, invitation.id, userId, now);
    await recordAudit(tx, {
      organisationId: invitation.organisationId,
      actorUserId: userId,
      action: "invitation.accepted",
      subjectId: invitation.id,
      at: now,
    });
    return openSession({
      db: tx,
      sessionSecret,
      now,
      userId,
      activeOrganisationId: invitation.organisationId,
    });
  });
}
