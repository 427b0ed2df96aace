import { StaffText, tWith } from "../components/staff-text.tsx";
import { formatNumber } from "../lib/format.ts";
import { language, t } from "../lib/i18n/index.ts";
import { useLazyChart } from "../lib/use-lazy-chart.ts";
import { BASELINE_COLOR, LINE_COLOR, REPORTING_COLOR } from "../savings/signature-colors.ts";
import type { RenovationSavings } from "./buildings-api.ts";

type Xy = { x: number; y: number };

/** kWh per day against degree-days per day, before and after the works, and the line of before. */
export function renovationSeries(answer: Pick<RenovationSavings, "points" | "model">) {
  const drawn = answer.points.filter((p) => p.hddPerDay !== null);
  const xy = (p: (typeof drawn)[number]): Xy => ({ x: p.hddPerDay as number, y: p.kwhPerDay });
  const model = answer.model;
  const maxHdd = Math.max(0, ...drawn.map((p) => p.hddPerDay as number));
  return {
    baseline: drawn.filter((p) => p.phase === "baseline").map(xy),
    reporting: drawn.filter((p) => p.phase === "reporting").map(xy),
    line: model
      ? [0, maxHdd].map((x) => ({ x, y: model.interceptKwhPerDay + model.heatingKwhPerDegreeDay * x }))
      : [],
  };
}

/**
 * The building's energy signature with its works drawn in: before them circles, after them
 * triangles. chart.js comes only when this is opened; the sentences above say it all without it.
 */
export function RenovationChart({ answer }: { answer: RenovationSavings }) {
  const lang = language.value;
  const { canvas, failed } = useLazyChart(
    (target) =>
      import("../savings/signature-draw.ts").then(({ drawSignature }) =>
        drawSignature({
          canvas: target,
          series: renovationSeries(answer),
          xTitle: t("renovation.xAxis"),
          yTitle: t("renovation.yAxis"),
          formatTick: (value) => formatNumber(value),
        }),
      ),
    [answer, lang],
  );
  return (
    <>
      {!failed && (
        <div class="chart-box signature-box">
          <canvas ref={canvas} role="img" aria-label={t("renovation.signatureLabel")} />
        </div>
      )}
      <ul class="chart-legend">
        <li>
          <svg class="legend-mark" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="5" fill={BASELINE_COLOR} />
          </svg>
          {t("renovation.before")}
        </li>
        <li>
          <svg class="legend-mark" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 2 14.5 14h-13z" fill={REPORTING_COLOR} />
          </svg>
          {tWith("renovation.after", { label: <StaffText>{answer.event.label}</StaffText> })}
        </li>
        <li>
          <svg class="legend-mark" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M1 8h14" stroke={LINE_COLOR} stroke-width="2.5" />
          </svg>
          {t("renovation.line")}
        </li>
      </ul>
    </>
  );
}
