import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import pino from "pino";
import { createApp } from "../../api/app.ts";
import { startOfBrusselsDay } from "../../api/consumption/brussels-days.ts";
import { shiftYears } from "../../api/consumption/household-consumption.ts";
import { importMeterFile } from "../../api/imports/imports.actions.ts";
import type { Db } from "../../db/client.ts";
import { degreeDaysMonthly, households, organisations, readings } from "../../db/schema/index.ts";
import { seedReferenceWeather } from "../../seeds/reference-weather.ts";
import { TEST_PIN } from "../factories/index.ts";
import { chunks, quarterHourYear } from "./smart-meter-file.ts";
import { type BenchTarget, benchHousehold, openDatabase, percentile } from "./smart-meter-setup.ts";

export interface ConsumptionBenchRow {
  database: BenchTarget["database"];
  window: string;
  endpointP50Ms: number;
  endpointP95Ms: number;
  rawSqlP50Ms: number;
  rawSqlP95Ms: number;
  /** Endpoint p95 ÷ raw SQL p95 (goal ≤ 3). */
  ratio: number;
}

const FIRST_YEAR = 2016;
const YEARS = 10;
const NOW = new Date(Date.UTC(FIRST_YEAR + YEARS, 0, 1, 12));

/**
 * GET /api/households/{id}/consumption?granularity=month for a household with ten years of data:
 * a day/night smart meter (quarter-hours imported year by year through the import path) and a gas
 * meter read by hand on the 1st of every month, in a gas-heated home whose station has degree-days for
 * those ten years (its gas is spread by its own model's weights, day by day: the costly case). Against
 * the raw SQL of the same figures: the
 * household's monthly kWh per energy for the window and the year before, from the same tables
 * (interval days summed, index pairs spread evenly over their days). Before timing, the raw SQL's
 * months are checked against the endpoint's kWh (this year and last year), so both answer the same
 * question. The endpoint also checks the session and consent, prices, converts and marks estimates;
 * the raw SQL does not. The two are called in turn, so a busy machine slows both alike.
 */
export async function runConsumptionBench(
  target: BenchTarget,
  requests: number,
): Promise<ConsumptionBenchRow[]> {
  const database = await openDatabase(target);
  try {
    const { ctx, household, newMeter } = await benchHousehold(database, NOW);
    await heatedByGasWithWeather(database.db, { orgId: ctx.orgId, householdId: household.id });
    const smart = await newMeter("electricity", ["day", "night"], startOfBrusselsDay(`${FIRST_YEAR}-01-01`));
    for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++)
      await importMeterFile({ ctx, meterId: smart, body: chunks(quarterHourYear(year).csv) });
    const gas = await newMeter("gas", ["single"], startOfBrusselsDay(`${FIRST_YEAR}-01-01`));
    // 95 m³ a month, 60 more from November to March: an index that only goes up.
    const gasIndex = (months: number) =>
      1000 +
      Array.from({ length: months }, (_, k) => 95 + (k % 12 < 3 || k % 12 > 9 ? 60 : 0)).reduce(
        (a, b) => a + b,
        0,
      );
    await database.db.insert(readings).values(
      Array.from({ length: YEARS * 12 + 1 }, (_, m) => ({
        organisationId: ctx.orgId,
        meterId: gas,
        register: "single" as const,
        readAt: startOfBrusselsDay(
          `${FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`,
        ),
        value: String(gasIndex(m)),
        source: "household" as const,
        clientId: randomUUID(),
        flags: m === 0 ? ["start"] : [],
      })),
    );
    const app = createApp({
      db: database.db,
      config: {
        sessionSecret: "bench-session-secret-0123456789abcdef",
        trustProxy: false,
        version: "bench",
        clock: () => NOW,
      },
      log: pino({ level: "silent" }),
    });
    const login = await app.request("/api/auth/household-login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: household.code, pin: TEST_PIN }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const windows: Array<[string, string, string]> = [
      [
        "last 12 months (the screen's default)",
        `${FIRST_YEAR + YEARS - 1}-01-01`,
        `${FIRST_YEAR + YEARS - 1}-12-31`,
      ],
      ["10 years, by month", `${FIRST_YEAR}-01-02`, `${FIRST_YEAR + YEARS - 1}-12-31`],
    ];
    const rows: ConsumptionBenchRow[] = [];
    for (const [label, from, to] of windows) {
      const url = `/api/households/${household.id}/consumption?from=${from}&to=${to}&granularity=month`;
      const endpoint = async () => {
        const res = await app.request(url, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`consumption answered ${res.status}`);
        return res.text();
      };
      const raw = () => rawMonthly(database.db, { orgId: ctx.orgId, householdId: household.id, from, to });
      const answer = JSON.parse(await endpoint()) as EndpointAnswer;
      checkSameFigures({ label, to, endpoint: answer, raw: rowsOf(await raw()) });
      if (!answer.notes.some((n) => n.code === "heating_by_degree_days" && n.energy === "gas"))
        throw new Error(`${label}: the gas was not spread by the home's model`);
      const [endpointMs, rawMs] = await latenciesInTurn(requests, endpoint, raw);
      const p95 = percentile(endpointMs, 95);
      const rawP95 = percentile(rawMs, 95);
      rows.push({
        database: target.database,
        window: label,
        endpointP50Ms: percentile(endpointMs, 50),
        endpointP95Ms: p95,
        rawSqlP50Ms: percentile(rawMs, 50),
        rawSqlP95Ms: rawP95,
        ratio: p95 / rawP95,
      });
    }
    return rows;
  } finally {
    await database.close();
  }
}

/** Latencies of two tasks called in turn (a warm-up first), the order swapped every other round. */
async function latenciesInTurn(
  count: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number[], number[]]> {
  for (let i = 0; i < Math.min(5, count); i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  const time = async (task: () => Promise<unknown>, out: number[]) => {
    const started = performance.now();
    await task();
    out.push(performance.now() - started);
  };
  for (let i = 0; i < count; i++) {
    if (i % 2) {
      await time(b, times[1]);
      await time(a, times[0]);
    } else {
      await time(a, times[0]);
      await time(b, times[1]);
    }
  }
  return times;
}

type EnergyFigures = { period: string; kwh: number | null; lastYear: { kwh: number | null } | null };
type EndpointAnswer = {
  energies: { energy: string; periods: EnergyFigures[] }[];
  notes: { code: string; energy?: string }[];
};

/**
 * The raw SQL answers what the endpoint answers: each month of the year before the window is the
 * endpoint's "last year" of the same month a year later, each month of the last year its own month.
 */
function checkSameFigures(c: {
  label: string;
  to: string;
  endpoint: EndpointAnswer;
  raw: { energy: string; month: string; kwh: number | string }[];
}) {
  const lastYearEnd = shiftYears(c.to, -1).slice(0, 7);
  for (const { energy, periods } of c.endpoint.energies)
    if (c.raw.filter((row) => row.energy === energy).length < periods.length)
      throw new Error(`${c.label}: the raw SQL has fewer ${energy} months than the endpoint`);
  for (const row of c.raw) {
    const energy = c.endpoint.energies.find((e) => e.energy === row.energy);
    const laterMonth = `${Number(row.month.slice(0, 4)) + 1}${row.month.slice(4)}`;
    const shown =
      row.month <= lastYearEnd
        ? energy?.periods.find((p) => p.period === laterMonth)?.lastYear?.kwh
        : energy?.periods.find((p) => p.period === row.month)?.kwh;
    if (shown == null || Math.abs(shown - Number(row.kwh)) > 0.01)
      throw new Error(`${c.label}: ${row.energy} ${row.month} raw SQL ${row.kwh} kWh, endpoint ${shown}`);
  }
}

/**
 * The household heats with gas; its organisation's station (the reference data's demo station) has
 * monthly equivalent 16.5 degree-days, the normals, from a year before the ten years to their end.
 */
async function heatedByGasWithWeather(db: Db, p: { orgId: string; householdId: string }) {
  await seedReferenceWeather(db, NOW);
  const normals = await db
    .select({ month: degreeDaysMonthly.month, degreeDays: degreeDaysMonthly.degreeDays })
    .from(degreeDaysMonthly)
    .where(sql`${degreeDaysMonthly.stationCode} = 'demo' and ${degreeDaysMonthly.kind} = 'normal'`);
  await db
    .insert(degreeDaysMonthly)
    .values(
      Array.from({ length: (YEARS + 1) * 12 }, (_, m) => {
        const month = `${FIRST_YEAR - 1 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
        const normal = normals.find((n) => n.month === month.slice(5))?.degreeDays as string;
        return {
          stationCode: "demo",
          convention: "equiv16_5" as const,
          kind: "measured" as const,
          month,
          degreeDays: normal,
          source: "bench: normals repeated",
        };
      }),
    )
    .onConflictDoNothing();
  await db.update(organisations).set({ weatherStationCode: "demo" }).where(eq(organisations.id, p.orgId));
  await db.update(households).set({ heatingType: "individual_gas" }).where(eq(households.id, p.householdId));
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The household's monthly kWh per energy over the window and the year before, in one statement. */
function rawMonthly(db: Db, p: { orgId: string; householdId: string; from: string; to: string }) {
  const from = shiftYears(p.from, -1);
  const to = p.to;
  return db.execute(sql`
    with household_meters as (
      select id, kind from meters where organisation_id = ${p.orgId} and household_id = ${p.householdId}
    ), pairs as (
      select (read_at at time zone 'Europe/Brussels')::date as d0,
             (lead(read_at) over w at time zone 'Europe/Brussels')::date as d1,
             lead(value) over w - value as quantity
      from readings join household_meters m on m.id = readings.meter_id and m.kind = 'gas'
      where organisation_id = ${p.orgId}
      window w as (partition by meter_id, register order by read_at)
    ), gas_days as (
      select day::date as day, quantity / (d1 - d0) as m3
      from pairs, generate_series(d0, d1 - 1, interval '1 day') as day
      where d1 is not null and d1 > ${from}::date and d0 <= ${to}::date
    )
    select 'gas' as energy, to_char(day, 'YYYY-MM') as month, sum(m3) * 11.6 as kwh
      from gas_days where day between ${from}::date and ${to}::date group by 2
    union all
    select 'electricity', to_char(day, 'YYYY-MM'), sum(total_kwh)
      from meter_interval_days join household_meters m on m.id = meter_interval_days.meter_id
      where organisation_id = ${p.orgId} and m.kind = 'electricity' and day between ${from}::date and ${to}::date
      group by 2`);
}
