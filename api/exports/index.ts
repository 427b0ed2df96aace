/** What other modules may use of the exports module: the Belgian-Excel CSV writer and the readings table. */
export { attachmentHeaders, CSV_TYPE } from "./download.ts";
export { brusselsIso, type Cell, excelCsv, roundTo } from "./excel-csv.ts";
export { KIND_LABELS, REGISTER_LABELS } from "./export-labels.ts";
export { readingsCsv, toReadingLines } from "./readings-export.ts";
