import { randomUUID } from "node:crypto";
import { count, desc, eq, inArray, sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DataExportSchema } from "../../api/privacy/privacy.schemas.ts";
import {
  auditLog,
  budgetMeterTopUps,
  householdConsents,
  households,
  memberships,
  meters,
  readings,
  sessions,
  tips,
  users,
} from "../../db/schema/index.ts";
import { seedReferenceTips } from "../../seeds/reference-tips.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";
import { LIBRARY } from "./groups-world.ts";

let t: TestApp;
let coordinator: string;
let adviser: string;
let outsideCoordinator: string;
let neighbour: { id: string; cookie: string };
/** Consenting, with a gas meter (EAN, serial, a reading with a note) and a budget-meter top-up. */
let home: { id: string; code: string; pin: string; cookie: string; meterId: string; userId: string };
const START = new Date("2026-03-10T09:00:00Z");

async function newHousehold({ consenting }: { consenting: boolean }) {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Vie Privée", adults: 2, protectedCustomer: true, budgetMeter: true },
  });
  const { code, id } = created.body.household;
  const cookie = await t.signInHousehold(code, created.body.pin);
  if (consenting)
    await t.call("POST", `/api/households/${id}/consent`, {
      cookie,
      body: { scope: "adviser", granted: true },
    });
  return { id: id as string, code: code as string, pin: created.body.pin as string, cookie };
}

async function householdWithData() {
  const household = await newHousehold({ consenting: true });
  const meter = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie: household.cookie,
    body: {
      kind: "gas",
      name: "Gaz de la cave",
      startedAt: "2026-01-01",
      startIndex: 1000,
      ean: "541448800000000001",
      serial: "SN-42",
    },
  });
  await t.call("POST", `/api/meters/${meter.body.id}/readings`, {
    cookie: household.cookie,
    body: {
      readAt: "2026-02-01",
      value: 1100,
      clientId: randomUUID(),
      note: "lu par Mme Dupont",
      confirm: true,
    },
  });
  await t.call("POST", `/api/households/${household.id}/top-ups`, {
    cookie: household.cookie,
    body: { toppedUpOn: "2026-02-15", amountEur: 20, clientId: randomUUID() },
  });
  await t.call("POST", `/api/households/${household.id}/comfort-checkins`, {
    cookie: household.cookie,
    body: { day: "2026-02-20", indoorC: 17.5, humidityPct: 68, feltCold: true, clientId: randomUUID() },
  });
  const [row] = await t.db
    .select({ userId: households.userId })
    .from(households)
    .where(eq(households.id, household.id));
  return { ...household, meterId: meter.body.id as string, userId: row?.userId as string };
}

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  const signIn = async (organisationId: string, role: "coordinator" | "adviser") =>
    t.signIn((await makeUser(t.db, { organisationId, role, displayName: `Marie ${role}` })).email as string);
  coordinator = await signIn(orgId, "coordinator");
  adviser = await signIn(orgId, "adviser");
  outsideCoordinator = await signIn((await makeOrganisation(t.db)).id, "coordinator");
  neighbour = await newHousehold({ consenting: true });
});
beforeEach(async () => {
  t.clock.now = START;
  home = await householdWithData();
});
afterAll(() => t.close());

const later = (minutes: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + minutes * 60_000);
};

describe("data export (GDPR)", () => {
  it("gives the household everything held about it as JSON", async () => {
    const res = await t.call("GET", `/api/households/${home.id}/data-export`, { cookie: home.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="donnees-${home.code}-2026-03-10.json"`,
    );
    const data = res.body;
    // The API's documented schema lists every part the export has.
    expect(Object.keys(data).sort()).toEqual(Object.keys(DataExportSchema.shape).sort());
    expect(data.household).toMatchObject({
      code: home.code,
      pseudonym: "Famille Vie Privée",
      adults: 2,
      protectedCustomer: true,
    });
    expect(data.account).toMatchObject({ displayName: "Famille Vie Privée", language: "fr" });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.consents).toMatchObject([{ scope: "adviser", revokedAt: null }]);
    expect(data.meters).toMatchObject([
      { name: "Gaz de la cave", ean: "541448800000000001", serial: "SN-42", unit: "m3" },
    ]);
    expect(data.readings.map((r: { value: number; note: string | null }) => [r.value, r.note])).toEqual([
      [1000, null],
      [1100, "lu par Mme Dupont"],
    ]);
    expect(data.topUps).toMatchObject([{ toppedUpOn: "2026-02-15", amountEur: 20 }]);
    expect(data.comfortCheckIns).toMatchObject([
      { day: "2026-02-20", indoorC: 17.5, humidityPct: 68, feltCold: true },
    ]);
    expect(data.auditLog.map((e: { action: string }) => e.action)).toContain("household.created");
    const kept = data.auditLog.length;
    expect(data.auditLogCount).toEqual({ kept, total: kept, truncated: false });
  });

  it("says when the audit log is cut at its newest 10,000 entries, in the JSON and in the ZIP", async () => {
    // 10,001 more entries about the household, one a second back from START, in one statement.
    await t.db.execute(sql`
      insert into audit_log (organisation_id, action, subject_id, at)
      select h.organisation_id, 'household.readings_viewed', h.id,
             ${START.toISOString()}::timestamptz - make_interval(secs => g)
      from households h, generate_series(1, 10001) g
      where h.id = ${home.id}`);
    const res = await t.call("GET", `/api/households/${home.id}/data-export`, { cookie: home.cookie });
    const [all] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.subjectId, home.id));
    const total = Number(all?.n);
    expect(total).toBeGreaterThan(10_001);
    expect(res.body.auditLog).toHaveLength(10_000);
    expect(res.body.auditLogCount).toEqual({ kept: 10_000, total, truncated: true });

    const zip = await t.app.request(`/api/households/${home.id}/data-export?format=csv`, {
      headers: { cookie: home.cookie },
    });
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files)[0]).toBe("00-a-lire.txt");
    const note = new TextDecoder("utf-8", { ignoreBOM: true }).decode(files["00-a-lire.txt"]);
    const fr = new Intl.NumberFormat("fr-BE");
    expect(note).toContain(`Le journal (11-journal.csv) ne contient que les ${fr.format(10_000)} entrées`);
    expect(note).toContain(`sur ${fr.format(total)} en tout`);
    // The CSV itself holds the entries kept, one line each after the header.
    expect(
      strFromU8(files["11-journal.csv"] as Uint8Array)
        .trimEnd()
        .split("\r\n"),
    ).toHaveLength(10_001);
  });

  it("gives the coordinator, even without consent, a ZIP of CSV files, and audits it", async () => {
    await t.call("POST", `/api/households/${home.id}/consent`, {
      cookie: home.cookie,
      body: { scope: "adviser", granted: false },
    });
    later(1);
    const res = await t.app.request(`/api/households/${home.id}/data-export?format=csv`, {
      headers: { cookie: coordinator },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toEqual([
      "01-menage.csv",
      "02-connexions.csv",
      "03-accords.csv",
      "04-compteurs.csv",
      "05-releves.csv",
      "06-livraisons.csv",
      "07-recharges.csv",
      "08-contrats.csv",
      "09-imports.csv",
      "10-donnees-compteur-intelligent.csv",
      "11-journal.csv",
      "12-confort.csv",
      "13-groupes.csv",
      "14-presences.csv",
      "15-engagements.csv",
      "16-kit.csv",
      "17-visites.csv",
      "18-orientations.csv",
      "19-astuces-partagees.csv",
      "20-enquete-confort.csv",
      "21-consultations.csv",
      "22-logements.csv",
      "23-decomptes-chauffage.csv",
    ]);
    const text = (name: string) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(files[name]);
    expect(text("01-menage.csv")).toMatch(/^\uFEFFCode;Pseudonyme;/);
    expect(text("01-menage.csv")).toContain(`${home.code};Famille Vie Privée;`);
    expect(text("04-compteurs.csv")).toContain("Gaz de la cave;Gaz;Index;541448800000000001;SN-42;");
    expect(text("05-releves.csv")).toContain(";1100;m³;Ménage;;lu par Mme Dupont\r\n");
    expect(text("07-recharges.csv")).toBe("\uFEFFDate;Montant (€)\r\n2026-02-15;20\r\n");
    expect(strFromU8(files["11-journal.csv"] as Uint8Array)).toContain(
      "a exporté toutes les données;Marie coordinator;Coordination;\r\n",
    );
  });

  it("writes the CSV values in the household's words, never its codes (the JSON keeps the codes)", async () => {
    const ok = (res: { status: number; body: unknown }, status = 200) =>
      expect(res.status, JSON.stringify(res.body)).toBe(status);
    ok(
      await t.call("PATCH", `/api/households/${home.id}`, {
        cookie: adviser,
        body: { heatingType: "heating_oil" },
      }),
    );
    const group = await t.call("POST", "/api/groups", {
      cookie: adviser,
      body: { name: "Les Économes", startsOn: "2026-01-05" },
    });
    ok(group, 201);
    ok(
      await t.call("POST", `/api/groups/${group.body.id}/members`, {
        cookie: adviser,
        body: { householdId: home.id, joinedOn: "2026-01-05" },
      }),
      201,
    );
    await seedReferenceTips(t.db, LIBRARY);
    const [tip] = await t.db.select({ id: tips.id }).from(tips).where(eq(tips.key, "thermostat-19"));
    ok(
      await t.call("POST", `/api/households/${home.id}/commitments`, {
        cookie: adviser,
        body: { tipId: tip?.id, plannedOn: "2026-02-03" },
      }),
      201,
    );
    const [reading] = await t.db
      .select({ id: readings.id })
      .from(readings)
      .where(eq(readings.meterId, home.meterId))
      .orderBy(desc(readings.readAt));
    ok(await t.call("DELETE", `/api/readings/${reading?.id}`, { cookie: home.cookie }), 204);

    const json = await t.call("GET", `/api/households/${home.id}/data-export`, { cookie: home.cookie });
    expect(json.body.household.heatingType).toBe("heating_oil");
    expect(json.body.commitments).toMatchObject([{ status: "planned" }]);
    expect(json.body.auditLog.map((e: { action: string }) => e.action)).toContain("reading.deleted");

    const res = await t.app.request(`/api/households/${home.id}/data-export?format=csv`, {
      headers: { cookie: home.cookie },
    });
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const text = (name: string) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(files[name]);
    expect(text("01-menage.csv")).toContain(";Mazout;");
    expect(text("01-menage.csv")).toMatch(/;Français\r\n$/);
    expect(text("03-accords.csv")).toMatch(/\r\nConseil en énergie;/);
    expect(text("13-groupes.csv")).toContain("Les Économes;2026-01-05;");
    expect(text("15-engagements.csv")).toContain(";À faire;2026-02-03;");
    const journal = text("11-journal.csv");
    // The action as the audit-log screen says it, the role in words, the details as field=value.
    const deleted = journal.split("\r\n").find((line) => line.includes(";a supprimé un relevé;"));
    expect(deleted).toMatch(/^2026-03-10 10:00;a supprimé un relevé;Famille Vie Privée;Ménage;"[^"]+"$/);
    expect(deleted).toContain("value=1100; ");
    expect(deleted).toContain("; register=Index; ");
    expect(deleted).toMatch(/readingId=[0-9a-f-]{36}/);
    expect(journal).toContain(
      ";a modifié le profil du ménage;Marie adviser;Conseil en énergie;fields=heatingType\r\n",
    );
    expect(journal).toContain(
      ";a enregistré l'accord de partage;Famille Vie Privée;Ménage;scope=Conseil en énergie\r\n",
    );
    expect(journal).not.toContain("{");
    // No CSV cell is a raw code.
    const cells = Object.keys(files).flatMap((name) => text(name).split(/[;\r\n]/));
    for (const code of ["heating_oil", "planned", "adviser", "household", "reading.deleted", "fr"])
      expect(cells, code).not.toContain(code);
  });

  it("is the household's and its coordinator's only", async () => {
    const url = `/api/households/${home.id}/data-export`;
    expect((await t.call("GET", url, { cookie: adviser })).status).toBe(403);
    expect((await t.call("GET", url, { cookie: neighbour.cookie })).status).toBe(404);
    expect((await t.call("GET", url, { cookie: outsideCoordinator })).status).toBe(404);
  });
});

describe("erasure", () => {
  const erase = (confirmCode: string, cookie = coordinator) =>
    t.call("POST", `/api/households/${home.id}/erase`, { cookie, body: { confirmCode } });

  it("needs the household's code typed again; a wrong one erases nothing and names the field", async () => {
    const wrong = await erase("ABCD-EFGH");
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe("privacy.confirm_code_mismatch");
    expect(wrong.body.errors).toEqual([
      { field: "confirmCode", code: "mismatch", message: "Ce code n'est pas celui du ménage." },
    ]);
    expect((await t.call("GET", `/api/households/${home.id}`, { cookie: home.cookie })).status).toBe(200);
  });

  it("is the coordinator's only, in their own organisation", async () => {
    expect((await erase(home.code, adviser)).status).toBe(403);
    expect((await erase(home.code, home.cookie)).status).toBe(403);
    expect((await erase(home.code, outsideCoordinator)).status).toBe(404);
  });

  it("removes the account and personal data, keeps the figures, and the household is gone everywhere", async () => {
    expect((await erase(home.code.toLowerCase())).status).toBe(204);

    // Gone for every caller and every route.
    for (const url of [
      `/api/households/${home.id}`,
      `/api/households/${home.id}/meters`,
      `/api/meters/${home.meterId}`,
      `/api/meters/${home.meterId}/readings`,
      `/api/households/${home.id}/consumption`,
      `/api/households/${home.id}/readings/export`,
      `/api/households/${home.id}/top-ups`,
      `/api/households/${home.id}/data-export`,
      `/api/households/${home.id}/audit-log`,
      `/api/settings/tariffs?householdId=${home.id}`,
    ])
      expect((await t.call("GET", url, { cookie: coordinator })).status, url).toBe(404);
    const list = await t.call("GET", "/api/households", { cookie: coordinator });
    expect(list.body.map((h: { id: string }) => h.id)).not.toContain(home.id);
    expect((await erase(home.code)).status).toBe(404);

    // The account, its memberships and sessions are gone: the household can no longer sign in.
    expect((await t.call("GET", "/api/me", { cookie: home.cookie })).status).toBe(401);
    const login = await t.call("POST", "/api/auth/household-login", {
      body: { code: home.code, pin: home.pin },
    });
    expect(login.status).toBe(401);
    expect(await t.db.select().from(users).where(eq(users.id, home.userId))).toEqual([]);
    expect(await t.db.select().from(memberships).where(eq(memberships.userId, home.userId))).toEqual([]);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, home.userId))).toEqual([]);

    // Personal data blanked, figures kept for the organisation's and groups' aggregates.
    const [row] = await t.db.select().from(households).where(eq(households.id, home.id));
    expect(row).toMatchObject({
      pseudonym: "",
      userId: null,
      adults: null,
      protectedCustomer: false,
      budgetMeter: false,
      erasedAt: START,
    });
    expect(row?.code).not.toBe(home.code);
    const [meter] = await t.db.select().from(meters).where(eq(meters.id, home.meterId));
    expect(meter).toMatchObject({ name: "", ean: null, serial: null, kind: "gas" });
    const kept = await t.db
      .select({ value: readings.value, note: readings.note, author: readings.authorUserId })
      .from(readings)
      .where(inArray(readings.meterId, [home.meterId]))
      .orderBy(readings.readAt);
    expect(kept).toEqual([
      { value: "1000.000", note: null, author: null },
      { value: "1100.000", note: null, author: null },
    ]);
    expect(
      await t.db.select().from(budgetMeterTopUps).where(eq(budgetMeterTopUps.householdId, home.id)),
    ).toHaveLength(1);
    expect(
      await t.db.select().from(householdConsents).where(eq(householdConsents.householdId, home.id)),
    ).toHaveLength(1);
  });
});

describe("audit log", () => {
  const auditLog = (cookie = coordinator) =>
    t.call("GET", `/api/households/${home.id}/audit-log`, { cookie });

  it("says who read or changed the household's data, newest first, with name and role", async () => {
    later(1);
    await t.call("GET", `/api/households/${home.id}`, { cookie: adviser });
    later(1);
    await t.call("GET", `/api/meters/${home.meterId}/readings`, { cookie: adviser });
    const res = await auditLog();
    expect(res.status).toBe(200);
    expect(res.body.slice(0, 2).map(({ id: _id, ...entry }: { id: string }) => entry)).toEqual([
      {
        at: "2026-03-10T09:02:00.000Z",
        action: "household.readings_viewed",
        actor: { name: "Marie adviser", role: "adviser" },
        details: {},
      },
      {
        at: "2026-03-10T09:01:00.000Z",
        action: "household.viewed",
        actor: { name: "Marie adviser", role: "adviser" },
        details: {},
      },
    ]);
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(["household.created", "household.consent_granted"]),
    );
  });

  it("writes a staff member's repeated views once an hour, and nothing of the household's own reads", async () => {
    const views = async () =>
      (await auditLog()).body.filter((e: { action: string }) => e.action === "household.consumption_viewed");
    const consumption = (cookie: string) =>
      t.call("GET", `/api/households/${home.id}/consumption`, { cookie });
    await consumption(home.cookie);
    expect(await views()).toEqual([]);
    await consumption(adviser);
    later(30);
    await consumption(adviser);
    expect(await views()).toHaveLength(1);
    later(31);
    await consumption(adviser);
    expect((await views()).map((e: { at: string }) => e.at)).toEqual([
      "2026-03-10T10:01:00.000Z",
      "2026-03-10T09:00:00.000Z",
    ]);
  });

  it("pages back in time", async () => {
    later(1);
    await t.call("GET", `/api/households/${home.id}`, { cookie: adviser });
    const first = await t.call("GET", `/api/households/${home.id}/audit-log?limit=1`, {
      cookie: coordinator,
    });
    expect(first.body).toHaveLength(1);
    const next = await t.call(
      "GET",
      `/api/households/${home.id}/audit-log?limit=100&before=${encodeURIComponent(first.body[0].at)}`,
      { cookie: coordinator },
    );
    expect(next.body.every((e: { at: string }) => e.at < first.body[0].at)).toBe(true);
    expect(next.body.length).toBeGreaterThan(0);
  });

  it("pages through entries of one instant one by one, none lost", async () => {
    later(1);
    // One instant, three entries: a profile read, a consent read by the same click, an export.
    await t.call("GET", `/api/households/${home.id}`, { cookie: adviser });
    await t.call("GET", `/api/households/${home.id}/consumption`, { cookie: adviser });
    await t.call("GET", `/api/households/${home.id}/readings/export`, { cookie: adviser });
    const all = (
      await t.call("GET", `/api/households/${home.id}/audit-log?limit=500`, { cookie: coordinator })
    ).body;
    const seen = [];
    let page = await t.call("GET", `/api/households/${home.id}/audit-log?limit=1`, { cookie: coordinator });
    while (page.body.length) {
      seen.push(...page.body);
      const last = page.body.at(-1);
      page = await t.call(
        "GET",
        `/api/households/${home.id}/audit-log?limit=1&before=${encodeURIComponent(last.at)}&beforeId=${last.id}`,
        { cookie: coordinator },
      );
    }
    expect(seen).toEqual(all);
    expect(new Set(all.slice(0, 3).map((e: { at: string }) => e.at)).size).toBe(1);
  });

  it("is the coordinator's only", async () => {
    expect((await auditLog(adviser)).status).toBe(403);
    expect((await auditLog(home.cookie)).status).toBe(403);
    expect((await auditLog(outsideCoordinator)).status).toBe(404);
  });
});

describe("withdrawing consent", () => {
  it("hides the household's data from its adviser at once", async () => {
    const urls = [
      `/api/meters/${home.meterId}/readings`,
      `/api/households/${home.id}/consumption`,
      `/api/households/${home.id}/readings/export`,
      `/api/households/${home.id}/consumption/export`,
      `/api/households/${home.id}/top-ups`,
    ];
    for (const url of urls) expect((await t.call("GET", url, { cookie: adviser })).status, url).toBe(200);
    await t.call("POST", `/api/households/${home.id}/consent`, {
      cookie: home.cookie,
      body: { scope: "adviser", granted: false },
    });
    for (const url of urls) {
      const res = await t.call("GET", url, { cookie: adviser });
      expect(res.status, url).toBe(403);
      expect(res.body.code).toBe("household.no_consent");
    }
  });
});
