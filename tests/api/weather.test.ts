import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { degreeDaysMonthly } from "../../db/schema/index.ts";
import { seedReferenceWeather } from "../../seeds/reference-weather.ts";
import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let admin: string;
let coordinator: string;
let household: string;

beforeAll(async () => {
  t = await setupTestApp(); // clock: 2026-03-10
  const org = await makeOrganisation(t.db);
  admin = await t.signIn((await makeUser(t.db, { isPlatformAdmin: true })).email as string);
  coordinator = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "coordinator" })).email as string,
  );
  household = await t.signInHousehold((await makeHousehold(t.db, { organisationId: org.id })).code);
});
afterAll(() => t.close());

const upload = (path: string, csv: string, cookie = admin) =>
  t.call("POST", path, { cookie, rawBody: csv, headers: { "content-type": "text/csv" } });
const series = (code: string, query: string, cookie = household) =>
  t.call("GET", `/api/weather/stations/${code}/degree-days?${query}`, { cookie });

/** `date;tmean_c` lines for consecutive days from `first`, one temperature each. */
function temperatureFile(first: string, temps: number[]): string {
  const start = Date.parse(`${first}T00:00:00Z`);
  const lines = temps.map(
    (temp, i) =>
      `${new Date(start + i * 86_400_000).toISOString().slice(0, 10)};${String(temp).replace(".", ",")}`,
  );
  return `date;tmean_c\n${lines.join("\n")}\n`;
}

describe("stations and reference data", () => {
  it("lists Uccle and the demo station to everyone signed in, with what each holds", async () => {
    expect((await t.call("GET", "/api/weather/stations")).status).toBe(401);
    for (const cookie of [household, coordinator, admin]) {
      const res = await t.call("GET", "/api/weather/stations", { cookie });
      expect(res.status).toBe(200);
      expect(res.body.map((s: { code: string }) => s.code)).toEqual(["demo", "uccle"]);
    }
    const res = await t.call("GET", "/api/weather/stations", { cookie: household });
    const [demo, uccle] = res.body;
    expect(demo).toMatchObject({ code: "demo", label: "normales (démo)", recentMonthsMissing: [] });
    // Synergrid's page stopped in January 2023: the last three months before the test's March 2026 lack data.
    expect(uccle.recentMonthsMissing).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(uccle.monthlySeries).toEqual([
      { convention: "equiv16_5", kind: "measured", firstMonth: "2021-01", lastMonth: "2023-01", months: 24 },
      { convention: "equiv16_5", kind: "normal", firstMonth: "01", lastMonth: "12", months: 12 },
    ]);
  });

  it("answers Synergrid's months for Uccle and says December 2022 is missing, never invented", async () => {
    const res = await series("uccle", "convention=equiv16_5&from=2022-10&to=2023-01");
    expect(res.status).toBe(200);
    expect(
      res.body.values.map((v: { period: string; degreeDays: number }) => [v.period, v.degreeDays]),
    ).toEqual([
      ["2022-10", 73],
      ["2022-11", 218],
      ["2023-01", 346],
    ]);
    expect(res.body.missingMonths).toEqual(["2022-12"]);
    expect(res.body.station).toEqual({ code: "uccle", name: "Uccle (IRM/KMI)", label: null });
  });

  it("answers the twelve 1991–2020 normals", async () => {
    const res = await series("uccle", "convention=equiv16_5&kind=normal");
    expect(res.status).toBe(200);
    expect(res.body.values).toHaveLength(12);
    expect(res.body.values[0]).toMatchObject({ period: "01", degreeDays: 396 });
    expect(res.body.values.reduce((sum: number, v: { degreeDays: number }) => sum + v.degreeDays, 0)).toBe(
      2252,
    );
    expect(res.body.missingMonths).toEqual([]);
    expect((await series("uccle", "convention=equiv16_5&kind=normal&granularity=day")).status).toBe(400);
  });

  it("refuses an unknown station, a convention it does not know and a bad period", async () => {
    expect((await series("nowhere", "convention=equiv16_5&from=2024-01&to=2024-02")).body.code).toBe(
      "weather.station_not_found",
    );
    expect((await series("uccle", "convention=dj16&from=2024-01&to=2024-02")).status).toBe(400);
    const reversed = await series("uccle", "convention=dj15_15&from=2024-03&to=2024-02");
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([
      { field: "to", code: "custom", message: "La fin de la période doit venir après son début." },
    ]);
  });
});

describe("importing daily temperatures", () => {
  it("is for the platform administrator only", async () => {
    const csv = temperatureFile("2024-01-01", [5]);
    expect((await upload("/api/weather/stations/uccle/temperatures", csv, coordinator)).status).toBe(403);
    expect((await upload("/api/weather/stations/uccle/temperatures", csv, household)).status).toBe(403);
    expect((await t.call("POST", "/api/weather/stations/uccle/temperatures", { rawBody: csv })).status).toBe(
      401,
    );
  });

  it("stores both degree-day conventions per day, and the same file again changes nothing", async () => {
    // 30 December 2023 to 31 January 2024: January is complete for both conventions.
    const temps = Array.from({ length: 33 }, (_, i) => (i % 2 ? 3 : 6.5));
    const csv = temperatureFile("2023-12-30", temps);
    const first = await upload("/api/weather/stations/uccle/temperatures", csv);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      format: "date_tmean",
      rowsRead: 33,
      daysImported: 33,
      from: "2023-12-30",
      to: "2024-01-31",
      daysWithoutValue: [],
      degreeDaysChanged: { dj15_15: 33, equiv16_5: 31 },
    });
    const again = await upload("/api/weather/stations/uccle/temperatures", csv);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ daysImported: 0, degreeDaysChanged: { dj15_15: 0, equiv16_5: 0 } });

    const days = await series("uccle", "convention=equiv16_5&granularity=day&from=2024-01-01&to=2024-01-03");
    // 2 Jan (3 °C): 0.6·13.5 + 0.3·10 (1 Jan, 6.5 °C) + 0.1·13.5 (31 Dec, 3 °C) = 12.45
    expect(days.body.values.map((v: { degreeDays: number }) => v.degreeDays)).toEqual([11.05, 12.45, 11.05]);
    expect(days.body.missingMonths).toEqual([]);

    // DJ 15/15 of January: 16 days at 6.5 °C (8.5) and 15 days at 3 °C (12) = 316.
    const month = await series("uccle", "convention=dj15_15&from=2024-01&to=2024-02");
    expect(month.body.values).toEqual([
      { period: "2024-01", degreeDays: 316, source: "calculé à partir des températures journalières" },
    ]);
    expect(month.body.missingMonths).toEqual(["2024-02"]);
  });

  it("recomputes the two days after a day whose temperature is imported late", async () => {
    await upload("/api/weather/stations/uccle/temperatures", temperatureFile("2024-03-01", [10, 10]));
    await upload("/api/weather/stations/uccle/temperatures", temperatureFile("2024-03-04", [10, 10, 10]));
    const gap = await series("uccle", "convention=equiv16_5&granularity=day&from=2024-03-01&to=2024-03-06");
    expect(gap.body.values.map((v: { period: string }) => v.period)).toEqual(["2024-03-06"]);
    expect(gap.body.incompleteMonths).toEqual([
      {
        month: "2024-03",
        missingDays: ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05"],
      },
    ]);
    const filled = await upload(
      "/api/weather/stations/uccle/temperatures",
      temperatureFile("2024-03-03", [10]),
    );
    expect(filled.body.degreeDaysChanged).toEqual({ dj15_15: 1, equiv16_5: 3 });
    const after = await series("uccle", "convention=equiv16_5&granularity=day&from=2024-03-01&to=2024-03-06");
    expect(after.body.values.map((v: { period: string }) => v.period)).toEqual([
      "2024-03-03",
      "2024-03-04",
      "2024-03-05",
      "2024-03-06",
    ]);
  });

  it("reads the RMI open-data export and reports the days it lists without a value", async () => {
    const csv = [
      "FID,code,timestamp,temp_avg,temp_max,temp_min,the_geom",
      "aws_1day.1,6447,2025-01-01T00:00:00Z,4.5,7,2,POINT (50.79 4.36)",
      "aws_1day.2,6447,2025-01-02T00:00:00Z,,,,POINT (50.79 4.36)",
    ].join("\n");
    const res = await upload("/api/weather/stations/uccle/temperatures", csv);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      format: "rmi_aws_1day",
      daysImported: 1,
      daysWithoutValue: ["2025-01-02"],
    });
  });

  it("refuses a file with a bad row, naming its line and column, and writes nothing", async () => {
    const csv = "date;tmean_c\n2024-06-01;12\n2024-06-02;douze\n";
    const res = await upload("/api/weather/stations/uccle/temperatures", csv);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body).toMatchObject({
      code: "weather.bad_row",
      title: "La ligne 3 du fichier ne peut pas être lue.",
      line: 3,
      errors: [
        {
          field: "tmean_c",
          code: "weather.reason.temperature",
          message: "La température n'est pas un nombre (attendu : 7,5).",
        },
      ],
    });
    const june = await series("uccle", "convention=dj15_15&granularity=day&from=2024-06-01&to=2024-06-02");
    expect(june.body.values).toEqual([]);
    expect(june.body.missingMonths).toEqual(["2024-06"]);
    const unknown = await upload("/api/weather/stations/uccle/temperatures", "jour;t\n2024-06-01;3\n");
    expect(unknown.body).toMatchObject({ code: "weather.unknown_temperature_format", line: 1 });
    expect((await upload("/api/weather/stations/nowhere/temperatures", "date;tmean_c\n")).status).toBe(404);
  });
});

describe("importing monthly degree-day tables", () => {
  const path = "/api/weather/stations/uccle/degree-days?convention=equiv16_5&kind=measured&source=Synergrid";

  it("is for the platform administrator only", async () => {
    const csv = "month;degree_days\n2022-12;350\n";
    expect((await upload(path, csv, coordinator)).status).toBe(403);
    expect((await upload(path, csv, household)).status).toBe(403);
  });

  it("fills a missing month once; the same table again changes nothing", async () => {
    const csv = "month;degree_days\n2022-11;218\n2022-12;350,5\n";
    const first = await upload(path, csv);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ rowsRead: 2, monthsImported: 1, from: "2022-11", to: "2022-12" });
    const again = await upload(path, csv);
    expect(again.status).toBe(200);
    expect(again.body.monthsImported).toBe(0);
    const res = await series("uccle", "convention=equiv16_5&from=2022-10&to=2023-01", coordinator);
    expect(res.body.missingMonths).toEqual([]);
    expect(res.body.values[2]).toEqual({ period: "2022-12", degreeDays: 350.5, source: "Synergrid" });
  });

  it("refuses a bad month with its line, and a table without the two columns", async () => {
    const bad = await upload(path, "month;degree_days\n2023-02;300\n2023-3;250\n");
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ line: 3, errors: [{ field: "month", code: "weather.reason.month" }] });
    const res = await series("uccle", "convention=equiv16_5&from=2023-02&to=2023-02");
    expect(res.body.missingMonths).toEqual(["2023-02"]);
    const unknown = await upload(path, "mois;dj\n2023-02;300\n");
    expect(unknown.body.code).toBe("weather.unknown_degree_day_format");
    const noConvention = await upload(
      "/api/weather/stations/uccle/degree-days",
      "month;degree_days\n2023-02;1\n",
    );
    expect(noConvention.status).toBe(400);
  });

  it("stores normals by month of the year for DJ 15/15", async () => {
    const normals = await upload(
      "/api/weather/stations/uccle/degree-days?convention=dj15_15&kind=normal",
      "month;degree_days\n1;300\n2;260\n",
    );
    expect(normals.status).toBe(201);
    const res = await series("uccle", "convention=dj15_15&kind=normal");
    expect(res.body.values.map((v: { period: string }) => v.period)).toEqual(["01", "02"]);
    expect(res.body.missingMonths).toEqual(["03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]);
  });
});

describe("asking for degree-days", () => {
  it("names the field at fault, and refuses centuries of days", async () => {
    const field = async (query: string) => {
      const res = await series("uccle", query);
      expect(res.status).toBe(400);
      return res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]);
    };
    expect(await field("convention=dj15_15")).toEqual([
      ["from", "Donnez le début et la fin de la période (from et to)."],
    ]);
    expect((await field("convention=dj15_15&from=0100-01-01&to=2026-01-01"))[0][0]).toBe("from");
    expect(await field("convention=dj15_15&granularity=day&from=2000-01-01&to=2026-01-01")).toEqual([
      ["to", "Par jour, demandez au plus dix ans à la fois ; par mois, autant que vous voulez."],
    ]);
    expect((await field("convention=dj15_15&kind=normal&granularity=day"))[0][0]).toBe("granularity");
    expect((await series("uccle", "convention=dj15_15&from=1950-01&to=2026-01")).status).toBe(200);
  });
});

describe("the demo station", () => {
  it("has the normals as its months up to last month, labelled as such, and leaves this month out", async () => {
    // The template was seeded at the real date; seeding again at the test clock only adds what is missing.
    const rows = async () => (await t.db.select({ n: count() }).from(degreeDaysMonthly))[0]?.n;
    await seedReferenceWeather(t.db, t.clock.now);
    const seeded = await rows();
    await seedReferenceWeather(t.db, t.clock.now);
    expect(await rows()).toBe(seeded);
    const res = await series("demo", "convention=equiv16_5&from=2026-01&to=2026-03");
    expect(res.status).toBe(200);
    expect(res.body.station.label).toBe("normales (démo)");
    // The test clock is 2026-03-10: March is not over.
    expect(
      res.body.values.map((v: { period: string; degreeDays: number }) => [v.period, v.degreeDays]),
    ).toEqual([
      ["2026-01", 396],
      ["2026-02", 349],
    ]);
    expect(res.body.missingMonths).toEqual([]);
  });
});
