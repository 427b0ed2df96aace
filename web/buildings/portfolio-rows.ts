import type { HeatingSystem, Portfolio } from "./buildings-api.ts";

/** One line of the portfolio, its trend in kWh/m² a month (null: a month without consumption). */
export interface PortfolioRow {
  id: string;
  code: string;
  name: string;
  commune: string;
  heatingSystem: HeatingSystem;
  heatedAreaM2: number;
  normalYearKwhPerM2: number | null;
  last12MonthsKwh: number | null;
  /** Of those 12 months, how many have consumption: a partial total is said so, never scaled up. */
  last12MonthsCovered: number;
  trendKwhPerM2: Array<number | null>;
  openAlerts: number;
}

export function rowsOf(portfolio: Portfolio): PortfolioRow[] {
  return portfolio.buildings.map((b) => ({
    id: b.id,
    code: b.code,
    name: b.name,
    commune: b.commune,
    heatingSystem: b.heatingSystem,
    heatedAreaM2: b.heatedAreaM2,
    normalYearKwhPerM2: b.normalYearKwhPerM2,
    last12MonthsKwh: b.last12MonthsCovered ? b.last12MonthsKwh : null,
    last12MonthsCovered: b.last12MonthsCovered,
    trendKwhPerM2: b.trendKwh.map((kwh) => (kwh === null ? null : kwh / b.heatedAreaM2)),
    openAlerts: b.openAlerts,
  }));
}

export interface PortfolioFilter {
  text: string;
  commune: string;
  heating: HeatingSystem | "";
}

/** Accents and case do not matter: "liege" finds Liège. */
const folded = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export function filterRows(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  const text = folded(filter.text.trim());
  return rows.filter(
    (r) =>
      (!filter.commune || r.commune === filter.commune) &&
      (!filter.heating || r.heatingSystem === filter.heating) &&
      (!text || folded(`${r.name} ${r.code} ${r.commune}`).includes(text)),
  );
}

export type SortKey =
  | "normalYearKwhPerM2"
  | "name"
  | "commune"
  | "heatedAreaM2"
  | "last12MonthsKwh"
  | "openAlerts";
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** The largest users first by default; a building without figures always comes after those with. */
export const DEFAULT_SORT: Sort = { key: "normalYearKwhPerM2", descending: true };

export function sortRows(rows: readonly PortfolioRow[], sort: Sort): PortfolioRow[] {
  const sign = sort.descending ? -1 : 1;
  const collator = new Intl.Collator("fr", { numeric: true });
  return [...rows].sort((a, b) => {
    const [x, y] = [a[sort.key], b[sort.key]];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = typeof x === "string" ? collator.compare(x, y as string) : x - (y as number);
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name);
  });
}

/** The communes present, in alphabetical order, for the filter. */
export function communesOf(rows: readonly PortfolioRow[]): string[] {
  return [...new Set(rows.map((r) => r.commune))].sort(new Intl.Collator("fr").compare);
}

/**
 * Gas kWh follow the gross calorific value, as gas bills do, heating oil's the net one (README,
 * conversion): for the same heat a gas-heated building shows about 10 % more kWh/m². Said under the
 * table only when the buildings in it are heated with both, where it can mislead a comparison.
 */
export function mixesGasAndOil(rows: readonly PortfolioRow[]): boolean {
  return (
    rows.some((r) => r.heatingSystem === "gas_boiler") && rows.some((r) => r.heatingSystem === "oil_boiler")
  );
}
