import { type ConsumptionBenchRow, runConsumptionBench } from "./consumption-bench.ts";
import { type ImportBenchRow, runImportBench } from "./import-bench.ts";
import { table } from "./report.ts";
import type { BenchTarget } from "./smart-meter-setup.ts";

export interface SmartMeterResult {
  imports: ImportBenchRow[];
  consumption: ConsumptionBenchRow[];
}

/**
 * The smart-meter part of `npm run bench`, in this process, on PGlite and on PostgreSQL when the
 * bench has a database there: (a) importing a meter-year of quarter-hours vs a raw COPY of the same
 * readings, (b) the monthly consumption endpoint over ten years of data vs the raw SQL of the same
 * figures. Rows are added as they are measured, so a failure still reports what was measured.
 */
export async function runSmartMeterBench(o: {
  postgresUrl?: string;
  importRuns: number;
  requests: number;
  onProgress: (message: string) => void;
  result: SmartMeterResult;
}): Promise<void> {
  const targets: BenchTarget[] = [{ database: "PGlite" }];
  if (o.postgresUrl) targets.push({ database: "PostgreSQL", url: o.postgresUrl });
  for (const target of targets) {
    o.onProgress(`smart-meter import on ${target.database}: ${o.importRuns} runs after a warm-up`);
    o.result.imports.push(await runImportBench(target, o.importRuns));
    o.onProgress(
      `consumption endpoint on ${target.database}: ten years imported, ${o.requests} requests per window`,
    );
    o.result.consumption.push(...(await runConsumptionBench(target, o.requests)));
  }
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const rate = (rows: number, millis: number) => Math.round((rows / millis) * 1000).toLocaleString("en-US");

export function smartMeterTables(r: SmartMeterResult): string[] {
  const imports = table(
    [
      "database",
      "import ms",
      "rows/s",
      "raw COPY ms",
      "rows/s",
      "**import / raw COPY**",
      "parse only ms",
      "COPY of 730 day rows ms",
    ],
    r.imports.map((x) => [
      x.database,
      ms(x.importMs),
      rate(x.rows, x.importMs),
      ms(x.rawCopyRowsMs),
      rate(x.rows, x.rawCopyRowsMs),
      `**${x.ratio.toFixed(2)}** (goal ≥ 0.50)`,
      ms(x.parseMs),
      ms(x.rawCopyDaysMs),
    ]),
    [false, true, true, true, true, true, true, true],
  );
  const consumption = table(
    [
      "database",
      "window",
      "endpoint p50 ms",
      "endpoint p95 ms",
      "raw SQL p50 ms",
      "raw SQL p95 ms",
      "**p95 ratio**",
    ],
    r.consumption.map((x) => [
      x.database,
      x.window,
      ms(x.endpointP50Ms),
      ms(x.endpointP95Ms),
      ms(x.rawSqlP50Ms),
      ms(x.rawSqlP95Ms),
      `**${x.ratio.toFixed(2)}** (goal ≤ 3)`,
    ]),
    [false, false, true, true, true, true, true],
  );
  return [
    "## Smart-meter import: a meter-year of quarter-hours, two registers (70,080 lines, medians)",
    "",
    imports,
    "",
    "The import reads the CSV with papaparse, applies the rules, COPYs 730 day rows into a staging table, " +
      "upserts them and rewrites the monthly rollup, in one transaction. The raw COPY loads the same 70,080 " +
      "readings, already parsed, one row per reading with a primary key on (meter, register, instant).",
    "",
    "## Monthly consumption endpoint, a household with ten years of data (quarter-hours + monthly indexes)",
    "",
    consumption,
    "",
    "The endpoint (session, consent gate, readings, settings, interval days, pricing, CO₂, last year) is called " +
      "in-process; the raw SQL returns monthly kWh per energy for the window and the year before from the same tables.",
    "",
  ];
}
