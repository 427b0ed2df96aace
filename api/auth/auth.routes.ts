import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../http/context.ts";
import { LANGUAGES } from "../http/i18n.ts";
import { clientAddress } from "../http/request-origin.ts";
import {
  actorOf,
  ctxOf,
  defineRoute,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { chooseOwnPin } from "./choose-pin.ts";
import { changeLanguage, loadMe, MeSchema, signOut, switchActiveOrganisation } from "./me.ts";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.ts";
import { type Credentials, signIn } from "./sign-in.ts";

const login = defineRoute("public", {
  method: "post",
  path: "/api/auth/login",
  tags: ["auth"],
  summary: "Sign in with e-mail and password",
  request: {
    body: jsonBody(
      z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) }),
    ),
  },
  responses: { 200: jsonResponse("The signed-in person", MeSchema), ...problems(400, 401, 429) },
});

const householdLogin = defineRoute("public", {
  method: "post",
  path: "/api/auth/household-login",
  tags: ["auth"],
  summary: "Sign in with a household code and PIN",
  request: {
    body: jsonBody(
      z.object({
        code: z.string().trim().min(1).max(40),
        pin: z.string().regex(/^\d{4,8}$/, { error: "validation.pin_format" }),
        staySignedIn: z
          .boolean()
          .default(false)
          .openapi({ description: "Keep this phone signed in for 90 days" }),
      }),
    ),
  },
  responses: { 200: jsonResponse("The signed-in person", MeSchema), ...problems(400, 401, 429) },
});

const logout = defineRoute("signed_in", {
  method: "post",
  path: "/api/auth/logout",
  tags: ["auth"],
  summary: "Sign out (ends the session on the server)",
  responses: { 204: { description: "Signed out" }, ...problems(401) },
});

const me = defineRoute("signed_in", {
  method: "get",
  path: "/api/me",
  tags: ["auth"],
  summary: "Who am I, where am I a member, which organisation am I acting in",
  responses: { 200: jsonResponse("The signed-in person", MeSchema), ...problems(401) },
});

const updateMe = defineRoute("signed_in", {
  method: "patch",
  path: "/api/me",
  tags: ["auth"],
  summary: "Change my preferred language",
  request: { body: jsonBody(z.object({ language: z.enum(LANGUAGES) })) },
  responses: { 200: jsonResponse("The signed-in person", MeSchema), ...problems(400, 401) },
});

const activeOrganisation = defineRoute("signed_in", {
  method: "post",
  path: "/api/me/active-organisation",
  tags: ["auth"],
  summary: "Switch the organisation I act in",
  request: { body: jsonBody(z.object({ organisationId: z.uuid() })) },
  responses: { 200: jsonResponse("The signed-in person", MeSchema), ...problems(400, 401, 404) },
});

const Pin = z.string().regex(/^\d{4,8}$/, { error: "validation.pin_format" });

const choosePin = defineRoute(["household"], {
  method: "post",
  path: "/api/me/pin",
  tags: ["auth"],
  summary: "Choose my own PIN instead of the one I was given (signs out my other devices)",
  request: {
    body: jsonBody(
      z.object({
        currentPin: Pin.openapi({ description: "The PIN this session signed in with" }),
        newPin: z.string().openapi({
          description: "4 to 8 digits; one digit repeated or a straight run (1234, 9876) is refused",
        }),
      }),
    ),
  },
  responses: {
    200: jsonResponse(
      "Chosen; the other sessions of the account are ended",
      z.object({ chosenAt: z.iso.datetime() }),
    ),
    ...problems(400, 401, 403, 422, 429),
  },
});

async function startSession(c: Context<AppEnv>, credentials: Credentials) {
  const session = await signIn({
    db: c.get("db"),
    sessionSecret: c.get("config").sessionSecret,
    now: c.get("now"),
    input: { credentials, clientAddress: clientAddress(c) },
  });
  setSessionCookie(c, session.token, session.persistent);
  return loadMe({ db: c.get("db"), ...session });
}

export const authRoutes = moduleRouter()
  .openapi(login, async (c) => c.json(await startSession(c, { kind: "email", ...c.req.valid("json") }), 200))
  .openapi(householdLogin, async (c) =>
    c.json(await startSession(c, { kind: "household", ...c.req.valid("json") }), 200),
  )
  .openapi(logout, async (c) => {
    await signOut({ db: c.get("db"), actor: actorOf(c) });
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(me, async (c) => {
    const { userId, activeOrganisationId } = actorOf(c);
    return c.json(await loadMe({ db: c.get("db"), userId, activeOrganisationId }), 200);
  })
  .openapi(updateMe, async (c) => {
    const { language } = c.req.valid("json");
    return c.json(await changeLanguage({ db: c.get("db"), actor: actorOf(c), language }), 200);
  })
  .openapi(choosePin, async (c) => {
    const input = c.req.valid("json");
    const { chosenAt } = await chooseOwnPin({ ctx: ctxOf(c), clientAddress: clientAddress(c), input });
    return c.json({ chosenAt: chosenAt.toISOString() }, 200);
  })
  .openapi(activeOrganisation, async (c) => {
    const { organisationId } = c.req.valid("json");
    return c.json(
      await switchActiveOrganisation({ db: c.get("db"), actor: actorOf(c), organisationId }),
      200,
    );
  });
