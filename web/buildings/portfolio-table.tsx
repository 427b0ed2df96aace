import { useSignal } from "@preact/signals";
import { formatNumber } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { areaText, heatingName } from "./buildings-words.ts";
import {
  DEFAULT_SORT,
  mixesGasAndOil,
  type PortfolioRow,
  type Sort,
  type SortKey,
  sortRows,
} from "./portfolio-rows.ts";
import { TrendLine } from "./trend-line.tsx";

/** Rows drawn at first and added by "afficher plus": a phone never lays out 2,000 rows at once. */
const PAGE_ROWS = 50;

const COLUMNS: Array<{ key: SortKey | null; label: MessageKey; numeric?: boolean }> = [
  { key: "name", label: "buildings.col.name" },
  { key: "normalYearKwhPerM2", label: "buildings.col.kwhPerM2", numeric: true },
  { key: null, label: "buildings.col.trend" },
  { key: "last12MonthsKwh", label: "buildings.col.last12", numeric: true },
  { key: "openAlerts", label: "buildings.col.alerts", numeric: true },
  { key: "commune", label: "buildings.col.commune" },
  { key: null, label: "buildings.col.heating" },
  { key: "heatedAreaM2", label: "buildings.col.area", numeric: true },
];

/** A rounded figure, or "pas encore" while the boiler room's readings do not give it. */
function figure(value: number | null) {
  return value === null ? (
    <span class="muted">{t("buildings.noFigure")}</span>
  ) : (
    formatNumber(Math.round(value))
  );
}

/** The portfolio: sortable by a column's header button (again: the other way), ranked by kWh/m² at first. */
export function PortfolioTable({ rows }: { rows: readonly PortfolioRow[] }) {
  const sort = useSignal<Sort>(DEFAULT_SORT);
  const shown = useSignal(PAGE_ROWS);
  const sorted = sortRows(rows, sort.value);
  const visible = sorted.slice(0, shown.value);
  const fuelNote = mixesGasAndOil(rows);

  function sortBy(key: SortKey) {
    const same = sort.value.key === key;
    // Figures start from the largest, words from A.
    const firstDescending = key !== "name" && key !== "commune";
    sort.value = { key, descending: same ? !sort.value.descending : firstDescending };
  }

  return (
    <>
      {/* Above the scrolled table rather than its caption, which would scroll out of a phone's view. */}
      <p id="portfolio-caption" class="portfolio-caption">
        {sort.value.key === "normalYearKwhPerM2"
          ? t("buildings.tableCaption")
          : t("buildings.tableCaptionByName")}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region must be reachable by keyboard. */}
      <section class="portfolio-scroll" aria-labelledby="portfolio-caption" tabIndex={0}>
        <table
          class="portfolio-table"
          aria-labelledby="portfolio-caption"
          aria-describedby={fuelNote ? "portfolio-fuel-note" : undefined}
        >
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = c.key !== null && sort.value.key === c.key;
                return (
                  <th
                    key={c.label}
                    scope="col"
                    class={c.numeric ? "numeric" : undefined}
                    aria-sort={active ? (sort.value.descending ? "descending" : "ascending") : undefined}
                  >
                    {c.key === null ? (
                      t(c.label)
                    ) : (
                      <button type="button" class="sort-button" onClick={() => sortBy(c.key as SortKey)}>
                        {t(c.label)}
                        <span aria-hidden="true">
                          {active ? (sort.value.descending ? " ▼" : " ▲") : " ↕"}
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <a href={`/batiments/${r.id}`}>{r.name}</a>
                  <span class="row-code">{r.code}</span>
                </th>
                <td class="numeric">{figure(r.normalYearKwhPerM2)}</td>
                <td>
                  <TrendLine values={r.trendKwhPerM2} />
                </td>
                <td class="numeric">
                  {figure(r.last12MonthsKwh)}
                  {r.last12MonthsKwh !== null && r.last12MonthsCovered < 12 && (
                    <span class="row-code">
                      {t("buildings.monthsCovered", { count: r.last12MonthsCovered })}
                    </span>
                  )}
                </td>
                <td class="numeric">
                  {r.openAlerts > 0 ? <span class="badge alert-count">{r.openAlerts}</span> : "–"}
                </td>
                <td>{r.commune}</td>
                <td>{heatingName(r.heatingSystem)}</td>
                <td class="numeric">{areaText(r.heatedAreaM2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {fuelNote && (
        <p id="portfolio-fuel-note" class="small-print">
          {t("buildings.fuelNote")}
        </p>
      )}
      {sorted.length > visible.length && (
        <button type="button" class="button secondary" onClick={() => (shown.value += PAGE_ROWS)}>
          {t("buildings.showMore", { count: Math.min(PAGE_ROWS, sorted.length - visible.length) })}
        </button>
      )}
    </>
  );
}
