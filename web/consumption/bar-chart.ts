import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from "chart.js";

// Only what monthly bars need: the whole of chart.js would be ~94 KB gzipped instead of ~45.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface BarSeries {
  values: ReadonlyArray<number | null>;
  /** Bars drawn striped: partly estimated or covering part of the month. */
  striped: readonly boolean[];
  color: string;
  /** Bars with a marker above them: a month the household did something with its group. */
  marked?: readonly boolean[];
}

/** The marker's ink: black on white, so that it prints and does not depend on seeing colours. */
const MARKER_COLOR = "#1a1a1a";
const MARKER_HALF = 5;

/** A diamond ◆ centred on (x, y), the symbol the page's legend and list use. */
function diamond(g: CanvasRenderingContext2D, x: number, y: number): void {
  g.beginPath();
  g.moveTo(x, y - MARKER_HALF);
  g.lineTo(x + MARKER_HALF, y);
  g.lineTo(x, y + MARKER_HALF);
  g.lineTo(x - MARKER_HALF, y);
  g.closePath();
  g.fill();
}

/**
 * Draws a ◆ above each marked bar (at the bottom of the chart when the month has no bar). A plugin of
 * this chart only, given in its config: `Chart.register` would draw it on every chart of the app.
 */
function markersPlugin(series: readonly BarSeries[]): Plugin<"bar"> {
  return {
    id: "ecowatchersMarkers",
    afterDatasetsDraw(chart) {
      const { ctx: g, chartArea } = chart;
      g.save();
      g.fillStyle = MARKER_COLOR;
      series.forEach((s, i) => {
        const bars = chart.getDatasetMeta(i).data;
        s.marked?.forEach((marked, month) => {
          const bar = bars[month];
          if (!marked || !bar) return;
          const { x, y } = bar.getProps(["x", "y"], true) as { x: number; y: number };
          if (!Number.isFinite(x)) return;
          const top = Number.isFinite(y) ? Math.min(y, chartArea.bottom) : chartArea.bottom;
          diamond(g, x, top - MARKER_HALF - 3);
        });
      });
      g.restore();
    },
  };
}

/** Diagonal stripes of `color` on white: "estimated" must not depend on seeing colours. */
function stripes(color: string): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = 8;
  tile.height = 8;
  const g = tile.getContext("2d");
  if (!g) return color;
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = color;
  g.lineWidth = 3;
  g.beginPath();
  g.moveTo(-2, 10);
  g.lineTo(10, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.stroke();
  return g.createPattern(tile, "repeat") ?? color;
}

/**
 * Grouped bars, one group per month. No animation (slow phones, print) and no legend or tooltip:
 * the page draws its own legend and the table next to the chart carries every number.
 */
export function drawBars({
  canvas,
  labels,
  series,
  formatTick,
}: {
  canvas: HTMLCanvasElement;
  labels: readonly string[];
  series: readonly BarSeries[];
  formatTick: (value: number) => string;
}): { destroy: () => void } {
  const someMarked = series.some((s) => s.marked?.some(Boolean));
  const chart = new Chart(canvas, {
    type: "bar",
    plugins: someMarked ? [markersPlugin(series)] : [],
    data: {
      labels: [...labels],
      datasets: series.map((s) => {
        const pattern = stripes(s.color);
        return {
          data: [...s.values],
          backgroundColor: s.striped.map((striped) => (striped ? pattern : s.color)),
          borderColor: s.color,
          borderWidth: 1,
          categoryPercentage: 0.8,
          barPercentage: 0.9,
        };
      }),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      // Room for a marker above the tallest bar.
      layout: { padding: { top: someMarked ? 2 * MARKER_HALF + 4 : 0 } },
      scales: {
        x: { grid: { display: false }, ticks: { color: "#1a1a1a", autoSkip: false, maxRotation: 0 } },
        y: {
          beginAtZero: true,
          ticks: { color: "#1a1a1a", maxTicksLimit: 5, callback: (value) => formatTick(Number(value)) },
        },
      },
    },
  });
  return { destroy: () => chart.destroy() };
}
