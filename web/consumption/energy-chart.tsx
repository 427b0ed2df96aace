import { formatMonth, formatNumber } from "../lib/format.ts";
import { language } from "../lib/i18n/index.ts";
import { useLazyChart } from "../lib/use-lazy-chart.ts";
import type { MarkedMonths } from "./coaching-markers-shape.ts";
import type { EnergyChart as Shaped } from "./consumption-shape.ts";

export const CURRENT_COLOR = "#0b5d3b";
export const PREVIOUS_COLOR = "#6b6f69";

/**
 * The bars of one energy, a ◆ above the months the household did something with its group
 * (`marked`). chart.js is fetched only here, after the page and its table are on screen; if it
 * cannot be fetched (offline) the table still says everything, and the list of actions their days.
 */
export function EnergyChart({
  chart,
  label,
  marked,
}: {
  chart: Shaped;
  label: string;
  marked: MarkedMonths | null;
}) {
  const lang = language.value;
  const { canvas, failed } = useLazyChart(
    (target) =>
      import("./bar-chart.ts").then(({ drawBars }) => {
        const series = (pick: "previous" | "current", color: string) => ({
          values: chart.rows.map((r) => r[pick].value),
          striped: chart.rows.map((r) => r[pick].estimated || r[pick].partial),
          color,
          marked: marked?.[pick],
        });
        return drawBars({
          canvas: target,
          labels: chart.rows.map((r) => formatMonth(r.month, "narrow")),
          series: [series("previous", PREVIOUS_COLOR), series("current", CURRENT_COLOR)],
          formatTick: (value) => formatNumber(value),
        });
      }),
    [chart, lang, marked],
  );

  if (failed) return null;
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
