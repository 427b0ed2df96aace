import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../api/app.ts";
import { sessions } from "../../db/schema/index.ts";
import { makeHousehold, makeOrganisation, makeUser, TEST_PASSWORD, TEST_PIN } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let orgId: string;

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
});
afterAll(() => t.close());

const minutes = (n: number) => n * 60_000;

describe("e-mail sign-in", () => {
  it("signs in, sets an httpOnly SameSite=Lax session cookie and answers with /api/me", async () => {
    const user = await makeUser(t.db, { organisationId: orgId, role: "adviser", email: "Ada@Test.example" });
    const res = await t.call("POST", "/api/auth/login", {
      body: { email: " ADA@test.example ", password: TEST_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id, email: "ada@test.example", isPlatformAdmin: false });
    expect(res.body.activeOrganisation).toMatchObject({ organisationId: orgId, role: "adviser" });
    expect(res.body.householdId).toBeNull();
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^ew_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).not.toMatch(/Max-Age/i);

    const me = await t.call("GET", "/api/me", { cookie: res.setCookie });
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(user.id);
  });

  it("marks the cookie Secure when the app is reached over HTTPS", async () => {
    const user = await makeUser(t.db, { organisationId: orgId, role: "adviser" });
    const res = await t.app.request("https://eco.example/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("stores only a hash of the session token", async () => {
    const user = await makeUser(t.db, { organisationId: orgId, role: "viewer" });
    const cookie = await t.signIn(user.email as string);
    const token = cookie.split("=")[1] as string;
    const rows = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
    expect(rows[0]?.tokenHash).toHaveLength(43);
  });

  it("answers 401 with the same message for an unknown e-mail and a wrong password", async () => {
    const user = await makeUser(t.db, { organisationId: orgId, role: "adviser" });
    const wrong = await t.call("POST", "/api/auth/login", {
      body: { email: user.email, password: "not the password" },
    });
    const unknown = await t.call("POST", "/api/auth/login", {
      body: { email: "nobody@test.example", password: TEST_PASSWORD },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(wrong.body.code).toBe("auth.invalid_credentials");
    expect({ ...wrong.body, requestId: 0 }).toEqual({ ...unknown.body, requestId: 0 });
    expect(wrong.body.title).toBe("Connexion impossible.");
  });

  it("ends the session on logout: the cookie no longer works", async () => {
    const user = await makeUser(t.db, { organisationId: orgId, role: "adviser" });
    const cookie = await t.signIn(user.email as string);
    expect((await t.call("POST", "/api/auth/logout", { cookie })).status).toBe(204);
    const me = await t.call("GET", "/api/me", { cookie });
    expect(me.status).toBe(401);
    expect(me.body.code).toBe("auth.required");
  });
});

describe("household sign-in", () => {
  it("accepts the code in any case and with spaces, and returns the household id", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId, code: "SOLEIL-42" });
    const res = await t.call("POST", "/api/auth/household-login", {
      body: { code: " soleil-42", pin: TEST_PIN },
    });
    expect(res.status).toBe(200);
    expect(res.body.householdId).toBe(household.id);
    expect(res.body.household).toEqual({
      code: "SOLEIL-42",
      pseudonym: household.pseudonym,
      livesInDwelling: false,
      // Signed in with the PIN it was handed: it has not chosen its own yet.
      ownPinSince: null,
    });
    expect(res.body.user.email).toBeNull();
    expect(res.body.activeOrganisation.role).toBe("household");
  });

  it("answers a wrong PIN and an unknown code alike, in words a household knows", async () => {
    await makeHousehold(t.db, { organisationId: orgId, code: "ETOILE-3" });
    const wrongPin = await t.call("POST", "/api/auth/household-login", {
      body: { code: "ETOILE-3", pin: "9999" },
    });
    const unknown = await t.call("POST", "/api/auth/household-login", {
      body: { code: "NOPE-3", pin: TEST_PIN },
    });
    expect(wrongPin.status).toBe(401);
    expect({ ...wrongPin.body, requestId: 0 }).toEqual({ ...unknown.body, requestId: 0 });
    expect(wrongPin.body.detail).toBe(
      "Le code du ménage ou le code PIN n'est pas correct. Vérifiez et réessayez.",
    );
  });

  it("keeps a household signed in for 90 days when asked, with a persistent cookie", async () => {
    await makeHousehold(t.db, { organisationId: orgId, code: "LUNE-7" });
    const res = await t.call("POST", "/api/auth/household-login", {
      body: { code: "LUNE-7", pin: TEST_PIN, staySignedIn: true },
    });
    expect(res.headers.get("set-cookie")).toMatch(/Max-Age=7776000/);
    const cookie = res.setCookie;
    const start = t.clock.now;
    try {
      t.clock.now = new Date(start.getTime() + minutes(60 * 24 * 30));
      expect((await t.call("GET", "/api/me", { cookie })).status).toBe(200);
      t.clock.now = new Date(start.getTime() + minutes(60 * 24 * 91));
      expect((await t.call("GET", "/api/me", { cookie })).status).toBe(401);
    } finally {
      t.clock.now = start;
    }
  });

  it("refuses a PIN that is not 4 to 8 digits with a field message", async () => {
    const res = await t.call("POST", "/api/auth/household-login", { body: { code: "X-1", pin: "12a" } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: "pin", code: "invalid_format", message: "Le code secret est fait de 4 à 8 chiffres." },
    ]);
  });
});

describe("session expiry", () => {
  it("ends a standard session after 2 hours idle, and after 12 hours whatever the activity", async () => {
    const user = await makeUser(t.db, { organisationId: orgId, role: "adviser" });
    const start = t.clock.now;
    try {
      const cookie = await t.signIn(user.email as string);
      t.clock.now = new Date(start.getTime() + minutes(110));
      expect((await t.call("GET", "/api/me", { cookie })).status).toBe(200);
      t.clock.now = new Date(start.getTime() + minutes(110 + 121));
      expect((await t.call("GET", "/api/me", { cookie })).status).toBe(401);

      t.clock.now = start;
      const busy = await t.signIn(user.email as string);
      for (let h = 1; h <= 11; h++) {
        t.clock.now = new Date(start.getTime() + minutes(60 * h));
        expect((await t.call("GET", "/api/me", { cookie: busy })).status).toBe(200);
      }
      t.clock.now = new Date(start.getTime() + minutes(60 * 12 + 1));
      expect((await t.call("GET", "/api/me", { cookie: busy })).status).toBe(401);
    } finally {
      t.clock.now = start;
    }
  });
});

describe("login throttling", () => {
  it("answers 429 with Retry-After after 5 failures in 15 minutes, even with the right password", async () => {
    const user = await makeUser(t.db, { organisationId: orgId, role: "adviser" });
    const start = t.clock.now;
    try {
      for (let i = 0; i < 5; i++) {
        t.clock.now = new Date(start.getTime() + minutes(i));
        const res = await t.call("POST", "/api/auth/login", {
          body: { email: user.email, password: "wrong-guess" },
        });
        expect(res.status).toBe(401);
      }
      t.clock.now = new Date(start.getTime() + minutes(5));
      const blocked = await t.call("POST", "/api/auth/login", {
        body: { email: user.email, password: TEST_PASSWORD },
      });
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe("auth.too_many_attempts");
      // The first failure (minute 0) leaves the window at minute 15: 10 minutes from now.
      expect(Number(blocked.headers.get("retry-after"))).toBe(600);
      expect(blocked.body.detail).toContain("10 minute");

      t.clock.now = new Date(start.getTime() + minutes(15) + 1000);
      expect(
        (await t.call("POST", "/api/auth/login", { body: { email: user.email, password: TEST_PASSWORD } }))
          .status,
      ).toBe(200);
    } finally {
      t.clock.now = start;
    }
  });

  it("counts wrong passwords sent all at once: at most five get checked", async () => {
    const user = await makeUser(t.db, { organisationId: orgId, role: "adviser" });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.call("POST", "/api/auth/login", { body: { email: user.email, password: "wrong-guess" } }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
  });

  it("keeps counting across a restart: the failures live in the database", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId });
    for (let i = 0; i < 5; i++)
      await t.call("POST", "/api/auth/household-login", { body: { code: household.code, pin: "0000" } });
    const restarted = createApp({
      db: t.db,
      config: {
        sessionSecret: "test-session-secret-0123456789abcdef",
        trustProxy: false,
        version: "test",
        clock: () => t.clock.now,
      },
      log: (await import("pino")).default({ level: "silent" }),
    });
    const res = await restarted.request("/api/auth/household-login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: household.code.toLowerCase(), pin: TEST_PIN }),
    });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeTruthy();
  });
});
