// Apart from signature-draw.ts so the legend can use them without fetching chart.js.
export const BASELINE_COLOR = "#6b6f69";
export const REPORTING_COLOR = "#0b5d3b";
export const LINE_COLOR = "#1746a2";
