import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
const staff: Record<"coordinator" | "adviser" | "housing_manager" | "viewer" | "outsider", string> = {
  coordinator: "",
  adviser: "",
  housing_manager: "",
  viewer: "",
  outsider: "",
};
/** Consenting, with an electricity meter (a name Excel could misread) and a gas meter read in 2025. */
let home: { id: string; code: string; cookie: string };
let neighbour: { id: string; cookie: string };

const BOM = "\uFEFF";
const readingsUrl = (id: string, format = "csv") => `/api/households/${id}/readings/export?format=${format}`;
const consumptionUrl = (id: string, query = "format=csv&from=2025-01&to=2025-02") =>
  `/api/households/${id}/consumption/export?${query}`;

async function newHousehold({ consenting, language = "fr" }: { consenting: boolean; language?: string }) {
  const created = await t.call("POST", "/api/households", {
    cookie: staff.adviser,
    body: { pseudonym: "Famille Export", language },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  const id = created.body.household.id as string;
  if (consenting)
    await t.call("POST", `/api/households/${id}/consent`, {
      cookie,
      body: { scope: "adviser", granted: true },
    });
  return { id, code: created.body.household.code as string, cookie };
}

async function addReadings(household: { id: string; cookie: string }) {
  const meter = async (body: Record<string, unknown>) =>
    (await t.call("POST", `/api/households/${household.id}/meters`, { cookie: household.cookie, body })).body;
  const read = async (meterId: string, body: Record<string, unknown>) => {
    const res = await t.call("POST", `/api/meters/${meterId}/readings`, {
      cookie: household.cookie,
      body: { clientId: randomUUID(), confirm: true, ...body },
    });
    expect(res.status).toBe(201);
  };
  const electricity = await meter({
    kind: "electricity",
    name: 'Cave; "le gros"',
    registers: ["day", "night"],
    startedAt: "2025-01-01",
    startIndex: { day: 1000.5, night: 500 },
  });
  await read(electricity.id, { register: "day", readAt: "2025-07-01T08:30:00+02:00", value: 1234.567 });
  const gas = await meter({ kind: "gas", name: "=Gaz", startedAt: "2025-01-01", startIndex: 1000 });
  await read(gas.id, { readAt: "2025-02-01", value: 1100, note: "relevé\nen deux lignes" });
  return { electricity, gas };
}

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  const signIn = async (
    organisationId: string,
    role: "coordinator" | "adviser" | "housing_manager" | "viewer",
  ) => t.signIn((await makeUser(t.db, { organisationId, role })).email as string);
  for (const role of ["coordinator", "adviser", "housing_manager", "viewer"] as const)
    staff[role] = await signIn(orgId, role);
  staff.outsider = await signIn((await makeOrganisation(t.db)).id, "adviser");
  home = await newHousehold({ consenting: true });
  await addReadings(home);
  neighbour = await newHousehold({ consenting: true });
});
afterAll(() => t.close());

/** The body as sent: `t.call` decodes text the usual way, which drops the byte order mark. */
async function download(url: string, cookie: string) {
  const res = await t.app.request(url, { headers: { cookie } });
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text };
}

const csvRows = (text: string) =>
  parse(text, { bom: true, delimiter: ";", record_delimiter: "\r\n" }) as string[][];

describe("readings export", () => {
  it("gives the household a CSV for Belgian Excel: BOM, ;, decimal comma, CRLF, Brussels time, French headers", async () => {
    const res = await download(readingsUrl(home.id), home.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="releves-${home.code}-2026-03-10.csv"`,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { text } = res;
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split("\r\n")[0]).toBe(
      `${BOM}Compteur;Énergie;Cadran;Date (heure de Bruxelles);Horodatage ISO 8601;Index;Unité;Source;Marques;Note`,
    );
    expect(text).toContain(
      '"Cave; ""le gros""";Électricité;Jour;2025-07-01 08:30;2025-07-01T08:30:00+02:00;1234,567;kWh;Ménage;;\r\n',
    );
    expect(text).toContain(
      '"Cave; ""le gros""";Électricité;Jour;2025-01-01 00:00;2025-01-01T00:00:00+01:00;1000,5;kWh;Ménage;Index de départ;\r\n',
    );
    // A name starting with = is never run as a formula; a note keeps its line break inside quotes.
    expect(text).toContain(
      '\'=Gaz;Gaz;Index;2025-02-01 00:00;2025-02-01T00:00:00+01:00;1100;m³;Ménage;;"relevé\nen deux lignes"\r\n',
    );
  });

  it("reads back into the same readings the API lists", async () => {
    const res = await t.call("GET", readingsUrl(home.id), { cookie: home.cookie });
    const [, ...rows] = csvRows(res.body);
    const meters = (await t.call("GET", `/api/households/${home.id}/meters`, { cookie: home.cookie })).body;
    const listed = [];
    for (const meter of meters)
      for (const r of (await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: home.cookie })).body)
        listed.push({ readAt: new Date(r.readAt).getTime(), value: r.value });
    const back = rows.map((row) => ({
      readAt: new Date(row[4] as string).getTime(),
      value: Number((row[5] as string).replace(",", ".")),
    }));
    expect(back).toEqual(listed);
    expect(back).toHaveLength(5);
  });

  it("answers JSON with the same lines, and headers in the caller's language", async () => {
    const json = await t.call("GET", readingsUrl(home.id, "json"), { cookie: home.cookie });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toContain(`releves-${home.code}-2026-03-10.json`);
    expect(json.body.household).toEqual({ id: home.id, code: home.code });
    expect(json.body.lines[2]).toMatchObject({
      meterName: 'Cave; "le gros"',
      kind: "electricity",
      register: "day",
      readAt: "2025-07-01T06:30:00.000Z",
      value: 1234.567,
      unit: "kwh",
      source: "household",
      flags: [],
    });
    const dutch = await newHousehold({ consenting: false, language: "nl" });
    const res = await download(readingsUrl(dutch.id), dutch.cookie);
    expect(res.headers.get("content-disposition")).toContain("meterstanden-");
    expect(res.text.split("\r\n")[0]).toBe(
      `${BOM}Meter;Energie;Telwerk;Datum (Brusselse tijd);Tijdstempel ISO 8601;Meterstand;Eenheid;Bron;Kenmerken;Notitie`,
    );
  });
});

describe("consumption export", () => {
  it("lists months and energies with quantity, kWh, € (empty, said why) and CO₂", async () => {
    const res = await t.call("GET", consumptionUrl(home.id), { cookie: home.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="consommation-${home.code}-2026-03-10.csv"`,
    );
    const [header, ...rows] = csvRows(res.body);
    expect(header).toEqual([
      "Mois",
      "Énergie",
      "Quantité",
      "Unité",
      "kWh",
      "Renvoyé au réseau (kWh)",
      "Coût (€)",
      "CO₂ (kg)",
      "Part estimée (%)",
      "Jours relevés",
      "Jours du mois",
      "Remarque",
    ]);
    const gasJanuary = rows.find((r) => r[0] === "2025-01" && r[1] === "Gaz") as string[];
    // 1 100 − 1 000 = 100 m³ in January at the CREG typical 11.6 kWh/m³ (H gas): 1 160 kWh; no tariff.
    expect(gasJanuary.slice(2, 7)).toEqual(["100", "m³", "1160", "0", ""]);
    expect(gasJanuary[11]).toBe("tarif manquant");
    const json = await t.call("GET", consumptionUrl(home.id, "format=json&from=2025-01&to=2025-02"), {
      cookie: home.cookie,
    });
    expect(json.body).toMatchObject({ from: "2025-01-01", to: "2025-02-28" });
    expect(
      json.body.lines.find(
        (l: { month: string; energy: string }) => l.month === "2025-01" && l.energy === "gas",
      ),
    ).toMatchObject({
      quantity: 100,
      unit: "m3",
      kwh: 1160,
      costEur: null,
      costMissingReason: "tariff_missing",
    });
  });

  it("refuses a month written otherwise, naming the field", async () => {
    const res = await t.call("GET", consumptionUrl(home.id, "from=2025-13"), { cookie: home.cookie });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: "from", code: "invalid_format", message: "Donnez un mois comme 2026-01, à partir de 1971." },
    ]);
    // A year no reading can have is refused too (it used to answer 500).
    const ancient = await t.call("GET", consumptionUrl(home.id, "format=json&from=0099-12&to=2026-01"), {
      cookie: home.cookie,
    });
    expect(ancient.status).toBe(400);
    expect(ancient.body.errors[0]).toMatchObject({ field: "from", code: "custom" });
  });
});

describe("who may export", () => {
  it("the household, and staff of its organisation with its consent; never another household", async () => {
    for (const url of [readingsUrl(home.id), consumptionUrl(home.id)]) {
      for (const role of ["coordinator", "adviser", "housing_manager", "viewer"] as const)
        expect((await t.call("GET", url, { cookie: staff[role] })).status, `${role} ${url}`).toBe(200);
      expect((await t.call("GET", url, { cookie: neighbour.cookie })).status).toBe(404);
      expect((await t.call("GET", url, { cookie: staff.outsider })).status).toBe(404);
      expect((await t.call("GET", url)).status).toBe(401);
    }
    const private_ = await newHousehold({ consenting: false });
    const refused = await t.call("GET", readingsUrl(private_.id), { cookie: staff.adviser });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("household.no_consent");
  });

  it("records every staff export in the household's audit log, and not the household's own", async () => {
    const household = await newHousehold({ consenting: true });
    const exported = () =>
      t.db
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.subjectId, household.id), eq(auditLog.action, "household.readings_exported")));
    await t.call("GET", readingsUrl(household.id), { cookie: household.cookie });
    expect(await exported()).toEqual([]);
    await t.call("GET", readingsUrl(household.id, "json"), { cookie: staff.adviser });
    await t.call("GET", readingsUrl(household.id), { cookie: staff.adviser });
    // Every export, even twice in the same minute: data left the app each time.
    expect((await exported()).map((e) => e.details?.format).sort()).toEqual(["csv", "json"]);
  });
});
