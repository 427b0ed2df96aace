import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeRules } from "../../api/http/route.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

describe("API description", () => {
  it("documents every API route from the same schemas that validate it", async () => {
    const res = await t.call("GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replaceAll(/\{(\w+)\}/g, ":$1")}`),
    );
    const undocumented = [...routeRules().keys()].filter(
      (key) => key.startsWith("GET /api/") || key.match(/^(POST|PATCH|PUT|DELETE) \/api\//),
    );
    const notDocs = undocumented.filter((k) => !k.includes("/api/docs") && k !== "GET /api/openapi.json");
    expect(notDocs.filter((k) => !documented.includes(k))).toEqual([]);
    const pin =
      res.body.paths["/api/auth/household-login"].post.requestBody.content["application/json"].schema;
    expect(pin.properties.pin.pattern).toBe("^\\d{4,8}$");
  });

  it("serves the interactive docs and their assets from the app itself", async () => {
    const page = await t.call("GET", "/api/docs");
    expect(page.status).toBe(200);
    expect(page.body).toContain('src="/api/docs/swagger-ui-bundle.js"');
    expect(page.body).not.toMatch(/https?:\/\/(?!eco)/);
    const bundle = await t.app.request("/api/docs/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toMatch(/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    expect((await t.app.request("/api/docs/swagger-ui.css")).status).toBe(200);
    expect((await t.app.request("/api/docs/../../package.json")).status).toBe(404);
  });
});

describe("health", () => {
  it("says ok with the version when the database answers", async () => {
    const res = await t.call("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", db: "ok", version: "test" });
  });
});
