import { z } from "@hono/zod-openapi";
import type { Db } from "../../db/client.ts";
import { organisationKind } from "../../db/schema/organisations.ts";
import { type Actor, ROLES } from "../http/context.ts";
import { NotFound } from "../http/errors.ts";
import { LANGUAGES, type Language } from "../http/i18n.ts";
import * as repo from "./auth.repo.ts";

const RoleSchema = z.enum(ROLES);
const OrganisationKindSchema = z.enum(organisationKind.enumValues);

const MembershipSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: OrganisationKindSchema,
  staffLanguage: z.enum(LANGUAGES).openapi({
    description: "The language the organisation's staff write in: their texts are marked with it",
  }),
  role: RoleSchema,
});

export const MeSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string().nullable(),
      displayName: z.string(),
      language: z.enum(LANGUAGES),
      isPlatformAdmin: z.boolean(),
    }),
    memberships: z.array(MembershipSchema),
    activeOrganisation: MembershipSchema.nullable(),
    householdId: z.uuid().nullable(),
    household: z
      .object({
        code: z.string(),
        pseudonym: z.string(),
        livesInDwelling: z.boolean().openapi({
          description: "A tenant of a housing company: its building has a page for it (/mon-batiment)",
        }),
        ownPinSince: z.iso.datetime().nullable().openapi({
          description:
            "When the household chose its own PIN; null while it signs in with one staff handed out",
        }),
      })
      .nullable()
      .openapi({ description: "For a household account: its sign-in code and pseudonym" }),
  })
  .openapi("Me");

export type Me = z.infer<typeof MeSchema>;

export async function loadMe({
  db,
  userId,
  activeOrganisationId,
}: {
  db: Db;
  userId: string;
  activeOrganisationId: string | null;
}): Promise<Me> {
  const [profile, memberships] = await Promise.all([
    repo.findUserProfile(db, userId),
    repo.listMemberships(db, userId),
  ]);
  if (!profile) throw new NotFound();
  const { householdId, householdCode, householdPseudonym, dwellingId, secretChosenAt, ...user } = profile;
  return {
    user,
    memberships,
    activeOrganisation: memberships.find((m) => m.organisationId === activeOrganisationId) ?? null,
    householdId,
    household:
      householdCode && householdPseudonym
        ? {
            code: householdCode,
            pseudonym: householdPseudonym,
            livesInDwelling: dwellingId !== null,
            ownPinSince: secretChosenAt?.toISOString() ?? null,
          }
        : null,
  };
}

/** Switches the organisation a session acts in; an organisation the caller is not a member of is not found. */
export async function switchActiveOrganisation({
  db,
  actor,
  organisationId,
}: {
  db: Db;
  actor: Actor;
  organisationId: string;
}): Promise<Me> {
  const memberships = await repo.listMemberships(db, actor.userId);
  if (!memberships.some((m) => m.organisationId === organisationId)) throw new NotFound();
  await repo.setActiveOrganisation(db, actor.sessionTokenHash, organisationId);
  return loadMe({ db, userId: actor.userId, activeOrganisationId: organisationId });
}

export async function changeLanguage({ db, actor, language }: { db: Db; actor: Actor; language: Language }) {
  await repo.setUserLanguage(db, actor.userId, language);
  return loadMe({ db, userId: actor.userId, activeOrganisationId: actor.activeOrganisationId });
}

export async function signOut({ db, actor }: { db: Db; actor: Actor }) {
  await repo.deleteSession(db, actor.sessionTokenHash);
}
