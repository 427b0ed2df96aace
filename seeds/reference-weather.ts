import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { brusselsDayOf } from "../api/consumption/brussels-days.ts";
import { addMonths, monthsBetween } from "../api/weather/months.ts";
import type { DbOrTx } from "../db/client.ts";
import { degreeDaysMonthly, weatherStations } from "../db/schema/index.ts";

/**
 * Platform reference weather data (seeds/reference/SOURCES.md), loaded at every start, demo or not.
 * Idempotent and additive: it inserts what is missing and never overwrites a stored value, so a month
 * an administrator imported stays as imported. Uccle's December 2022 is not in the stored copy of
 * Synergrid's page: it stays missing until someone imports it.
 */
export const STATIONS = [
  { code: "uccle", name: "Uccle (IRM/KMI)", label: null },
  { code: "demo", name: "Station de démonstration", label: "normales (démo)" },
] as const;

/** How many months before the current one the demo station covers. */
export const DEMO_MONTHS = 48;

const SYNERGRID = "Synergrid, degrés-jours équivalents 16,5/16,5 Uccle (S01)";
const SYNERGRID_NORMALS = "Synergrid, normales 1991–2020 des degrés-jours équivalents 16,5/16,5 Uccle (S01)";
const DEMO_SOURCE = "Démo : normales 1991–2020 de Synergrid répétées, pas des mesures";

interface SynergridRow {
  series: string;
  year_or_period: string;
  month: string;
  equiv_degree_days_16_5: string;
}

function synergridRows(): SynergridRow[] {
  const file = new URL("./reference/dd_synergrid_equiv16_5_uccle_monthly.csv", import.meta.url);
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as SynergridRow[];
}

export async function seedReferenceWeather(db: DbOrTx, now: Date = new Date()): Promise<void> {
  const rows = synergridRows();
  const normals = rows
    .filter((r) => r.series === "normal_1991_2020")
    .map((r) => ({ month: r.month, degreeDays: r.equiv_degree_days_16_5 }));
  const measured = rows
    .filter((r) => r.series === "measured")
    .map((r) => ({ month: `${r.year_or_period}-${r.month}`, degreeDays: r.equiv_degree_days_16_5 }));
  const normalOf = new Map(normals.map((n) => [n.month, n.degreeDays]));
  const currentMonth = brusselsDayOf(now).slice(0, 7);
  const demoMonths = monthsBetween(addMonths(currentMonth, -DEMO_MONTHS), addMonths(currentMonth, -1));

  const series = (
    stationCode: string,
    kind: "measured" | "normal",
    source: string,
    values: { month: string; degreeDays: string }[],
  ) => values.map((v) => ({ stationCode, convention: "equiv16_5" as const, kind, source, ...v }));

  await db
    .insert(weatherStations)
    .values([...STATIONS])
    .onConflictDoNothing();
  await db
    .insert(degreeDaysMonthly)
    .values([
      ...series("uccle", "normal", SYNERGRID_NORMALS, normals),
      ...series("uccle", "measured", SYNERGRID, measured),
      ...series("demo", "normal", DEMO_SOURCE, normals),
      ...series(
        "demo",
        "measured",
        DEMO_SOURCE,
        demoMonths.map((month) => ({ month, degreeDays: normalOf.get(month.slice(5)) as string })),
      ),
    ])
    .onConflictDoNothing();
}
