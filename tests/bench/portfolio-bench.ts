import { sql } from "drizzle-orm";
import pino from "pino";
import { createApp } from "../../api/app.ts";
import { portfolioQuery } from "../../api/buildings/portfolio.repo.ts";
import type { Db } from "../../db/client.ts";
import { makeOrganisation, makeUser, TEST_PASSWORD } from "../factories/index.ts";
import { table } from "./report.ts";
import { type BenchTarget, openDatabase, percentile } from "./smart-meter-setup.ts";

export interface PortfolioBenchRow {
  database: BenchTarget["database"];
  case: string;
  endpointP50Ms: number;
  endpointP95Ms: number;
  rawSqlP50Ms: number;
  rawSqlP95Ms: number;
  /** Endpoint p95 ÷ raw SQL p95 (goal ≤ 3, endpoint p95 under 200 ms). */
  ratio: number;
  /** The same figures from the readings themselves, once: what reading raw data would cost. */
  fromReadingsMs: number;
}

const YEARS = 10;
const FIRST_YEAR = 2016;
const NOW = new Date(Date.UTC(FIRST_YEAR + YEARS, 0, 15, 12));
const NORMALS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];

/**
 * GET /api/buildings/portfolio for a housing company with `buildings` buildings and ten years of
 * data: the monthly rollup written directly (what ten years of daily boiler data roll up to: one row
 * per building and month, and the heating series the rollup row keeps), each building's boiler meter with its 121 monthly indexes, and an open
 * alert on one building in ten. Against the raw SQL of the same query (the statement the endpoint
 * runs, executed bare), called in turn; the endpoint also checks the session and role, looks for
 * stale rollups, and shapes the JSON. The first page of the endpoint is checked against the raw
 * rows first, so both answer the same question.
 */
export async function runPortfolioBench(
  target: BenchTarget,
  { buildings, requests }: { buildings: number; requests: number },
): Promise<PortfolioBenchRow[]> {
  const database = await openDatabase(target);
  try {
    const { db } = database;
    const org = await makeOrganisation(db, { kind: "slsp" });
    const manager = await makeUser(db, { organisationId: org.id, role: "housing_manager" });
    await generate(db, org.id, buildings);
    const app = createApp({
      db,
      config: {
        sessionSecret: "bench-session-secret-0123456789abcdef",
        trustProxy: false,
        version: "bench",
        clock: () => NOW,
      },
      log: pino({ level: "silent" }),
    });
    const login = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: manager.email, password: TEST_PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const cases: Array<[string, string, { sort: "rank" | "name"; limit: number }]> = [
      ["first page: 100 by normal-year kWh/m²", "?sort=rank&limit=100", { sort: "rank", limit: 100 }],
      [
        `all ${buildings.toLocaleString("en-US")} buildings, by name`,
        `?sort=name&limit=${buildings}`,
        { sort: "name", limit: buildings },
      ],
    ];
    const rows: PortfolioBenchRow[] = [];
    for (const [label, query, page] of cases) {
      const endpoint = async () => {
        const res = await app.request(`/api/buildings/portfolio${query}`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`portfolio answered ${res.status}`);
        return (await res.json()) as { buildings: Array<{ id: string; last12MonthsKwh: number | null }> };
      };
      const statement = portfolioQuery({
        orgId: org.id,
        trendFrom: `${FIRST_YEAR + YEARS - 2}-01-01`,
        last12From: `${FIRST_YEAR + YEARS - 1}-01-01`,
        thisMonth: `${FIRST_YEAR + YEARS}-01-01`,
        order: "asc",
        openAlertsOnly: false,
        offset: 0,
        ...page,
      });
      const raw = async () => rowsOf<{ id: string; last12_kwh: number | null }>(await db.execute(statement));
      checkSameRows(label, (await endpoint()).buildings, await raw());
      const [endpointMs, rawMs] = await latenciesInTurn(requests, endpoint, raw);
      const started = performance.now();
      await fromReadings(db, org.id);
      const fromReadingsMs = performance.now() - started;
      rows.push({
        database: target.database,
        case: label,
        endpointP50Ms: percentile(endpointMs, 50),
        endpointP95Ms: percentile(endpointMs, 95),
        rawSqlP50Ms: percentile(rawMs, 50),
        rawSqlP95Ms: percentile(rawMs, 95),
        ratio: percentile(endpointMs, 95) / percentile(rawMs, 95),
        fromReadingsMs,
      });
    }
    return rows;
  } finally {
    await database.close();
  }
}

/** Buildings, their boiler meters and monthly indexes, the rollup and its state, some open alerts. */
async function generate(db: Db, orgId: string, buildings: number) {
  await db.execute(sql`
    insert into buildings (organisation_id, code, name, address, postcode, commune, heated_area_m2, dwelling_count, heating_system)
    select ${orgId}, 'B-' || lpad(i::text, 5, '0'), 'Résidence ' || i, 'Rue du Parc ' || i, '4000',
      (array['Liège', 'Namur', 'Charleroi', 'Mons'])[1 + i % 4], 800 + (i % 50) * 40, 10 + i % 40,
      (case when i % 5 = 0 then 'oil_boiler' else 'gas_boiler' end)::building_heating_system
    from generate_series(1, ${buildings}) i`);
  await db.execute(sql`
    insert into meters (organisation_id, building_id, kind, name, icon, registers, gas_type, started_at)
    select organisation_id, id, 'gas', 'Chaudière', 'gas', '{single}', 'H', ${`${FIRST_YEAR}-01-01`}::timestamptz
    from buildings where organisation_id = ${orgId}`);
  await db.execute(sql`
    insert into readings (organisation_id, meter_id, register, read_at, value, source, client_id, flags)
    select m.organisation_id, m.id, 'single', ${`${FIRST_YEAR}-01-01`}::timestamptz + make_interval(months => k),
      1000 + k * 2500, 'import', gen_random_uuid(), case when k = 0 then '{start}'::text[] else '{}'::text[] end
    from meters m, generate_series(0, ${YEARS * 12}) k where m.organisation_id = ${orgId}`);
  // 250–349 kWh a day of base load and 40 kWh per degree-day, by building; every day covered.
  const normals = sql.raw(`array[${NORMALS.join(", ")}]`);
  await db.execute(sql`
    insert into building_months (organisation_id, building_id, energy, month, kwh, estimated_kwh, covered_days, degree_days)
    select b.organisation_id, b.id, 'gas', m::date, (250 + abs(hashtext(b.code)) % 100) * x.days + 40 * x.dd, 0, x.days, x.dd
    from buildings b,
      generate_series(${`${FIRST_YEAR}-01-01`}::date, ${`${FIRST_YEAR + YEARS - 1}-12-01`}::date, interval '1 month') m,
      lateral (select extract(day from m + interval '1 month' - interval '1 day')::int as days,
                      (${normals})[extract(month from m)::int] as dd) x
    where b.organisation_id = ${orgId}`);
  await db.execute(sql`
    insert into building_rollups (organisation_id, building_id, generation, computed_generation, computed_at,
      signature_energy, base_load_kwh_per_day, heating_kwh_per_degree_day, normal_year_kwh,
      heating_from, heating_kwh)
    select organisation_id, id, 1, 1, now(), 'gas', 250 + abs(hashtext(code)) % 100, 40,
      (250 + abs(hashtext(code)) % 100) * 365 + 40 * 2252, ${`${FIRST_YEAR}-01-01`}::date,
      array(select kwh from building_months m where m.organisation_id = b.organisation_id
            and m.building_id = b.id order by m.month)
    from buildings b where organisation_id = ${orgId}`);
  await db.execute(sql`
    insert into alerts (organisation_id, building_id, kind, period_from, period_to, seen, opened_at)
    select organisation_id, id, 'summer_heating', '2025-07-01', '2025-08-01', '{}', now()
    from buildings where organisation_id = ${orgId} and code like '%0'`);
  await db.execute(sql`analyze`);
}

/** Last 12 months of every building straight from the indexes (what the rollup spares the endpoint). */
async function fromReadings(db: Db, orgId: string) {
  await db.execute(sql`
    with pairs as (
      select m.building_id, r.read_at, lead(r.value) over w - r.value as m3
      from readings r join meters m on m.id = r.meter_id and m.organisation_id = r.organisation_id
      where r.organisation_id = ${orgId} and m.building_id is not null
      window w as (partition by r.meter_id, r.register order by r.read_at))
    select building_id, sum(m3) * 11.6 as kwh from pairs
    where read_at >= ${`${FIRST_YEAR + YEARS - 1}-01-01`}::timestamptz and read_at < ${`${FIRST_YEAR + YEARS}-01-01`}::timestamptz
    group by building_id`);
}

function checkSameRows(
  label: string,
  endpoint: ReadonlyArray<{ id: string; last12MonthsKwh: number | null }>,
  raw: ReadonlyArray<{ id: string; last12_kwh: number | null }>,
) {
  if (endpoint.length !== raw.length)
    throw new Error(`${label}: endpoint ${endpoint.length} rows, raw SQL ${raw.length}`);
  endpoint.forEach((row, i) => {
    const r = raw[i];
    if (r?.id !== row.id || Math.abs(Number(r.last12_kwh) - (row.last12MonthsKwh ?? 0)) > 0.01)
      throw new Error(`${label}: row ${i} differs (endpoint ${row.id}, raw SQL ${r?.id})`);
  });
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
    const [first, second] = i % 2 ? ([1, 0] as const) : ([0, 1] as const);
    await time(first ? b : a, times[first]);
    await time(second ? b : a, times[second]);
  }
  return times;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The `portfolio` part of `npm run bench`: on PGlite, and on PostgreSQL when the bench has a database
 * there. BENCH_PORTFOLIO_BUILDINGS (2000) and BENCH_PORTFOLIO_REQUESTS (50 per case). Returns the
 * report's lines.
 */
export async function runPortfolioPart(o: {
  postgresUrl?: string;
  onProgress: (message: string) => void;
}): Promise<{ rows: PortfolioBenchRow[]; lines: string[] }> {
  const buildings = Number(process.env.BENCH_PORTFOLIO_BUILDINGS || 2000);
  const requests = Number(process.env.BENCH_PORTFOLIO_REQUESTS || 50);
  const targets: BenchTarget[] = [{ database: "PGlite" }];
  if (o.postgresUrl) targets.push({ database: "PostgreSQL", url: o.postgresUrl });
  const rows: PortfolioBenchRow[] = [];
  for (const target of targets) {
    o.onProgress(
      `portfolio on ${target.database}: ${buildings} buildings × ${YEARS} years, ${requests} requests per case`,
    );
    rows.push(...(await runPortfolioBench(target, { buildings, requests })));
  }
  return { rows, lines: portfolioTables(rows, buildings) };
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

export function portfolioTables(rows: readonly PortfolioBenchRow[], buildings: number): string[] {
  return [
    `## Portfolio endpoint, ${buildings.toLocaleString("en-US")} buildings × ${YEARS} years (rollup + monthly indexes)`,
    "",
    table(
      [
        "database",
        "case",
        "endpoint p50 ms",
        "endpoint p95 ms",
        "raw SQL p50 ms",
        "raw SQL p95 ms",
        "**p95 ratio**",
        "last 12 months from readings ms",
      ],
      rows.map((r) => [
        r.database,
        r.case,
        ms(r.endpointP50Ms),
        ms(r.endpointP95Ms),
        ms(r.rawSqlP50Ms),
        ms(r.rawSqlP95Ms),
        `**${r.ratio.toFixed(2)}** (goal ≤ 3, p95 < 200 ms)`,
        ms(r.fromReadingsMs),
      ]),
      [false, false, true, true, true, true, true, true],
    ),
    "",
    "The endpoint (session, role, stale-rollup check, JSON) is called in-process; the raw SQL is the very " +
      "statement it runs on the rollup. The last column computes only the last 12 months of every building " +
      "from its indexes, once: what the endpoint would pay without the rollup.",
    "",
  ];
}
