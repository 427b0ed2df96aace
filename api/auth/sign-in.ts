import type { Db, DbOrTx } from "../../db/client.ts";
import { RateLimited, Unauthenticated } from "../http/errors.ts";
import * as repo from "./auth.repo.ts";
import { keyedHash, newToken, normaliseEmail, normaliseHouseholdCode, verifySecret } from "./secrets.ts";
import { sessionExpiry } from "./session-rules.ts";
import { THROTTLE, throttleVerdict } from "./throttle-rules.ts";

export type Credentials =
  | { kind: "email"; email: string; password: string }
  | { kind: "household"; code: string; pin: string; staySignedIn: boolean };

export interface SignInInput {
  credentials: Credentials;
  clientAddress: string;
}

/** Checks the throttle, then the secret; on success opens a server-side session and returns its token. */
export async function signIn({
  db,
  sessionSecret,
  now,
  input,
}: {
  db: Db;
  sessionSecret: string;
  now: Date;
  input: SignInInput;
}): Promise<{ token: string; persistent: boolean; userId: string; activeOrganisationId: string | null }> {
  const { credentials } = input;
  const identifier =
    credentials.kind === "email"
      ? normaliseEmail(credentials.email)
      : normaliseHouseholdCode(credentials.code);
  const account = await withAttempt(db, { identifier, clientAddress: input.clientAddress, now }, async () => {
    const found =
      credentials.kind === "email"
        ? await repo.findUserByEmail(db, identifier)
        : await repo.findHouseholdAccount(db, identifier);
    const secret = credentials.kind === "email" ? credentials.password : credentials.pin;
    if (!(await verifySecret(found?.secretHash, secret)) || !found)
      throw new Unauthenticated(
        credentials.kind === "email" ? "auth.invalid_credentials" : "auth.invalid_household_credentials",
      );
    return found;
  });

  const persistent = credentials.kind === "household" && credentials.staySignedIn;
  const [firstMembership] = await repo.listMemberships(db, account.id);
  const session = await openSession({
    db,
    sessionSecret,
    now,
    userId: account.id,
    activeOrganisationId: firstMembership?.organisationId ?? null,
    persistent,
  });
  return { ...session, persistent };
}

/** Opens a server-side session and returns the cookie token; only its keyed hash is stored. */
export async function openSession({
  db,
  sessionSecret,
  now,
  userId,
  activeOrganisationId,
  persistent = false,
}: {
  db: DbOrTx;
  sessionSecret: string;
  now: Date;
  userId: string;
  activeOrganisationId: string | null;
  persistent?: boolean;
}) {
  const token = newToken();
  await repo.insertSession(db, {
    tokenHash: keyedHash(sessionSecret, token),
    userId,
    activeOrganisationId,
    persistent,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiry(now, persistent),
  });
  return { token, userId, activeOrganisationId };
}

/**
 * Runs a check of a secret (a sign-in, an invitation accepted with an existing account's password) as
 * one throttled attempt. The attempt is counted as a failure before the check and forgotten if the
 * check passes, so attempts sent all at once are counted too: each sees the others (5 failures per
 * account, 50 per address, in 15 minutes). Throws 429 when over, or what `check` throws.
 */
export async function withAttempt<T>(
  db: Db,
  { identifier, clientAddress, now }: { identifier: string; clientAddress: string; now: Date },
  check: () => Promise<T>,
): Promise<T> {
  const accountKey = `account:${identifier}`;
  const addressKey = `address:${clientAddress}`;
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const attempt = await repo.recordFailures(db, [accountKey, addressKey], now, since);
  const failures = (await repo.failuresSince(db, [accountKey, addressKey], since)).filter(
    (f) => !attempt.includes(f.id),
  );
  const times = (key: string) => failures.filter((f) => f.key === key).map((f) => f.failedAt);
  for (const verdict of [
    throttleVerdict(times(accountKey), THROTTLE.maxAccountFailures, now),
    throttleVerdict(times(addressKey), THROTTLE.maxAddressFailures, now),
  ]) {
    if (verdict.blocked) {
      await repo.deleteFailures(db, attempt);
      throw new RateLimited(verdict.retryAfterSeconds);
    }
  }
  const passed = await check();
  await repo.deleteFailures(db, attempt);
  await repo.clearFailures(db, accountKey);
  return passed;
}
