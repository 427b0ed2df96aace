import type { Logger } from "pino";
import type { Db } from "../../db/client.ts";
import { role } from "../../db/schema/organisations.ts";
import type { Language } from "./i18n.ts";

export const ROLES = role.enumValues;
export type Role = (typeof ROLES)[number];

/** Who is calling, resolved from the session cookie once per request. */
export interface Actor {
  userId: string;
  sessionTokenHash: string;
  isPlatformAdmin: boolean;
  language: Language;
  activeOrganisationId: string | null;
  /** The caller's role in the active organisation (null for a platform admin outside any). */
  role: Role | null;
  householdId: string | null;
}

/** What every action receives: the database, the caller, the organisation it acts in, and the clock. */
export interface Ctx {
  db: Db;
  actor: Actor;
  orgId: string;
  now: Date;
}

export interface AppConfig {
  sessionSecret: string;
  trustProxy: boolean;
  version: string;
  /** Returns the current time; tests pass a fixed clock. */
  clock?: () => Date;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    db: Db;
    config: AppConfig;
    log: Logger;
    lang: Language;
    now: Date;
    actor: Actor | null;
  };
}
