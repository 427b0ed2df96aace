import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface WorksBand {
  /** Indexes of the first and last months the works ran in, within the chart's months. */
  from: number;
  to: number;
  label: string;
}

/** Room above the bars for the works' names, so that no bar hides them. */
const LABEL_ROW = 18;
const LABEL_GAP = 8;

/** The text as is when it fits `room` pixels, else cut with "…"; null when not even that fits. */
export function fitLabel(text: string, room: number, measure: (text: string) => number): string | null {
  if (measure(text) <= room) return text;
  for (let n = text.length - 1; n > 0; n -= 1) {
    const cut = `${text.slice(0, n).trimEnd()}…`;
    if (measure(cut) <= room) return cut;
  }
  return null;
}

/**
 * Where a works' name starts: at its band's left edge, moved left when the canvas ends first (a band
 * of the last months), never left of the plot nor over the name before it (`taken`).
 */
export function labelStart({
  bandLeft,
  textWidth,
  plotLeft,
  canvasRight,
  taken,
}: {
  bandLeft: number;
  textWidth: number;
  plotLeft: number;
  canvasRight: number;
  taken: number;
}): number {
  return Math.max(plotLeft, taken, Math.min(bandLeft + 3, canvasRight - textWidth));
}

/** Works drawn behind the bars: a shaded band over their months, their name in a row above. */
function worksPlugin(bands: readonly WorksBand[]): Plugin<"bar"> {
  return {
    id: "works",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      if (!x) return;
      const step = x.width / Math.max(1, chart.data.labels?.length ?? 1);
      const canvasRight = chart.width - 2;
      let taken = 0;
      ctx.save();
      for (const band of [...bands].sort((a, b) => a.from - b.from)) {
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
        ctx.fillStyle = "#1746a2";
        ctx.font = "bold 12px system-ui, sans-serif";
        const measure = (text: string) => ctx.measureText(text).width;
        const start = labelStart({
          bandLeft: left,
          textWidth: measure(band.label),
          plotLeft: chartArea.left,
          canvasRight,
          taken,
        });
        const label = fitLabel(band.label, canvasRight - start, measure);
        if (label === null) continue;
        ctx.fillText(label, start, chartArea.top - 5);
        taken = start + measure(label) + LABEL_GAP;
      }
      ctx.restore();
    },
  };
}

/** A month with days left out (its closing reading not in yet): pale and outlined, never read as a low month. */
export const PARTIAL_BAR = { fill: "#bcd9c8", border: "#0b5d3b" } as const;
const FULL_BAR = "#0b5d3b";

/**
 * kWh/m² month by month, the works shaded behind, incomplete months pale. No animation, legend or
 * tooltip: the page says it all.
 */
export function drawMonthly({
  canvas,
  labels,
  values,
  partial,
  bands,
  formatTick,
}: {
  canvas: HTMLCanvasElement;
  labels: readonly string[];
  values: ReadonlyArray<number | null>;
  /** Per month: some of its days have no figure, so its bar is lower than the month really was. */
  partial: readonly boolean[];
  bands: readonly WorksBand[];
  formatTick: (value: number) => string;
}): { destroy: () => void } {
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: [...labels],
      datasets: [
        {
          data: [...values],
          backgroundColor: partial.map((p) => (p ? PARTIAL_BAR.fill : FULL_BAR)),
          borderColor: PARTIAL_BAR.border,
          borderWidth: partial.map((p) => (p ? 2 : 0)),
          categoryPercentage: 0.85,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      layout: { padding: { top: bands.length > 0 ? LABEL_ROW : 0 } },
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
