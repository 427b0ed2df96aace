import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface WorksBand {
  /** Indexes of the first and last months the works ran in, within the chart's months. */
  from: number;
  to: number;
  label: string;
}

/** Works drawn behind the bars: a shaded band over their months, their name on top. */
function worksPlugin(bands: readonly WorksBand[]): Plugin<"bar"> {
  return {
    id: "works",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      if (!x) return;
      const step = x.width / Math.max(1, chart.data.labels?.length ?? 1);
      ctx.save();
      for (const band of bands) {
        const left = Math.max(chartArea.left, x.getPixelForValue(band.from) - step / 2);
        const right = Math.min(chartArea.right, x.getPixelForValue(band.to) + step / 2);
        ctx.fillStyle = "rgba(23, 70, 162, 0.12)";
        ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
        ctx.strokeStyle = "#1746a2";
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(left, chartArea.top);
        ctx.lineTo(left, chartArea.bottom);
        ctx.moveTo(right, chartArea.top);
        ctx.lineTo(right, chartArea.bottom);
        ctx.stroke();
        ctx.fillStyle = "#1a1a1a";
        ctx.font = "12px system-ui, sans-serif";
        ctx.fillText(band.label, left + 3, chartArea.top + 12, Math.max(40, right - left + 60));
      }
      ctx.restore();
    },
  };
}

/** kWh/m² month by month, the works shaded behind. No animation, legend or tooltip: the page says it all. */
export function drawMonthly({
  canvas,
  labels,
  values,
  bands,
  formatTick,
}: {
  canvas: HTMLCanvasElement;
  labels: readonly string[];
  values: ReadonlyArray<number | null>;
  bands: readonly WorksBand[];
  formatTick: (value: number) => string;
}): { destroy: () => void } {
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: [...labels],
      datasets: [
        { data: [...values], backgroundColor: "#0b5d3b", categoryPercentage: 0.85, barPercentage: 0.9 },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      scales: {
        x: { grid: { display: false }, ticks: { color: "#1a1a1a", maxRotation: 0, autoSkipPadding: 8 } },
        y: {
          beginAtZero: true,
          ticks: { color: "#1a1a1a", maxTicksLimit: 5, callback: (value) => formatTick(Number(value)) },
        },
      },
    },
    plugins: [worksPlugin(bands)],
  });
  return { destroy: () => chart.destroy() };
}
