import { createRoute, OpenAPIHono, type RouteConfig, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { NATIVE_UNITS } from "../meters/meter-kinds.ts";
import type { Actor, AppEnv, Ctx, Role } from "./context.ts";
import { Forbidden, NotFound, Unauthenticated } from "./errors.ts";
import { validationError } from "./problem.ts";

/** Who may call a route. Every route declares one; the route-table test fails on a route without. */
export type Access = "public" | "signed_in" | "platform_admin" | readonly Role[];

const rules = new Map<string, Access>();

/** The access rule of every route defined so far, keyed `METHOD /path/:param` as Hono lists routes. */
export function routeRules(): ReadonlyMap<string, Access> {
  return rules;
}

/** For the few routes not defined with `defineRoute` (docs, static files). */
export function declareAccess(method: string, honoPath: string, access: Access): void {
  rules.set(`${method.toUpperCase()} ${honoPath}`, access);
}

/** `createRoute` plus the access rule, enforced before the body is even validated. */
export function defineRoute<const R extends Omit<RouteConfig, "middleware">>(access: Access, config: R) {
  const honoPath = config.path.replaceAll(/\{(\w+)\}/g, ":$1");
  rules.set(`${config.method.toUpperCase()} ${honoPath}`, access);
  const security = access === "public" ? [] : [{ session: [] }];
  // Every body goes through the app's size limit (app.ts): its 413 belongs in the document too.
  const responses = config.request?.body ? { ...problems(413), ...config.responses } : config.responses;
  const params: z.ZodType | undefined = config.request?.params;
  return createRoute({ ...config, responses, security, middleware: [guard(access, params)] as const });
}

const isMalformedId = (issue: { code: string; format?: unknown }) =>
  issue.code === "invalid_format" && issue.format === "uuid";

/**
 * A path whose id is not even a UUID (`/api/households/x`, a mistyped address) names nothing: 404,
 * as an id of nothing on file answers, whatever the method, never a form's "UUID invalide". Checked
 * after the access rule (a caller who may not call the route still learns nothing) and before the
 * query and body, whose own faults would not matter on a path that names nothing.
 */
async function assertIdsWellFormed(params: z.ZodType | undefined, c: Context<AppEnv>) {
  if (!params) return;
  const parsed = await params.safeParseAsync(c.req.param());
  if (!parsed.success && parsed.error.issues.some(isMalformedId)) throw new NotFound();
}

/** The access rule, then the path's ids (assertIdsWellFormed). */
function guard(access: Access, params: z.ZodType | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access !== "public") {
      const actor = c.get("actor");
      if (!actor) throw new Unauthenticated();
      if (access === "platform_admin" && !actor.isPlatformAdmin) throw new Forbidden();
      if (Array.isArray(access)) {
        if (!actor.role) throw new Forbidden("auth.no_active_organisation");
        if (!access.includes(actor.role)) throw new Forbidden();
      }
    }
    await assertIdsWellFormed(params, c);
    return next();
  };
}

/** A module router whose schema failures become localised problem+json. */
export function moduleRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationError(result.error, c.get("lang"));
    },
  });
}

/** The signed-in caller; the route's guard has already refused anonymous calls. */
export function actorOf(c: Context<AppEnv>): Actor {
  const actor = c.get("actor");
  if (!actor) throw new Unauthenticated();
  return actor;
}

/** The action context of a route that runs inside the caller's active organisation. */
export function ctxOf(c: Context<AppEnv>): Ctx {
  const actor = actorOf(c);
  if (!actor.activeOrganisationId) throw new Forbidden("auth.no_active_organisation");
  return { db: c.get("db"), actor, orgId: actor.activeOrganisationId, now: c.get("now") };
}

export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: "id", in: "path" } }) });

/** `reading.needs_confirmation`: what its title says, for clients to show as is (never recomputed). */
const CONFIRMATION_FIGURES = {
  value: z.number().optional().openapi({ description: "reading.needs_confirmation: the index sent" }),
  consumption: z.number().min(0).optional().openapi({
    description:
      "reading.needs_confirmation: use since the previous reading in `unit`, across a declared reset too",
  }),
  unit: z.enum(NATIVE_UNITS).optional().openapi({
    description: "reading.needs_confirmation: the meter's unit",
  }),
  days: z.number().int().min(1).optional().openapi({
    description:
      "reading.needs_confirmation: Brussels calendar days since the previous reading's day (at least 1)",
  }),
  previousValue: z.number().optional().openapi({
    description: "reading.needs_confirmation: the previous reading's index",
  }),
  previousDate: z.string().optional().openapi({
    description: "reading.needs_confirmation: the previous reading's Brussels day, YYYY-MM-DD",
  }),
};

export const ProblemSchema = z
  .object({
    type: z.string(),
    code: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
    line: z
      .number()
      .int()
      .optional()
      .openapi({ description: "Smart-meter or weather file import: 1-based line of the file" }),
    ...CONFIRMATION_FIGURES,
    requestId: z.string(),
  })
  .openapi("Problem");

const problemContent = { "application/problem+json": { schema: ProblemSchema } } as const;

/** Shared problem+json responses, so the OpenAPI document lists them on every route. */
export function problems<const S extends number>(...statuses: S[]) {
  const out = {} as { [K in S]: { description: string; content: typeof problemContent } };
  for (const s of statuses)
    out[s] = { description: "Problem (application/problem+json)", content: problemContent };
  return out;
}

/** A JSON response with its schema. */
export function jsonResponse<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { "application/json": { schema } } } as const;
}

/** A write a phone may retry with the same client id: 201 the first time, 200 with the stored row after. */
export function storedOnceResponses<T extends z.ZodType>(schema: T) {
  return {
    201: jsonResponse("Stored", schema),
    200: jsonResponse("Already stored (same clientId): the stored row", schema),
  } as const;
}

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true } as const;
}
