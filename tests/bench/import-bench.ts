import { sql } from "drizzle-orm";
import { startOfBrusselsDay } from "../../api/consumption/brussels-days.ts";
import { parseImportFile } from "../../api/imports/import-parse.ts";
import { importMeterFile } from "../../api/imports/imports.actions.ts";
import { copyLines, copyNumberArray, copyText } from "../../db/bulk-copy.ts";
import type { Database } from "../../db/client.ts";
import { chunks, quarterHourYear } from "./smart-meter-file.ts";
import { type BenchTarget, benchHousehold, median, openDatabase } from "./smart-meter-setup.ts";

export interface ImportBenchRow {
  database: BenchTarget["database"];
  rows: number;
  /** Medians in ms. */
  importMs: number;
  parseMs: number;
  rawCopyRowsMs: number;
  rawCopyDaysMs: number;
  /** Import rows/s ÷ raw COPY rows/s of the same readings (goal ≥ 0.5). */
  ratio: number;
}

const YEAR = 2025;

/**
 * A meter-year of quarter-hours for two registers (70,080 lines, ~8.9 MB): the import (papaparse,
 * the rules, COPY of the 730 day rows into a staging table, upsert, monthly rollup, import log, one
 * transaction) against a raw COPY of the same 70,080 readings, one row per reading with a primary
 * key on (meter, register, instant), on the same database in the same run. Also shown: parsing
 * alone, and a raw COPY of the import's 730 day rows into its own table (its database floor).
 */
export async function runImportBench(target: BenchTarget, runs: number): Promise<ImportBenchRow> {
  const database = await openDatabase(target);
  try {
    const { csv, readings } = quarterHourYear(YEAR);
    const { ctx, newMeter } = await benchHousehold(database, new Date(Date.UTC(YEAR + 1, 0, 15)));
    const meterFor = () => newMeter("electricity", ["day", "night"], startOfBrusselsDay(`${YEAR}-01-01`));
    await database.db.execute(sql`create table if not exists bench_interval_rows (
      meter_id uuid not null, register register not null, at timestamptz not null, kwh real not null,
      primary key (meter_id, register, at))`);
    const meter = {
      kind: "electricity" as const,
      registers: ["day", "night"] as const,
      ean: null,
      unit: "kwh" as const,
    };
    const times = {
      importMs: [] as number[],
      parseMs: [] as number[],
      rows: [] as number[],
      days: [] as number[],
    };
    let days: Awaited<ReturnType<typeof parseImportFile>>["days"] = [];
    for (let run = 0; run <= runs; run++) {
      const meterId = await meterFor();
      const started = performance.now();
      await importMeterFile({ ctx, meterId, body: chunks(csv) });
      const imported = performance.now() - started;

      const parseStarted = performance.now();
      days = (
        await parseImportFile({ body: chunks(csv), meter: { ...meter, registers: [...meter.registers] } })
      ).days;
      const parsed = performance.now() - parseStarted;

      const rowLines = readings.map(
        (r) => `${meterId}\t${r.register}\t${new Date(r.at).toISOString()}\t${r.kwh}\n`,
      );
      const rawRows = await timed(
        database,
        "bench_interval_rows",
        ["meter_id", "register", "at", "kwh"],
        rowLines,
      );

      const dayMeter = await meterFor();
      const dayLines = days.map(
        (d) =>
          `${[ctx.orgId, dayMeter, d.register, d.day, d.slotMinutes, d.slotUnit, copyNumberArray(d.slotValues), copyText(d.totalKwh), copyText(d.totalNative), d.measuredSlots].join("\t")}\n`,
      );
      const rawDays = await timed(database, "meter_interval_days", DAY_COLUMNS, dayLines);
      if (run === 0) continue; // warm-up
      times.importMs.push(imported);
      times.parseMs.push(parsed);
      times.rows.push(rawRows);
      times.days.push(rawDays);
    }
    const importMs = median(times.importMs);
    const rawCopyRowsMs = median(times.rows);
    return {
      database: target.database,
      rows: readings.length,
      importMs,
      parseMs: median(times.parseMs),
      rawCopyRowsMs,
      rawCopyDaysMs: median(times.days),
      ratio: rawCopyRowsMs / importMs,
    };
  } finally {
    await database.close();
  }
}

const DAY_COLUMNS = [
  "organisation_id",
  "meter_id",
  "register",
  "day",
  "slot_minutes",
  "slot_unit",
  "slot_values",
  "total_kwh",
  "total_native",
  "measured_slots",
];

/** One COPY in its own transaction, timed from BEGIN to COMMIT. */
async function timed(database: Database, table: string, columns: string[], lines: string[]): Promise<number> {
  const started = performance.now();
  await database.db.transaction((tx) => copyLines(tx, { table, columns, lines }));
  return performance.now() - started;
}
