import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_MESSAGES, refusedRowMessage } from "../../api/imports/import-messages.ts";
import type { RowReason } from "../../api/imports/import-refusals.ts";
import { DUTCH_HEADER, dutchLine, fixture, uploadCsv, uploadForm } from "../factories/imports.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let adviser: string;
let home: { id: string; cookie: string };

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Quart" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  home = { id: created.body.household.id, cookie };
  await t.call("POST", `/api/households/${home.id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
});
afterAll(() => t.close());

async function newMeter(body: Record<string, unknown> = {}) {
  const res = await t.call("POST", `/api/households/${home.id}/meters`, {
    cookie: home.cookie,
    body: {
      kind: "electricity",
      name: "Compteur intelligent",
      registers: ["day", "night"],
      ean: "541448820000000017",
      startedAt: "2024-01-01",
      startIndex: { day: 0, night: 0 },
      ...body,
    },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const day = (id: string, date: string) =>
  t.call("GET", `/api/households/${id}/consumption?from=${date}&to=${date}&granularity=day`, {
    cookie: adviser,
  });

describe("smart-meter import", () => {
  it("imports a Dutch quarter-hour file with the repeated October hour as distinct instants", async () => {
    const meterId = await newMeter();
    const res = await uploadCsv(t, meterId, adviser, fixture("dutch-v1-october-dst.csv"));
    expect(res.status).toBe(201);
    // 10 quarter-hours from 01:45 CEST to 03:15 CET: 02:00–02:45 twice, first in summer time.
    expect(res.body).toEqual({
      rowsRead: 30,
      rowsImported: 20,
      from: "2024-10-26T23:45:00.000Z",
      to: "2024-10-27T02:15:00.000Z",
      registers: ["day", "night"],
      flags: ["empty_registers_ignored"],
    });
    const [electricity] = (await day(home.id, "2024-10-27")).body.energies;
    // 0,081 + 0,075 + 0,070 + 0,068 + 0,066 + 0,064 + 0,063 + 0,061 + 0,060 + 0,059 = 0,667 kWh, measured.
    expect(electricity.periods[0]).toMatchObject({ period: "2024-10-27", estimatedShare: 0 });
    expect(electricity.periods[0].quantity).toBeCloseTo(0.667, 6);

    const again = await uploadCsv(t, meterId, home.cookie, fixture("dutch-v1-october-dst.csv"));
    expect(again.status).toBe(200);
    expect(again.body.rowsImported).toBe(0);
    const list = await t.call("GET", `/api/meters/${meterId}/imports`, { cookie: home.cookie });
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({
      rowsRead: 30,
      rowsImported: 20,
      format: "dutch_v1",
      registers: ["day", "night"],
    });
  });

  it("imports an hourly file of the day summer time starts (23 hours), keeping the operator's estimate flag", async () => {
    const meterId = await newMeter();
    const res = await uploadCsv(t, meterId, adviser, fixture("dutch-v2-march-dst.csv"));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      rowsRead: 9,
      rowsImported: 9,
      from: "2024-03-30T23:00:00.000Z", // 00:00 CET
      to: "2024-03-31T04:00:00.000Z", // 06:00 CEST: the 02:00 hour never existed
      flags: ["estimated_values"],
    });
  });

  it("keeps a gas file's kWh, its m³ beside them, and flags an odd calorific value", async () => {
    const meterId = await newMeter({ kind: "gas", registers: ["single"], ean: undefined, startIndex: 0 });
    const res = await uploadCsv(t, meterId, adviser, fixture("english-gas.csv"));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      rowsRead: 10,
      registers: ["single"],
      flags: ["calorific_value_out_of_range"],
    });
    const gas = (await day(home.id, "2024-10-27")).body.energies.find(
      (e: { energy: string }) => e.energy === "gas",
    );
    // kWh as measured: 2,394 + 2,166 + 2,109 + 1,500 + 0 = 8,169; m³: 0,210 + 0,190 + 0,185 + 0,100 = 0,685.
    expect(gas.periods[0].kwh).toBeCloseTo(8.169, 6);
    expect(gas.periods[0].quantity).toBeCloseTo(0.685, 6);
  });

  it("imports a generic timestamp;kWh file with the column mapping sent as multipart fields", async () => {
    const meterId = await newMeter({ registers: ["single"], ean: undefined, startIndex: 0 });
    const csv = fixture("generic-hourly.csv");
    const unmapped = await uploadForm(t, meterId, adviser, csv);
    expect(unmapped.status).toBe(422);
    expect(unmapped.body.code).toBe("import.unknown_format");
    const res = await uploadForm(t, meterId, adviser, csv, {
      timestampColumn: "timestamp",
      valueColumn: "kWh",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rowsRead: 5, registers: ["single"], from: "2024-10-26T22:00:00.000Z" });
    expect(res.body.to).toBe("2024-10-27T03:00:00.000Z"); // 03:00 CET, after the two 02:00 hours
  });

  it("refuses a generic file in a unit the meter does not count in, and a value no meter could give", async () => {
    const meterId = await newMeter({ registers: ["single"], ean: undefined, startIndex: 0 });
    const mapping = { timestampColumn: "timestamp", valueColumn: "kWh" };
    const m3 = await uploadForm(t, meterId, adviser, fixture("generic-hourly.csv"), {
      ...mapping,
      unit: "m3",
    });
    expect(m3.status).toBe(422);
    expect(m3.body.errors[0]).toMatchObject({ field: "unit", code: "import.reason.unit" });
    for (const huge of [`1${"0".repeat(40)}`, `1${"0".repeat(400)}`]) {
      const res = await uploadForm(t, meterId, adviser, `timestamp;kWh\n2024-10-27 00:00;${huge}\n`, mapping);
      expect(res.status).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ field: "kWh", code: "import.reason.value" });
    }
    expect((await t.call("GET", `/api/meters/${meterId}/imports`, { cookie: adviser })).body).toEqual([]);
  });

  it("answers a form that is not the multipart it claims to be with a plain 400 on the file", async () => {
    const meterId = await newMeter({ registers: ["single"], ean: undefined, startIndex: 0 });
    const res = await t.app.request(`/api/meters/${meterId}/imports`, {
      method: "POST",
      headers: { cookie: adviser, "content-type": "multipart/form-data; boundary=xyz" },
      body: "garbage",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body = await res.json();
    expect(body.errors[0]).toMatchObject({ field: "file" });
    expect(body.errors[0].message).toContain("n'a pas pu être lu");
  });

  it("refuses a broken line with its number, the column and the reason, and writes nothing", async () => {
    const meterId = await newMeter();
    const res = await uploadCsv(t, meterId, adviser, fixture("broken-row.csv"));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body).toMatchObject({
      code: "import.bad_row",
      line: 5,
      title: "La ligne 5 du fichier ne peut pas être lue.",
      errors: [{ field: "Volume", code: "import.reason.value" }],
    });
    expect(res.body.errors[0].message).toContain("0,123");
    expect((await t.call("GET", `/api/meters/${meterId}/imports`, { cookie: adviser })).body).toEqual([]);
  });

  it("refuses another meter's file, naming both EAN codes", async () => {
    const meterId = await newMeter();
    const res = await uploadCsv(t, meterId, adviser, fixture("ean-mismatch.csv"));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("import.ean_mismatch");
    expect(res.body.detail).toContain("541448820000000024");
    expect(res.body.detail).toContain("541448820000000017");
  });

  it("refuses a register the meter does not have, and a file it does not know", async () => {
    const meterId = await newMeter({ registers: ["single"], startIndex: 0 });
    const res = await uploadCsv(t, meterId, adviser, fixture("dutch-v1-october-dst.csv"));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: "import.unknown_register",
      line: 2,
      errors: [{ field: "Register" }],
    });
    const unknown = await uploadCsv(t, meterId, adviser, "date,valeur\n2024-01-01,3\n");
    expect(unknown.body).toMatchObject({ code: "import.unknown_format", line: 1 });
  });

  it("refuses days before a meter's start or after its replacement, naming the first such line", async () => {
    const meterId = await newMeter({ registers: ["single"], startIndex: 0, startedAt: "2024-03-01" });
    const daily = (days: string[]) =>
      [DUTCH_HEADER, ...days.map((d) => dutchLine(d, "00:00", "00:00", "Afname", "5,000"))].join("\n");
    const early = await uploadCsv(t, meterId, adviser, daily(["2024-03-01", "2024-02-29"]));
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      code: "import.bad_row",
      line: 3,
      errors: [{ field: "Van tijdstip", code: "import.reason.outside_meter_period" }],
    });
    // The line was read fine: the refusal says why it cannot go on this meter and what to do, not
    // that the line cannot be read nor that downloading the file again would help.
    expect(early.body.title).toBe(
      "La ligne 3 du fichier tombe avant la mise en service de ce compteur ou après son remplacement.",
    );
    expect(early.body.detail).toBe(
      "Rien n'a été importé. Importez ce fichier sur le compteur qui était en place à ces dates, ou retirez du fichier les jours où ce compteur n'était pas en place.",
    );
    expect(early.body.errors[0].message).toBe("Colonne « Van tijdstip » du fichier.");

    const replaced = await t.call("POST", `/api/meters/${meterId}/replace`, {
      cookie: adviser,
      body: { replacedAt: "2024-03-10", finalIndex: 50, newMeter: { startIndex: 0 } },
    });
    expect(replaced.status).toBe(201);
    const late = await uploadCsv(t, meterId, adviser, daily(["2024-03-08", "2024-03-09", "2024-03-10"]));
    expect(late.body).toMatchObject({ code: "import.bad_row", line: 4 });
    expect((await t.call("GET", `/api/meters/${meterId}/imports`, { cookie: adviser })).body).toEqual([]);
    const before = await uploadCsv(t, meterId, adviser, daily(["2024-03-08"]));
    expect(before.status).toBe(201);
  });

  it("says a whole operator file dated before the meter was put in is for another meter, in the user's language", async () => {
    // The reviewer's case: a 2024 file on a meter put in later, read line by line without fault.
    const meterId = await newMeter({ startedAt: "2025-06-01" });
    const res = await uploadCsv(t, meterId, adviser, fixture("dutch-v1-october-dst.csv"));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: "import.bad_row",
      line: 2,
      title: "La ligne 2 du fichier tombe avant la mise en service de ce compteur ou après son remplacement.",
      errors: [{ field: "Van tijdstip", code: "import.reason.outside_meter_period" }],
    });
    for (const text of [res.body.title, res.body.detail]) {
      expect(text).not.toMatch(/ne peut pas être lue|téléchargez à nouveau|Corrigez cette ligne/);
    }
    await t.call("PATCH", "/api/me", { cookie: adviser, body: { language: "nl" } });
    try {
      const dutch = await uploadCsv(t, meterId, adviser, fixture("dutch-v1-october-dst.csv"));
      expect(dutch.body.title).toBe(
        "Regel 2 van het bestand valt vóór de ingebruikname van deze meter of na zijn vervanging.",
      );
      expect(dutch.body.errors[0].message).toBe("Kolom „Van tijdstip” van het bestand.");
    } finally {
      await t.call("PATCH", "/api/me", { cookie: adviser, body: { language: "fr" } });
    }
  });

  it("refuses a file with a quote never closed at the line where it opens, and writes nothing (it was a 500)", async () => {
    const meterId = await newMeter({ registers: ["single"], ean: undefined, startIndex: 0 });
    const broken = [
      DUTCH_HEADER,
      dutchLine("2024-11-05", "10:00", "10:15", "Afname", "0,100"),
      dutchLine("2024-11-05", "10:15", "10:30", "Afname", "0,200"),
      dutchLine("2024-11-05", "10:30", "10:45", "Afname", '"0,300'),
    ].join("\n");
    const res = await uploadCsv(t, meterId, adviser, broken);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: "import.bad_row", line: 4 });
    expect(res.body.errors[0].code).toBe("import.reason.syntax");
    expect((await t.call("GET", `/api/meters/${meterId}/imports`, { cookie: adviser })).body).toEqual([]);
  });

  it("keeps 'cannot be read' for lines that cannot be made out, and gives every other refusal its own words", () => {
    const unreadable = ["columns", "date", "time", "value", "syntax"];
    const reasons = Object.keys(IMPORT_MESSAGES).filter((code) => code.startsWith("import.reason."));
    for (const reason of reasons) {
      const own = refusedRowMessage(reason as RowReason);
      if (unreadable.includes(reason.slice("import.reason.".length))) expect(own, reason).toBeUndefined();
      else expect(own && IMPORT_MESSAGES[own]?.detail, reason).toBeTruthy();
    }
  });

  it("lets a newer file replace the days it holds, never adding them twice", async () => {
    const meterId = await newMeter({ registers: ["single"], ean: undefined, startIndex: 0 });
    const file = (value: string) =>
      [
        DUTCH_HEADER,
        dutchLine("2024-11-05", "10:00", "10:15", "Afname", value),
        dutchLine("2024-11-06", "10:00", "10:15", "Afname", "0,200"),
      ].join("\n");
    expect((await uploadCsv(t, meterId, adviser, file("0,100"))).status).toBe(201);
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    const newer = await uploadCsv(t, meterId, adviser, file("0,150"));
    expect(newer.status).toBe(201);
    expect(newer.body.rowsImported).toBe(1); // only 5 November differs
    const res = await t.call(
      "GET",
      `/api/households/${home.id}/consumption?from=2024-11-05&to=2024-11-06&granularity=month`,
      { cookie: adviser },
    );
    const electricity = res.body.energies.find((e: { energy: string }) => e.energy === "electricity");
    expect(electricity.total.quantity).toBeCloseTo(0.35, 6); // 0,150 + 0,200
    const list = await t.call("GET", `/api/meters/${meterId}/imports`, { cookie: adviser });
    expect(list.body.map((i: { rowsImported: number }) => i.rowsImported)).toEqual([1, 2]);
  });

  it("answers 413 to a file larger than the limit", async () => {
    const meterId = await newMeter();
    const res = await uploadCsv(t, meterId, adviser, `${DUTCH_HEADER}\n${"x".repeat(21 * 1024 * 1024)}`);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe("import.too_large");
  });
});
