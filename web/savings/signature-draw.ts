import { Chart, LinearScale, LineElement, PointElement, ScatterController } from "chart.js";
import type { SignatureSeries } from "./savings-shape.ts";
import { BASELINE_COLOR, LINE_COLOR, REPORTING_COLOR } from "./signature-colors.ts";

// Only what a scatter with a line needs, as the consumption bars do.
Chart.register(ScatterController, PointElement, LineElement, LinearScale);

/**
 * The energy signature. Baseline points are circles and reporting points triangles, so the two
 * phases differ without colour. No animation, legend or tooltip: the page draws its own legend
 * and the table beside the chart carries every number.
 */
export function drawSignature({
  canvas,
  series,
  xTitle,
  yTitle,
  formatTick,
}: {
  canvas: HTMLCanvasElement;
  series: SignatureSeries;
  xTitle: string;
  yTitle: string;
  formatTick: (value: number) => string;
}): { destroy: () => void } {
  const axis = (title: string) => ({
    beginAtZero: true,
    title: { display: true, text: title, color: "#1a1a1a" },
    ticks: {
      color: "#1a1a1a",
      maxTicksLimit: 6,
      callback: (value: number | string) => formatTick(Number(value)),
    },
  });
  const chart = new Chart(canvas, {
    type: "scatter",
    data: {
      datasets: [
        {
          data: series.line,
          showLine: true,
          borderColor: LINE_COLOR,
          borderWidth: 2,
          pointRadius: 0,
        },
        {
          data: series.baseline,
          pointStyle: "circle",
          pointRadius: 5,
          backgroundColor: BASELINE_COLOR,
          borderColor: BASELINE_COLOR,
        },
        {
          data: series.reporting,
          pointStyle: "triangle",
          pointRadius: 7,
          backgroundColor: REPORTING_COLOR,
          borderColor: REPORTING_COLOR,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      scales: { x: axis(xTitle), y: axis(yTitle) },
    },
  });
  return { destroy: () => chart.destroy() };
}
