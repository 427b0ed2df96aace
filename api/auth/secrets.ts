import { createHmac, randomBytes, randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, ARGON2);
}

let dummyHash: Promise<string> | undefined;

/** Verifies a password or PIN; without a stored hash it still spends the same time, so timing says nothing. */
export async function verifySecret(storedHash: string | undefined, secret: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashSecret("no-such-account");
    await verify(await dummyHash, secret);
    return false;
  }
  return verify(storedHash, secret);
}

/** A random cookie token; only its keyed hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function keyedHash(secretKey: string, value: string): string {
  return createHmac("sha256", secretKey).update(value).digest("base64url");
}

// No 0/O, 1/I/L: codes are read aloud and copied by hand.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function randomCode(groups: number, length = 4): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(""),
  ).join("-");
}

export function randomPin(digits = 4): string {
  return Array.from({ length: digits }, () => randomInt(10)).join("");
}

/** Household codes are case-insensitive and forgiving of spaces: stored and compared upper-cased. */
export function normaliseHouseholdCode(code: string): string {
  return code.replaceAll(/\s+/g, "").toUpperCase();
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
