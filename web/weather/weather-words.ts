import "../lib/i18n/fr-weather.ts";
import { formatMonth } from "../lib/format.ts";
import { language, t } from "../lib/i18n/index.ts";

/** "octobre 2026" for `2026-10`; "octobre" for a month of the normals (`10`). */
export function monthText(month: string): string {
  if (month.length === 2) return formatMonth(Number(month));
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(language.value, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  );
}

/** "a, b et c" in the language on screen. */
export function listText(items: readonly string[]): string {
  return new Intl.ListFormat(language.value, { type: "conjunction" }).format(items);
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

export interface MonthRun {
  from: string;
  to: string;
  count: number;
}

/** Sorted `YYYY-MM` months as runs of consecutive months: 46 missing months read as one line. */
export function monthRuns(months: readonly string[]): MonthRun[] {
  const runs: MonthRun[] = [];
  for (const month of months) {
    const last = runs.at(-1);
    if (last && nextMonth(last.to) === month) {
      last.to = month;
      last.count += 1;
    } else runs.push({ from: month, to: month, count: 1 });
  }
  return runs;
}

export function runText(run: MonthRun): string {
  return run.count === 1
    ? monthText(run.from)
    : t("weather.range", { from: monthText(run.from), to: monthText(run.to), count: run.count });
}

/** The station as it shows everywhere: the demo's label ("normales (démo)") is never left out. */
export function stationText(station: { name: string; label: string | null }): string {
  return station.label
    ? t("weather.stationLabelled", { name: station.name, label: station.label })
    : station.name;
}

/** A few months one by one; more as runs ("de février 2023 à novembre 2026 (46 mois)"). */
export function monthsText(months: readonly string[]): string {
  return listText(months.length <= 3 ? months.map(monthText) : monthRuns(months).map(runText));
}

/** What the months without degree-days mean for the savings, in one sentence. */
export function missingSentence(months: readonly string[]): string {
  const text = monthsText(months);
  return months.length === 1
    ? t("weather.missingOne", { months: text })
    : t("weather.missingMany", { count: months.length, months: text });
}
