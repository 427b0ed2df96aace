import { formatNumber } from "../lib/format.ts";
import { language, t } from "../lib/i18n/index.ts";
import { useLazyChart } from "../lib/use-lazy-chart.ts";
import type { SignatureSeries } from "./savings-shape.ts";
import { BASELINE_COLOR, LINE_COLOR, REPORTING_COLOR } from "./signature-colors.ts";

/**
 * The energy signature drawn. chart.js is fetched only here, after the sentence and the table are
 * on screen; if it cannot be fetched (offline) the table still says everything.
 */
export function SignatureChart({ series, label }: { series: SignatureSeries; label: string }) {
  const lang = language.value;
  const { canvas, failed } = useLazyChart(
    (target) =>
      import("./signature-draw.ts").then(({ drawSignature }) =>
        drawSignature({
          canvas: target,
          series,
          xTitle: t("signature.xAxis"),
          yTitle: t("signature.yAxis"),
          formatTick: (value) => formatNumber(value),
        }),
      ),
    [series, lang],
  );

  if (failed) return null;
  return (
    <div class="chart-box signature-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

/** The legend in shapes and words: circles, triangles, a line (never colour alone). */
export function SignatureLegend({ startDate }: { startDate: string }) {
  return (
    <ul class="chart-legend">
      <li>
        <svg class="legend-mark" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="5" fill={BASELINE_COLOR} />
        </svg>
        {t("signature.baseline")}
      </li>
      <li>
        <svg class="legend-mark" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2 14.5 14h-13z" fill={REPORTING_COLOR} />
        </svg>
        {t("signature.reporting", { date: startDate })}
      </li>
      <li>
        <svg class="legend-mark" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M1 8h14" stroke={LINE_COLOR} stroke-width="2.5" />
        </svg>
        {t("signature.line")}
      </li>
    </ul>
  );
}
