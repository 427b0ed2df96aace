import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser, TEST_PASSWORD } from "../factories/index.ts";
import { type CallResult, setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let adminCookie: string;
beforeAll(async () => {
  t = await setupTestApp();
  const admin = await makeUser(t.db, { isPlatformAdmin: true });
  adminCookie = await t.signIn(admin.email as string);
});
afterAll(() => t.close());

/** What the person sending a request sees of its answer (its request id aside). */
function seen(res: CallResult) {
  const { requestId: _, ...body } = res.body;
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body };
}

async function acceptAs(code: string, email: string, extra: Record<string, unknown> = {}) {
  return t.call("POST", "/api/invitations/accept", {
    body: { code, email, password: TEST_PASSWORD, displayName: email, ...extra },
  });
}

describe("from a new organisation to its team", () => {
  it("admin creates an organisation and invites its coordinator, who invites an adviser", async () => {
    const created = await t.call("POST", "/api/organisations", {
      cookie: adminCookie,
      body: { name: "CPAS de Liège-Test", slug: "cpas-liege-test", kind: "cpas" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "CPAS de Liège-Test",
      kind: "cpas",
      weatherStationCode: "uccle",
    });

    const invite = await t.call("POST", `/api/organisations/${created.body.id}/invitations`, {
      cookie: adminCookie,
      body: { role: "coordinator", email: "Coord@Liege.example" },
    });
    expect(invite.status).toBe(201);
    expect(invite.body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const joined = await acceptAs(invite.body.code.toLowerCase(), "coord@liege.example", { language: "nl" });
    expect(joined.status).toBe(200);
    expect(joined.body.activeOrganisation).toMatchObject({
      organisationId: created.body.id,
      role: "coordinator",
    });
    expect(joined.body.user.language).toBe("nl");
    const coordinator = joined.setCookie as string;

    const adviserInvite = await t.call("POST", "/api/invitations", {
      cookie: coordinator,
      body: { role: "adviser" },
    });
    expect(adviserInvite.status).toBe(201);
    const pending = await t.call("GET", "/api/invitations", { cookie: coordinator });
    expect(pending.body.map((i: { role: string }) => i.role)).toEqual(["adviser"]);
    expect(pending.body[0].code).toBeUndefined();

    const adviser = await acceptAs(adviserInvite.body.code, "adviser@liege.example");
    expect(adviser.body.activeOrganisation.role).toBe("adviser");
    const members = await t.call("GET", "/api/members", { cookie: coordinator });
    expect(members.body.map((m: { email: string; role: string }) => [m.email, m.role]).sort()).toEqual([
      ["adviser@liege.example", "adviser"],
      ["coord@liege.example", "coordinator"],
    ]);
    expect((await t.call("GET", "/api/invitations", { cookie: coordinator })).body).toEqual([]);

    // An adviser may not grow the team.
    const denied = await t.call("POST", "/api/invitations", {
      cookie: adviser.setCookie,
      body: { role: "adviser" },
    });
    expect(denied.status).toBe(403);
  });

  it("refuses a duplicate short name with 409", async () => {
    const body = { name: "Logis A", slug: "logis-a", kind: "slsp" };
    expect((await t.call("POST", "/api/organisations", { cookie: adminCookie, body })).status).toBe(201);
    const again = await t.call("POST", "/api/organisations", { cookie: adminCookie, body });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("organisation.slug_taken");
  });
});

describe("invitation codes", () => {
  it("sent again after it worked (the answer was lost), signs the same person in again and adds nothing", async () => {
    const org = await makeOrganisation(t.db);
    const coordinator = await makeUser(t.db, { organisationId: org.id, role: "coordinator" });
    const cookie = await t.signIn(coordinator.email as string);
    const code = (await t.call("POST", "/api/invitations", { cookie, body: { role: "adviser" } })).body.code;
    const first = await acceptAs(code, "retry@test.example");
    expect(first.status).toBe(200);
    const again = await acceptAs(code, "retry@test.example");
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const me = await t.call("GET", "/api/me", { cookie: again.setCookie as string });
    expect(me.body.user.email).toBe("retry@test.example");
    const members = (await t.call("GET", "/api/members", { cookie })).body;
    expect(members.filter((m: { email: string }) => m.email === "retry@test.example")).toHaveLength(1);

    // Without the password, the address that accepted gets what anyone else gets: an invalid code.
    const wrong = await acceptAs(code, "retry@test.example", { password: "not the password at all" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe("invitation.invalid");
    const someoneElse = await acceptAs(code, "other-retry@test.example");
    expect(seen(someoneElse)).toEqual(seen(wrong));
  });

  it("sent twice at once (a phone resending while the first is still at work), signs in both and makes one account", async () => {
    const org = await makeOrganisation(t.db);
    const coordinator = await makeUser(t.db, { organisationId: org.id, role: "coordinator" });
    const cookie = await t.signIn(coordinator.email as string);
    const code = (await t.call("POST", "/api/invitations", { cookie, body: { role: "adviser" } })).body.code;
    const both = await Promise.all([
      acceptAs(code, "resent@test.example"),
      acceptAs(code, "resent@test.example"),
    ]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const members = (await t.call("GET", "/api/members", { cookie })).body;
    expect(members.filter((m: { email: string }) => m.email === "resent@test.example")).toHaveLength(1);
  });

  it("works once, and not after its expiry", async () => {
    const org = await makeOrganisation(t.db);
    const coordinator = await makeUser(t.db, { organisationId: org.id, role: "coordinator" });
    const cookie = await t.signIn(coordinator.email as string);
    const first = (await t.call("POST", "/api/invitations", { cookie, body: { role: "viewer" } })).body.code;
    expect((await acceptAs(first, "viewer1@test.example")).status).toBe(200);
    const reused = await acceptAs(first, "viewer2@test.example");
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe("invitation.invalid");
    expect(reused.body.errors[0].field).toBe("code");

    const second = (await t.call("POST", "/api/invitations", { cookie, body: { role: "viewer" } })).body.code;
    const start = t.clock.now;
    try {
      t.clock.now = new Date(start.getTime() + 8 * 24 * 3600_000);
      expect((await acceptAs(second, "viewer3@test.example")).status).toBe(422);
    } finally {
      t.clock.now = start;
    }
  });

  it("lets a person already known join a second organisation with their password, and switch between them", async () => {
    const orgA = await makeOrganisation(t.db, { name: "A" });
    const orgB = await makeOrganisation(t.db, { name: "B", kind: "slsp" });
    const person = await makeUser(t.db, { organisationId: orgA.id, role: "adviser" });
    const coordB = await makeUser(t.db, { organisationId: orgB.id, role: "coordinator" });
    const coordCookie = await t.signIn(coordB.email as string);
    const code = (
      await t.call("POST", "/api/invitations", { cookie: coordCookie, body: { role: "housing_manager" } })
    ).body.code;

    const wrong = await acceptAs(code, person.email as string, { password: "not-the-right-one" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe("invitation.wrong_password");

    const joined = await acceptAs(code, person.email as string);
    expect(joined.status).toBe(200);
    expect(joined.body.memberships.map((m: { role: string }) => m.role).sort()).toEqual([
      "adviser",
      "housing_manager",
    ]);

    const cookie = await t.signIn(person.email as string);
    const switched = await t.call("POST", "/api/me/active-organisation", {
      cookie,
      body: { organisationId: orgB.id },
    });
    expect(switched.body.activeOrganisation).toMatchObject({
      organisationId: orgB.id,
      role: "housing_manager",
    });
    expect((await t.call("GET", "/api/me", { cookie })).body.activeOrganisation.organisationId).toBe(orgB.id);

    const stranger = await makeOrganisation(t.db);
    const refused = await t.call("POST", "/api/me/active-organisation", {
      cookie,
      body: { organisationId: stranger.id },
    });
    expect(refused.status).toBe(404);
  });

  it("checks the code before any password, throttles password guesses, and keeps an invitation to its e-mail", async () => {
    const org = await makeOrganisation(t.db);
    const coordinator = await makeUser(t.db, { organisationId: org.id, role: "coordinator" });
    const cookie = await t.signIn(coordinator.email as string);
    const target = await makeUser(t.db, {
      organisationId: (await makeOrganisation(t.db)).id,
      role: "adviser",
    });
    // A made-up code says nothing about the password, not even the right one; it is a try all the same.
    const guess = await acceptAs("AAAA-BBBB-CCCC", target.email as string);
    expect(guess.body.code).toBe("invitation.invalid");
    const code = (await t.call("POST", "/api/invitations", { cookie, body: { role: "viewer" } })).body.code;
    const tries = [];
    for (let i = 0; i < 5; i++)
      tries.push((await acceptAs(code, target.email as string, { password: `guess-number-${i}` })).status);
    expect(tries).toEqual([422, 422, 422, 422, 429]);
    // Sign-in is locked too: the guesses were sign-in attempts.
    const login = await t.call("POST", "/api/auth/login", {
      body: { email: target.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(429);

    const forAnother = (
      await t.call("POST", "/api/invitations", {
        cookie,
        body: { role: "viewer", email: "someone-else@test.example" },
      })
    ).body.code;
    const wrongPerson = await acceptAs(forAnother, "me@test.example");
    expect(wrongPerson.status).toBe(422);
    expect(wrongPerson.body.errors[0].field).toBe("email");
    expect((await acceptAs(forAnother, "Someone-Else@test.example")).status).toBe(200);
  });

  it("leaves a member's role as it is when a code for another role is used", async () => {
    const org = await makeOrganisation(t.db);
    const coordinator = await makeUser(t.db, { organisationId: org.id, role: "coordinator" });
    const cookie = await t.signIn(coordinator.email as string);
    const code = (await t.call("POST", "/api/invitations", { cookie, body: { role: "viewer" } })).body.code;
    const res = await acceptAs(code, coordinator.email as string);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("invitation.already_member");
    const me = await t.call("GET", "/api/me", { cookie: await t.signIn(coordinator.email as string) });
    expect(me.body.activeOrganisation.role).toBe("coordinator");
  });

  it("answers a plain 409, not a 500, when two codes make the same new account at once", async () => {
    const org = await makeOrganisation(t.db);
    const coordinator = await makeUser(t.db, { organisationId: org.id, role: "coordinator" });
    const cookie = await t.signIn(coordinator.email as string);
    const invite = async () =>
      (await t.call("POST", "/api/invitations", { cookie, body: { role: "viewer" } })).body.code;
    const [a, b] = [await invite(), await invite()];
    const answers = await Promise.all([acceptAs(a, "twice@test.example"), acceptAs(b, "twice@test.example")]);
    const statuses = answers.map((r) => r.status).sort();
    // PGlite runs them one after the other: the second finds the account and wants its password (422).
    expect(statuses[0]).toBe(200);
    expect([409, 422]).toContain(statuses[1]);
  });

  it("cannot make a household or be made by a coordinator for a role outside the list", async () => {
    const org = await makeOrganisation(t.db);
    const coordinator = await makeUser(t.db, { organisationId: org.id, role: "coordinator" });
    const cookie = await t.signIn(coordinator.email as string);
    const res = await t.call("POST", "/api/invitations", { cookie, body: { role: "household" } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe("role");
  });
});

describe("a used or expired code in a stranger's hands", () => {
  const NEVER_MADE = "ZZZZ-ZZZZ-ZZZZ";
  const notThePassword = { password: "not the password at all" };
  const DAY = 24 * 3600_000;

  async function codeAcceptedBy(email: string) {
    const org = await makeOrganisation(t.db);
    const coordinator = await makeUser(t.db, { organisationId: org.id, role: "coordinator" });
    const cookie = await t.signIn(coordinator.email as string);
    const code = (await t.call("POST", "/api/invitations", { cookie, body: { role: "adviser" } })).body.code;
    expect((await acceptAs(code, email)).status).toBe(200);
    return code as string;
  }

  async function later<T>(ms: number, run: () => Promise<T>): Promise<T> {
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + ms);
    try {
      return await run();
    } finally {
      t.clock.now = start;
    }
  }

  it("answers for the address that accepted it, or any other, as for a code that never existed", async () => {
    const code = await codeAcceptedBy("accepted-it@test.example");
    const known = await makeUser(t.db, {
      organisationId: (await makeOrganisation(t.db)).id,
      role: "adviser",
    });
    const addresses = ["accepted-it@test.example", known.email as string, "no-account@test.example"];
    const compare = async () => {
      for (const email of addresses) {
        const used = await acceptAs(code, email, notThePassword);
        expect(used.body.code).toBe("invitation.invalid");
        expect(seen(used)).toEqual(seen(await acceptAs(NEVER_MADE, email, notThePassword)));
      }
    };
    await compare();
    await later(8 * DAY, compare);
  });

  it("counts a stranger's tries with it towards the lock as tries with a made-up code", async () => {
    const code = await codeAcceptedBy("locked-out@test.example");
    const tries = async (someCode: string) => {
      const answers = [];
      for (let i = 0; i < 6; i++)
        answers.push(seen(await acceptAs(someCode, "locked-out@test.example", notThePassword)));
      return answers;
    };
    const withUsed = await later(20 * 60_000, () => tries(code));
    const withMadeUp = await later(40 * 60_000, () => tries(NEVER_MADE));
    expect(withUsed.map((a) => a.status)).toEqual([422, 422, 422, 422, 422, 429]);
    expect(withUsed).toEqual(withMadeUp);
    // Once the lock has passed, the person who accepted it is still signed in again with their password.
    const again = await later(60 * 60_000, () => acceptAs(code, "locked-out@test.example"));
    expect(again.status).toBe(200);
  });
});

describe("organisation list", () => {
  it("shows a member only their organisations, and the administrator all of them", async () => {
    const mine = await makeOrganisation(t.db);
    await makeOrganisation(t.db);
    const user = await makeUser(t.db, { organisationId: mine.id, role: "viewer" });
    const cookie = await t.signIn(user.email as string);
    const res = await t.call("GET", "/api/organisations", { cookie });
    expect(res.body.map((o: { id: string }) => o.id)).toEqual([mine.id]);
    const all = await t.call("GET", "/api/organisations", { cookie: adminCookie });
    expect(all.body.length).toBeGreaterThan(2);
  });
});
