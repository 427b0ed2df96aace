import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

const logLines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    logLines.push(String(chunk));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp({ log: pino({ level: "info" }, sink) });
});
afterAll(() => t.close());

describe("problem+json", () => {
  it("answers malformed JSON with 400", async () => {
    const res = await t.call("POST", "/api/auth/login", { rawBody: "{not json" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: "request.malformed_json",
      status: 400,
      title: "La demande n'est pas lisible.",
    });
    expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("lists every field at fault, in the language the browser asks for", async () => {
    const res = await t.call("POST", "/api/auth/household-login", {
      body: { code: 7, pin: "12" },
      headers: { "accept-language": "nl-BE,nl;q=0.9,fr;q=0.5" },
    });
    expect(res.status).toBe(400);
    expect(res.body.title).toBe("Sommige velden zijn niet correct.");
    expect(res.body.errors).toEqual([
      { field: "code", code: "invalid_type", message: expect.stringMatching(/tekst|string/i) },
      { field: "pin", code: "invalid_format", message: "De geheime code bestaat uit 4 tot 8 cijfers." },
    ]);
  });

  it("says plainly that a missing field is required", async () => {
    const res = await t.call("POST", "/api/auth/login", { body: { email: "a@b.example" } });
    expect(res.body.errors).toEqual([
      { field: "password", code: "invalid_type", message: "Ce champ est obligatoire." },
    ]);
  });

  it("answers in the signed-in person's preferred language", async () => {
    const org = await makeOrganisation(t.db);
    const user = await makeUser(t.db, { organisationId: org.id, role: "adviser", language: "de" });
    const cookie = await t.signIn(user.email as string);
    const res = await t.call("POST", "/api/me/active-organisation", {
      cookie,
      body: { organisationId: "nope" },
    });
    expect(res.status).toBe(400);
    expect(res.body.title).toBe("Einige Felder sind nicht korrekt.");
    expect(res.body.errors[0].field).toBe("organisationId");
  });

  it("answers an unknown API route with 404 problem+json", async () => {
    const res = await t.call("GET", "/api/no-such-thing");
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("route.not_found");
  });

  it("logs each request with its id", async () => {
    const res = await t.call("GET", "/api/no-such-thing-either");
    const line = logLines.map((l) => JSON.parse(l)).find((l) => l.requestId === res.body.requestId);
    expect(line).toMatchObject({ method: "GET", path: "/api/no-such-thing-either", status: 404 });
  });
});

describe("when the database is gone", () => {
  it("reports 503 on /api/health and a 500 without internals elsewhere, logged with the request id", async () => {
    const t2 = await setupTestApp({ log: pino({ level: "info" }, sink) });
    await t2.close();
    const health = await t2.call("GET", "/api/health");
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: "error", db: "error", version: "test" });

    const res = await t2.call("POST", "/api/auth/login", {
      body: { email: "a@b.example", password: "whatever" },
    });
    expect(res.status).toBe(500);
    expect(res.body.code).toBe("server.error");
    expect(res.body.detail).toContain(res.body.requestId);
    expect(JSON.stringify(res.body)).not.toMatch(/select|insert|pglite|postgres|stack/i);
    const logged = logLines
      .map((l) => JSON.parse(l))
      .find((l) => l.requestId === res.body.requestId && l.err);
    expect(logged?.msg).toBe("unexpected error");
  });
});
