import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthsBetween } from "../../api/weather/months.ts";
import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let admin: string;
let coordinator: string;
let household: string;

beforeAll(async () => {
  t = await setupTestApp(); // clock: 2026-03-10, so February 2026 is the last complete month
  const org = await makeOrganisation(t.db);
  admin = await t.signIn((await makeUser(t.db, { isPlatformAdmin: true })).email as string);
  coordinator = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "coordinator" })).email as string,
  );
  household = await t.signInHousehold((await makeHousehold(t.db, { organisationId: org.id })).code);
});
afterAll(() => t.close());

const coverage = (code: string, cookie = household) =>
  t.call("GET", `/api/weather/stations/${code}/coverage`, { cookie });
const upload = (path: string, csv: string) =>
  t.call("POST", path, { cookie: admin, rawBody: csv, headers: { "content-type": "text/csv" } });
interface ConventionCoverage {
  convention: string;
  fromMonth: string | null;
  missingMonths: string[];
  incompleteMonths: Array<{ month: string; missingDays: string[] }>;
}
const ofConvention = (body: { conventions: ConventionCoverage[] }, convention: string) =>
  body.conventions.find((c) => c.convention === convention);

describe("a station's coverage", () => {
  it("lists Uccle's missing months from Synergrid's first month to last month, to everyone signed in", async () => {
    expect((await t.call("GET", "/api/weather/stations/uccle/coverage")).status).toBe(401);
    for (const cookie of [household, coordinator, admin])
      expect((await coverage("uccle", cookie)).status).toBe(200);

    const res = await coverage("uccle");
    expect(res.body.station).toEqual({ code: "uccle", name: "Uccle (IRM/KMI)", label: null });
    expect(res.body.throughMonth).toBe("2026-02");
    expect(ofConvention(res.body, "equiv16_5")).toEqual({
      convention: "equiv16_5",
      fromMonth: "2021-01",
      monthsWithData: 24,
      // The stored copy of Synergrid's page lacks December 2022 and stops in January 2023.
      missingMonths: ["2022-12", ...monthsBetween("2023-02", "2026-02")],
      incompleteMonths: [],
    });
    // No DJ 15/15 month is stored: there is no window, so nothing is said to be missing.
    expect(ofConvention(res.body, "dj15_15")).toEqual({
      convention: "dj15_15",
      fromMonth: null,
      monthsWithData: 0,
      missingMonths: [],
      incompleteMonths: [],
    });
  });

  it("says the demo station, labelled as normals, misses nothing", async () => {
    const res = await coverage("demo");
    expect(res.body.station.label).toBe("normales (démo)");
    expect(ofConvention(res.body, "equiv16_5")?.missingMonths).toEqual([]);
  });

  it("follows imports: a month filled leaves the list, daily temperatures open a window", async () => {
    await upload(
      "/api/weather/stations/uccle/degree-days?convention=equiv16_5&source=Synergrid",
      "month;degree_days\n2022-12;350\n",
    );
    // 30 January to 3 February 2026: both months have some days only.
    const days = ["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03"];
    await upload(
      "/api/weather/stations/uccle/temperatures",
      `date;tmean_c\n${days.map((d) => `${d};4`).join("\n")}\n`,
    );
    const res = await coverage("uccle", coordinator);
    expect(ofConvention(res.body, "equiv16_5")?.missingMonths).toEqual(monthsBetween("2023-02", "2026-02"));
    const dj = ofConvention(res.body, "dj15_15");
    expect(dj).toMatchObject({
      fromMonth: "2026-01",
      monthsWithData: 0,
      missingMonths: ["2026-01", "2026-02"],
    });
    expect(dj?.incompleteMonths.map((m) => m.month)).toEqual(["2026-01", "2026-02"]);
  });

  it("answers 404 for a station the platform does not hold", async () => {
    const res = await coverage("nowhere");
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("weather.station_not_found");
  });
});
