import { BarController, BarElement, CategoryScale, Chart, LinearScale } from "chart.js";

// Only what monthly bars need: the whole of chart.js would be ~94 KB gzipped instead of ~45.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface BarSeries {
  values: ReadonlyArray<number | null>;
  /** Bars drawn striped: partly estimated or covering part of the month. */
  striped: readonly boolean[];
  color: string;
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
  const chart = new Chart(canvas, {
    type: "bar",
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
