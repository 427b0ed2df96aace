import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await setupTestApp();
  const org = await makeOrganisation(t.db);
  const user = await makeUser(t.db, { organisationId: org.id, role: "adviser" });
  cookie = await t.signIn(user.email as string);
});
afterAll(() => t.close());

const body = { language: "nl" };

describe("cross-site writes", () => {
  it("refuses a write whose Origin is another site", async () => {
    const res = await t.call("PATCH", "/api/me", {
      cookie,
      body,
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("auth.cross_site");
  });

  it("refuses a write the browser marks Sec-Fetch-Site: cross-site", async () => {
    const res = await t.call("PATCH", "/api/me", {
      cookie,
      body,
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
  });

  it("accepts a write from the app's own origin", async () => {
    const res = await t.call("PATCH", "/api/me", {
      cookie,
      body,
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
    expect(res.status).toBe(200);
    expect(res.body.user.language).toBe("nl");
  });

  it("lets reads through from anywhere (they change nothing)", async () => {
    const res = await t.call("GET", "/api/me", { cookie, headers: { "sec-fetch-site": "cross-site" } });
    expect(res.status).toBe(200);
  });
});

describe("secure headers", () => {
  it("sends a strict content security policy and the usual hardening headers", async () => {
    const res = await t.call("GET", "/api/health");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });
});

describe("request size", () => {
  it("refuses a body over 1 MB with 413 Content Too Large and says how much is allowed", async () => {
    const res = await t.call("POST", "/api/auth/login", {
      rawBody: JSON.stringify({ email: "x".repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body).toMatchObject({ code: "request.too_large", status: 413 });
    expect(res.body.detail).toContain("1 Mo");
  });

  it("lists that 413 in the API document of every route with a body", async () => {
    const doc = (await t.call("GET", "/api/openapi.json")).body;
    const withBody = Object.values(doc.paths).flatMap((item) =>
      Object.values(item as Record<string, { requestBody?: unknown; responses: object }>).filter(
        (op) => op.requestBody,
      ),
    );
    expect(withBody.length).toBeGreaterThan(20);
    for (const op of withBody) expect(Object.keys(op.responses)).toContain("413");
  });
});
