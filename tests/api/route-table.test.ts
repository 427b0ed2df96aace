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
  "POST /api/me/pin": ["household"],
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
  "POST /api/households/:id/consent": ["coordinator", "adviser", "household"],
  "GET /api/households/:id/meters": [...STAFF, "household", "viewer"],
  "POST /api/households/:id/meters": [...STAFF, "household"],
  "GET /api/reading-overview": [...STAFF, "viewer"],
  "GET /api/meters/:meterId": [...STAFF, "household", "viewer"],
  "POST /api/meters/:meterId/replace": [...STAFF, "household"],
  "POST /api/meters/:meterId/readings": [...STAFF, "household"],
  "GET /api/meters/:meterId/readings": [...STAFF, "household", "viewer"],
  "PATCH /api/readings/:id": [...STAFF, "household"],
  "DELETE /api/readings/:id": [...STAFF, "household"],
  "POST /api/meters/:meterId/deliveries": [...STAFF, "household"],
  "GET /api/meters/:meterId/deliveries": [...STAFF, "household", "viewer"],
  "POST /api/meters/:meterId/imports": [...STAFF, "household"],
  "GET /api/meters/:meterId/imports": [...STAFF, "household", "viewer"],
  "POST /api/households/:id/top-ups": [...STAFF, "household"],
  "GET /api/households/:id/top-ups": [...STAFF, "household", "viewer"],
  "POST /api/households/:id/reset-pin": STAFF,
  "GET /api/households/:id/consumption": [...STAFF, "viewer", "household"],
  "GET /api/households/:id/savings": [...STAFF, "viewer", "household"],
  "GET /api/households/:id/bill-projection": [...STAFF, "viewer", "household"],
  "GET /api/settings/weather-station": [...STAFF, "viewer"],
  "PUT /api/settings/weather-station": ["coordinator"],
  "PUT /api/settings/staff-language": ["coordinator"],
  "POST /api/households/:id/comfort-checkins": ["coordinator", "adviser", "household"],
  "GET /api/households/:id/comfort-checkins": [...STAFF, "viewer", "household"],
  "GET /api/households/:id/energy-guards": [...STAFF, "viewer", "household"],
  "GET /api/households/:id/readings/export": [...STAFF, "viewer", "household"],
  "GET /api/households/:id/consumption/export": [...STAFF, "viewer", "household"],
  "GET /api/households/:id/data-export": ["coordinator", "household"],
  "POST /api/households/:id/erase": ["coordinator"],
  "GET /api/households/:id/audit-log": ["coordinator"],
  "GET /api/settings/tariffs": [...STAFF, "viewer"],
  "POST /api/settings/tariffs": ["coordinator", "adviser"],
  "PATCH /api/settings/tariffs/:id": ["coordinator", "adviser"],
  "DELETE /api/settings/tariffs/:id": ["coordinator", "adviser"],
  "GET /api/settings/calorific-values": [...STAFF, "viewer"],
  "POST /api/settings/calorific-values": ["coordinator"],
  "PATCH /api/settings/calorific-values/:id": ["coordinator"],
  "DELETE /api/settings/calorific-values/:id": ["coordinator"],
  "GET /api/settings/co2-factors": [...STAFF, "viewer"],
  "POST /api/settings/co2-factors": ["coordinator"],
  "PATCH /api/settings/co2-factors/:id": ["coordinator"],
  "DELETE /api/settings/co2-factors/:id": ["coordinator"],
  "GET /api/weather/stations": "signed_in",
  "POST /api/weather/stations/:code/temperatures": "platform_admin",
  "POST /api/weather/stations/:code/degree-days": "platform_admin",
  "GET /api/weather/stations/:code/degree-days": "signed_in",
  "GET /api/weather/stations/:code/coverage": "signed_in",
  "GET /api/groups": [...STAFF, "viewer"],
  "POST /api/groups": ["coordinator", "adviser"],
  "GET /api/groups/:id": [...STAFF, "viewer"],
  "PATCH /api/groups/:id": ["coordinator", "adviser"],
  "POST /api/groups/:id/members": ["coordinator", "adviser"],
  "PATCH /api/groups/:id/members/:householdId": ["coordinator", "adviser"],
  "GET /api/groups/:id/sessions": [...STAFF, "viewer"],
  "GET /api/groups/:id/dashboard": [...STAFF, "viewer"],
  "GET /api/organisations/:id/programme-report": ["coordinator", "adviser", "viewer"],
  "POST /api/groups/:id/sessions": ["coordinator", "adviser"],
  "GET /api/sessions/:id": [...STAFF, "viewer"],
  "PATCH /api/sessions/:id": ["coordinator", "adviser"],
  "PUT /api/sessions/:id/attendance": ["coordinator", "adviser"],
  "GET /api/sessions/:id/handout": [...STAFF, "viewer"],
  "GET /api/households/:id/commitments": [...STAFF, "viewer", "household"],
  "POST /api/households/:id/commitments": ["coordinator", "adviser", "household"],
  "PATCH /api/households/:id/commitments/:commitmentId": ["coordinator", "adviser", "household"],
  "GET /api/tips": [...STAFF, "viewer", "household"],
  "POST /api/tips": ["coordinator"],
  "PATCH /api/tips/:id": ["coordinator"],
  "GET /api/kit-catalogue": [...STAFF, "viewer"],
  "POST /api/kit-catalogue": ["coordinator"],
  "PATCH /api/kit-catalogue/:id": ["coordinator"],
  "PUT /api/kit-catalogue/cap": ["coordinator"],
  "GET /api/households/:id/kit-items": [...STAFF, "viewer", "household"],
  "POST /api/households/:id/kit-items": ["coordinator", "adviser"],
  "GET /api/households/:id/visits": [...STAFF, "viewer"],
  "POST /api/households/:id/visits": ["coordinator", "adviser"],
  "PATCH /api/households/:id/visits/:itemId": ["coordinator", "adviser"],
  "GET /api/households/:id/referrals": [...STAFF, "viewer"],
  "POST /api/households/:id/referrals": ["coordinator", "adviser"],
  "PATCH /api/households/:id/referrals/:itemId": ["coordinator", "adviser"],
  "GET /api/households/:id/shared-tips": [...STAFF, "viewer", "household"],
  "POST /api/households/:id/shared-tips": ["coordinator", "adviser", "household"],
  "GET /api/groups/:id/shared-tips": [...STAFF, "viewer", "household"],
  "PATCH /api/shared-tips/:id": ["coordinator", "adviser"],
  "POST /api/shared-tips/:id/promote": ["coordinator"],
  "GET /api/households/:id/group-view": [...STAFF, "viewer", "household"],
  "GET /api/households/:id/coaching-markers": [...STAFF, "viewer", "household"],
  "GET /api/buildings": ["coordinator", "housing_manager", "viewer"],
  "POST /api/buildings": ["coordinator", "housing_manager"],
  "POST /api/buildings/import": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id": ["coordinator", "housing_manager", "viewer"],
  "PATCH /api/buildings/:id": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id/events": ["coordinator", "housing_manager", "viewer"],
  "GET /api/buildings/:id/savings": ["coordinator", "housing_manager", "viewer"],
  "GET /api/buildings/portfolio": ["coordinator", "housing_manager", "viewer"],
  "GET /api/alerts": ["coordinator", "housing_manager", "viewer"],
  "POST /api/alerts/:id/acknowledge": ["coordinator", "housing_manager"],
  "POST /api/alerts/:id/close": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id/indicators": ["coordinator", "housing_manager", "viewer"],
  "POST /api/buildings/:id/events": ["coordinator", "housing_manager"],
  "PATCH /api/buildings/:id/events/:eventId": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id/dwellings": ["coordinator", "housing_manager", "viewer"],
  "POST /api/buildings/:id/dwellings": ["coordinator", "housing_manager"],
  "PATCH /api/buildings/:id/dwellings/:dwellingId": ["coordinator", "housing_manager"],
  "PUT /api/buildings/:id/dwellings/:dwellingId/household": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id/meters": ["coordinator", "housing_manager", "viewer"],
  "POST /api/buildings/:id/meters": ["coordinator", "housing_manager"],
  "GET /api/dwellings/:id/meters": ["coordinator", "housing_manager", "viewer"],
  "POST /api/dwellings/:id/meters": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id/dwellings/:dwellingId/occupancies": ["coordinator", "housing_manager", "viewer"],
  "POST /api/buildings/:id/dwellings/:dwellingId/occupancies": ["coordinator", "housing_manager"],
  "PATCH /api/buildings/:id/dwellings/:dwellingId/occupancies/:occupancyId": [
    "coordinator",
    "housing_manager",
  ],
  "DELETE /api/buildings/:id/dwellings/:dwellingId/occupancies/:occupancyId": [
    "coordinator",
    "housing_manager",
  ],
  "POST /api/buildings/:id/cost-splits": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id/cost-splits": ["coordinator", "housing_manager", "viewer"],
  "GET /api/cost-splits/:id": ["coordinator", "housing_manager", "viewer"],
  "POST /api/cost-splits/:id/finalise": ["coordinator", "housing_manager"],
  "GET /api/cost-splits/:id/statements.csv": ["coordinator", "housing_manager", "viewer"],
  "GET /api/cost-splits/:id/statements/:statementId": [
    "coordinator",
    "housing_manager",
    "viewer",
    "household",
  ],
  "GET /api/households/:id/building": ["coordinator", "housing_manager", "viewer", "household"],
  "POST /api/buildings/:id/survey": ["household"],
  "GET /api/buildings/:id/survey": ["coordinator", "housing_manager", "viewer"],
  "POST /api/buildings/:id/consultations": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id/consultations": ["coordinator", "housing_manager", "viewer", "household"],
  "PATCH /api/consultations/:id": ["coordinator", "housing_manager"],
  "POST /api/consultations/:id/answers": ["household"],
  "GET /api/buildings/:id/projects": ["coordinator", "housing_manager", "viewer"],
  "POST /api/buildings/:id/projects": ["coordinator", "housing_manager"],
  "PATCH /api/projects/:id": ["coordinator", "housing_manager"],
  "DELETE /api/projects/:id": ["coordinator", "housing_manager"],
  "GET /api/buildings/:id/report": ["coordinator", "housing_manager", "viewer"],
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

async function signIn(caller: Caller): Promise<string | undefined> {
  if (caller === "anonymous") return undefined;
  if (caller === "household") return t.signInHousehold(householdCode);
  return t.signIn(emails.get(caller) as string);
}

/**
 * One session per caller, and a fresh one for logout, which ends it. (A sign-in hashes a password:
 * one per call made this test outgrow its timeout. A route that ended a session by surprise would
 * show as 401 mismatches below.)
 */
const sessionsOf = new Map<Caller, Promise<string | undefined>>();
function cookieFor(caller: Caller, route: { method: string; path: string }): Promise<string | undefined> {
  if (route.path === "/api/auth/logout") return signIn(caller);
  if (!sessionsOf.has(caller)) sessionsOf.set(caller, signIn(caller));
  return sessionsOf.get(caller) as Promise<string | undefined>;
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
          cookie: await cookieFor(caller, route),
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

  it("answers a path whose id is not even a UUID as one of nothing on file: 404, not a field error", async () => {
    const mismatches: string[] = [];
    for (const route of routes()) {
      // Weather stations go by their code and the docs by a file name: not ids.
      if (!/:\w+/.test(route.path) || /:(code|asset)\b/.test(route.path)) continue;
      const access = EXPECTED[`${route.method} ${route.path}`] as Access;
      const caller = CALLERS.find((c) => expected(access, c) === "allowed") as Caller;
      const res = await t.call(route.method, route.path.replaceAll(/:\w+/g, "x"), {
        cookie: await cookieFor(caller, route),
        ...(route.method === "GET" ? {} : { body: {} }),
      });
      if (res.status !== 404 || res.body.code !== "resource.not_found")
        mismatches.push(`${route.method} ${route.path} as ${caller}: got ${res.status} ${res.body?.code}`);
    }
    expect(mismatches).toEqual([]);
    // The address a person mistyped (/menages/x): the plain not-found words, in their language.
    const adviser = await cookieFor("adviser", { method: "GET", path: "/api/households/:id" });
    const res = await t.call("GET", "/api/households/x", { cookie: adviser });
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      title: "Introuvable.",
      detail: "Cet élément n'existe pas ou vous n'y avez pas accès.",
    });
    // Who may not call the route learns nothing more than before.
    const anonymous = await t.call("GET", "/api/households/x");
    expect(anonymous.status).toBe(401);
  });
});
