import { z } from "@hono/zod-openapi";
import { organisationKind } from "../../db/schema/organisations.ts";
import { loadMe, MeSchema, setSessionCookie } from "../auth/index.ts";
import { ROLES } from "../http/context.ts";
import { LANGUAGES } from "../http/i18n.ts";
import { clientAddress } from "../http/request-origin.ts";
import {
  actorOf,
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import {
  createOrganisation,
  inviteMember,
  listMembers,
  listPendingInvitations,
  listVisibleOrganisations,
} from "./organisations.actions.ts";

const OrganisationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(organisationKind.enumValues),
    weatherStationCode: z.string(),
  })
  .openapi("Organisation");

const InvitationInput = z.object({
  role: z.enum(ROLES).exclude(["household"]),
  email: z.email().max(254).optional(),
});

const InvitationSchema = z
  .object({
    id: z.uuid(),
    role: z.enum(ROLES),
    email: z.string().nullable(),
    expiresAt: z.date(),
    code: z.string().openapi({ description: "Shown once: give it to the person invited" }),
  })
  .openapi("Invitation");

const createOrg = defineRoute("platform_admin", {
  method: "post",
  path: "/api/organisations",
  tags: ["organisations"],
  summary: "Create an organisation (platform administrator)",
  request: {
    body: jsonBody(
      z.object({
        name: z.string().trim().min(2).max(120),
        slug: z
          .string()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
          .max(60),
        kind: z.enum(organisationKind.enumValues),
      }),
    ),
  },
  responses: { 201: jsonResponse("Created", OrganisationSchema), ...problems(400, 401, 403, 409) },
});

const listOrgs = defineRoute("signed_in", {
  method: "get",
  path: "/api/organisations",
  tags: ["organisations"],
  summary: "Organisations I belong to (all of them for a platform administrator)",
  responses: { 200: jsonResponse("Organisations", z.array(OrganisationSchema)), ...problems(401) },
});

const adminInvite = defineRoute("platform_admin", {
  method: "post",
  path: "/api/organisations/{id}/invitations",
  tags: ["organisations"],
  summary: "Invite someone (typically the first coordinator) into an organisation",
  request: { params: IdParam, body: jsonBody(InvitationInput) },
  responses: { 201: jsonResponse("Invitation", InvitationSchema), ...problems(400, 401, 403, 404) },
});

const invite = defineRoute(["coordinator"], {
  method: "post",
  path: "/api/invitations",
  tags: ["organisations"],
  summary: "Invite an adviser, a housing manager, a viewer or another coordinator",
  request: { body: jsonBody(InvitationInput) },
  responses: { 201: jsonResponse("Invitation", InvitationSchema), ...problems(400, 401, 403) },
});

const listInvitations = defineRoute(["coordinator"], {
  method: "get",
  path: "/api/invitations",
  tags: ["organisations"],
  summary: "Invitations not yet used and not expired",
  responses: {
    200: jsonResponse("Invitations", z.array(InvitationSchema.omit({ code: true }))),
    ...problems(401, 403),
  },
});

const accept = defineRoute("public", {
  method: "post",
  path: "/api/invitations/accept",
  tags: ["organisations"],
  summary: "Join an organisation with an invitation code (creates the account if needed) and sign in",
  request: {
    body: jsonBody(
      z.object({
        code: z.string().trim().min(4).max(40),
        email: z.email().max(254),
        password: z.string().min(10, { error: "validation.password_length" }).max(1024),
        displayName: z.string().trim().min(1).max(120),
        language: z.enum(LANGUAGES).default("fr"),
      }),
    ),
  },
  responses: { 200: jsonResponse("Signed in", MeSchema), ...problems(400, 409, 422, 429) },
});

const members = defineRoute(["coordinator"], {
  method: "get",
  path: "/api/members",
  tags: ["organisations"],
  summary: "Staff of my organisation and their roles",
  responses: {
    200: jsonResponse(
      "Members",
      z.array(
        z.object({
          userId: z.uuid(),
          displayName: z.string(),
          email: z.string().nullable(),
          role: z.enum(ROLES),
          since: z.date(),
        }),
      ),
    ),
    ...problems(401, 403),
  },
});

export const organisationRoutes = moduleRouter()
  .openapi(createOrg, async (c) => {
    const ctx = { db: c.get("db"), actor: actorOf(c), now: c.get("now") };
    return c.json(await createOrganisation({ ctx, input: c.req.valid("json") }), 201);
  })
  .openapi(listOrgs, async (c) =>
    c.json(await listVisibleOrganisations({ db: c.get("db"), actor: actorOf(c) }), 200),
  )
  .openapi(adminInvite, async (c) => {
    const ctx = { db: c.get("db"), actor: actorOf(c), now: c.get("now"), orgId: c.req.valid("param").id };
    const input = c.req.valid("json");
    return c.json(await inviteMember({ ctx, input, sessionSecret: c.get("config").sessionSecret }), 201);
  })
  .openapi(invite, async (c) => {
    const input = c.req.valid("json");
    return c.json(
      await inviteMember({ ctx: ctxOf(c), input, sessionSecret: c.get("config").sessionSecret }),
      201,
    );
  })
  .openapi(listInvitations, async (c) => c.json(await listPendingInvitations({ ctx: ctxOf(c) }), 200))
  .openapi(accept, async (c) => {
    const db = c.get("db");
    const session = await acceptInvitation({
      db,
      sessionSecret: c.get("config").sessionSecret,
      now: c.get("now"),
      clientAddress: clientAddress(c),
      input: c.req.valid("json"),
    });
    setSessionCookie(c, session.token, false);
    return c.json(await loadMe({ db, ...session }), 200);
  })
  .openapi(members, async (c) => c.json(await listMembers({ ctx: ctxOf(c) }), 200));
