import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../api/http/context.ts";
import { type Access, routeRules } from "../../api/http/route.ts";
import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

type Caller = "anonymous" | "platform_admin" | Role;

const STAFF = ["coordinator", "adviser", "housing_manager"] as const;

/**
 * Who may call what, written out independently of the routes' own declarations: a route missing
 * here, or answering a caller differently, fails the suite.
 */
const EXPECTED: Record<string, Access> = {
  "GET /api/health": "public",
  "GET /api/openapi.json": "public",
  "GET /api/docs": "public",
  "GET /api/docs/:asset": "public",
  "POST /api/auth/login": "public",
  "POST /api/auth/household-login": "public",
  "POST /api/auth/logout": "signed_in",
  "GET /api/me": "signed_in",
  "PATCH /api/me": "signed_in",
  "POST /api/me/active-organisation": "signed_in",
  "POST /api/organisations": "platform_admin",
  "GET /api/organisations": "signed_in",
  "POST /api/organisations/:id/invitations": "platform_admin",
  "POST /api/invitations": ["coordinator"],
  "GET /api/invitations": ["coordinator"],
  "POST /api/invitations/accept": "public",
  "GET /api/members": ["coordinator"],
  "GET /api/households": [...STAFF, "viewer"],
  "GET /api/households/:id": [...STAFF, "viewer", "household"],
  "POST /api/households": STAFF,
  "PATCH /api/households/:id": STAFF,
  "POST /api/households/:id/consent": [...STAFF, "household"],
  "GET /api/households/:id/meters": [...STAFF, "household", "viewer"],
  "POST /api/households/:id/meters": [...STAFF, "household"],
  "GET /api/meters/:meterId": [...STAFF, "household", "viewer"],
  "POST /api/meters/:meterId/replace": [...STAFF, "household"],
  "POST /api/meters/:meterId/readings": [...STAFF, "household"],
  "GET /api/meters/:meterId/readings": [...STAFF, "household", "viewer"],
  "PATCH /api/readings/:id": [...STAFF, "household"],
  "DELETE /api/readings/:id": [...STAFF, "household"],
  "POST /api/meters/:meterId/deliveries": [...STAFF, "household"],
  "POST /api/households/:id/top-ups": [...STAFF, "household"],
  "POST /api/households/:id/reset-pin": STAFF,
};
const CALLERS: Caller[] = ["anonymous", "platform_admin", ...ROLES];

let t: TestApp;
const emails = new Map<Caller, string>();
let householdCode: string;

beforeAll(async () => {
  t = await setupTestApp();
  const org = await makeOrganisation(t.db);
  for (const role of ROLES.filter((r) => r !== "household"))
    emails.set(role, (await makeUser(t.db, { organisationId: org.id, role })).email as string);
  emails.set("platform_admin", (await makeUser(t.db, { isPlatformAdmin: true })).email as string);
  householdCode = (await makeHousehold(t.db, { organisationId: org.id })).code;
});
afterAll(() => t.close());

/** Every API route Hono has registered, once each (a route's middleware and handler are listed separately). */
function registeredApiRoutes(): Array<{ method: string; path: string }> {
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of t.app.routes)
    if (r.method !== "ALL" && r.path.startsWith("/api/")) seen.set(`${r.method} ${r.path}`, r);
  return [...seen.values()];
}

function expected(access: Access, caller: Caller): "allowed" | 401 | 403 {
  if (access === "public") return "allowed";
  if (caller === "anonymous") return 401;
  if (access === "signed_in") return "allowed";
  if (access === "platform_admin") return caller === "platform_admin" ? "allowed" : 403;
  return caller !== "platform_admin" && access.includes(caller) ? "allowed" : 403;
}

/** A fresh session per call: one of the routes is logout. */
async function cookieFor(caller: Caller): Promise<string | undefined> {
  if (caller === "anonymous") return undefined;
  if (caller === "household") return t.signInHousehold(householdCode);
  return t.signIn(emails.get(caller) as string);
}

describe("every route declares who may call it, and means it", () => {
  const routes = () => registeredApiRoutes();

  it("finds the routes", () => {
    expect(routes().length).toBeGreaterThan(15);
  });

  it("has a declared rule and an expected answer for every registered route", () => {
    const keys = routes().map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((key) => !routeRules().has(key))).toEqual([]);
    expect(keys.filter((key) => !(key in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it("answers each caller as its rule says", async () => {
    const mismatches: string[] = [];
    for (const route of routes()) {
      const access = EXPECTED[`${route.method} ${route.path}`] as Access;
      const path = route.path.replaceAll(/:\w+/g, randomUUID()).replace("/api/docs/*", "/api/docs/init.js");
      for (const caller of CALLERS) {
        const res = await t.call(route.method, path, {
          cookie: await cookieFor(caller),
          ...(route.method === "GET" ? {} : { body: {} }),
        });
        const want = expected(access, caller);
        const ok = want === "allowed" ? res.status !== 401 && res.status !== 403 : res.status === want;
        if (!ok)
          mismatches.push(`${route.method} ${route.path} as ${caller}: got ${res.status}, want ${want}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
