import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDate, formatNumber, formatYearMonth } from "../lib/format.ts";
import { language, t } from "../lib/i18n/index.ts";
import { useLazyChart } from "../lib/use-lazy-chart.ts";
import { type BuildingEvent, buildingsApi, type Indicators } from "./buildings-api.ts";
import { eventKindName, monthlyChartLabel } from "./buildings-words.ts";
import type { WorksBand } from "./monthly-draw.ts";

const round = (value: number) => formatNumber(Math.round(value));

/** The works over the chart's months: from the month they started to the one they ended (or the last). */
export function worksBands(months: readonly string[], events: readonly BuildingEvent[]): WorksBand[] {
  return events.flatMap((e) => {
    const start = e.startedOn.slice(0, 7);
    const end = (e.completedOn ?? "9999-12").slice(0, 7);
    const from = months.findIndex((m) => m >= start);
    const to = months.findLastIndex((m) => m <= end);
    return from === -1 || to < from ? [] : [{ from, to, label: eventKindName(e.kind) }];
  });
}

function MonthlyChart({ indicators, events }: { indicators: Indicators; events: readonly BuildingEvent[] }) {
  const lang = language.value;
  const months = indicators.monthly.map((m) => m.month);
  const bands = worksBands(months, events);
  const partial = indicators.monthly.map((m) => m.status === "partial");
  const label = monthlyChartLabel({
    works: bands.length > 0,
    partial: indicators.monthly.some((m, i) => partial[i] && m.kwhPerM2 !== null),
  });
  const { canvas, failed } = useLazyChart(
    (target) =>
      import("./monthly-draw.ts").then(({ drawMonthly }) =>
        drawMonthly({
          canvas: target,
          labels: months.map(formatYearMonth),
          values: indicators.monthly.map((m) => m.kwhPerM2),
          partial,
          bands,
          formatTick: (value) => formatNumber(value),
        }),
      ),
    [indicators, events, lang],
  );
  if (failed) return null;
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

/**
 * The building's consumption from the monthly rollups (GET /api/buildings/{id}/indicators): the
 * normal-year kWh/m², the energy signature in words, kWh/m² month by month with the works shaded,
 * and each heating season's figures in a table.
 */
export function BuildingIndicators({
  buildingId,
  events,
}: {
  buildingId: string;
  events: readonly BuildingEvent[];
}) {
  const indicators = useSignal<Indicators | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    buildingsApi.indicators(buildingId).then(
      (answer) => (indicators.value = answer),
      (error) => (problem.value = asApiError(error)),
    );
  }, [buildingId]);

  const figures = indicators.value;
  const hasMonths = figures?.monthly.some((m) => m.kwh !== null) ?? false;
  return (
    <section aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t("building.indicatorsTitle")}</h2>
      <ProblemAlert problem={problem.value} />
      {!figures && !problem.value && <p role="status">{t("status.loading")}</p>}
      {figures && !hasMonths && <p>{t("building.indicatorsMissing")}</p>}
      {figures?.stale && <p>{t("building.indicatorsStale")}</p>}
      {figures && hasMonths && (
        <>
          {figures.normalYear && (
            <p class="renovation-headline">
              {t("building.normalYear", { value: round(figures.normalYear.kwhPerM2) })}
            </p>
          )}
          {figures.signature?.baseLoadKwhPerDay != null &&
            figures.signature.heatingKwhPerDegreeDay != null && (
              <p>
                {t("building.signatureWords", {
                  base: round(figures.signature.baseLoadKwhPerDay),
                  slope: round(figures.signature.heatingKwhPerDegreeDay),
                })}
                {figures.signature.usageSource === "smart_meter" && ` ${t("building.signatureSmartMeter")}`}
              </p>
            )}
          <p class="results-subtitle">
            {t("building.monthlyTitle", {
              from: formatYearMonth(figures.monthly[0]?.month ?? figures.from),
              to: formatYearMonth(figures.monthly.at(-1)?.month ?? figures.to),
            })}
          </p>
          <MonthlyChart indicators={figures} events={events} />
          <ul class="chart-legend monthly-legend">
            {figures.partialMonths.length > 0 && (
              <li>
                <svg class="legend-mark" viewBox="0 0 16 16" aria-hidden="true">
                  <rect x="2" y="2" width="12" height="12" fill="#bcd9c8" stroke="#0b5d3b" stroke-width="2" />
                </svg>
                {t("building.partialMonths", {
                  months: figures.partialMonths.map(formatYearMonth).join(", "),
                })}
              </li>
            )}
            {figures.missingMonths.length > 0 && (
              <li>
                {t("building.missingMonths", {
                  months: figures.missingMonths.map(formatYearMonth).join(", "),
                })}
              </li>
            )}
            {events.map((e) => (
              <li key={e.id}>
                <svg class="legend-mark" viewBox="0 0 16 16" aria-hidden="true">
                  <rect
                    x="1"
                    y="1"
                    width="14"
                    height="14"
                    fill="#1746a2"
                    fill-opacity="0.15"
                    stroke="#1746a2"
                    stroke-dasharray="3 2"
                  />
                </svg>
                {t("building.worksBand", {
                  kind: eventKindName(e.kind),
                  from: formatDate(e.startedOn),
                  to: e.completedOn ? formatDate(e.completedOn) : "…",
                })}
              </li>
            ))}
          </ul>
          <table class="file-table season-table">
            <caption>{t("building.seasonsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("building.season")}</th>
                <th scope="col">kWh</th>
                <th scope="col">kWh/m²</th>
              </tr>
            </thead>
            <tbody>
              {figures.seasons.map((s) => (
                <tr key={s.season}>
                  <th scope="row">
                    {s.season.replace("-", "–")}
                    {!s.complete && ` ${t("building.seasonIncomplete")}`}
                  </th>
                  <td>{s.kwh === null ? "–" : round(s.kwh)}</td>
                  <td>{s.kwhPerM2 === null ? "–" : round(s.kwhPerM2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
