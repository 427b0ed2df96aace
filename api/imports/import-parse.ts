import { createHash } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import type { NativeUnit, Register } from "../meters/meter-kinds.ts";
import { detectLayout, type GenericMapping, type ImportFormat } from "./import-formats.ts";
import { badRow, FileRefused } from "./import-refusals.ts";
import { createRowReader, type ImportFlag, type ImportMeter, type SlotReading } from "./import-rows.ts";
import { buildDays, type DayRow, inferSlotMinutes } from "./interval-days.ts";
import { dayClock, MINUTE_MS } from "./local-time.ts";

export interface ParsedImport {
  format: ImportFormat;
  fileSha256: string;
  /** Data lines (header and empty lines excluded). */
  rowsRead: number;
  days: DayRow[];
  registers: Register[];
  flags: ImportFlag[];
  from: Date;
  to: Date;
}

/**
 * Reads a smart-meter CSV as it streams in (csv-parse), hashing the bytes on the way: the layout
 * comes from the header line, each data line becomes a slot value or a refusal naming the line.
 * Returns the file's days ready to store; nothing is stored here.
 */
export async function parseImportFile({
  body,
  meter,
  mapping,
}: {
  body: AsyncIterable<Uint8Array>;
  meter: ImportMeter & { unit: NativeUnit };
  mapping?: GenericMapping;
}): Promise<ParsedImport> {
  const hash = createHash("sha256");
  const { first, rest } = await firstChunk(body);
  let reader: ReturnType<typeof createRowReader> | undefined;
  let format: ImportFormat | undefined;
  let timeField = "";
  let readings: SlotReading[] = [];
  let rowsRead = 0;
  const parser = parse({
    delimiter: sniffDelimiter(first),
    bom: true,
    relax_quotes: true, // `="5414…"`: Excel's way of keeping an EAN's digits
    relax_column_count: true,
  });
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // Lines are counted here (csv-parse's per-record info costs more than the rest of the reading):
  // a record is one line, plus one per line break inside a quoted field; empty lines are records too.
  let line = 0;
  let refused: unknown;
  const consume = async (records: AsyncIterable<string[]>) => {
    try {
      await readRecords(records);
    } catch (error) {
      refused = error; // the pipeline reports its own AbortError instead
      throw error;
    }
  };
  const readRecords = async (records: AsyncIterable<string[]>) => {
    for await (const record of records) {
      line += 1 + newlinesIn(record);
      if (record.every((cell) => cell === "")) continue;
      if (!reader) {
        const layout = detectLayout(record, mapping);
        if (!layout) throw new FileRefused({ code: "import.unknown_format", line });
        format = layout.format;
        timeField = layout.format === "generic" ? layout.names.timestamp : layout.names.fromTime;
        reader = createRowReader({ layout, meter });
        reader.checkGenericRegister();
        continue;
      }
      rowsRead++;
      const reading = reader.read(record, line);
      if (reading) readings.push(reading);
    }
  };
  try {
    await pipeline(Readable.from(prepend(first, rest)), tap, parser, consume);
  } catch (error) {
    if (refused) throw refused;
    if (error instanceof CsvError)
      badRow(Number((error as { lines?: number }).lines ?? 1), "", "import.reason.syntax");
    throw error;
  }
  if (!reader || !format) throw new FileRefused({ code: "import.unknown_format", line: 1 });
  if (!readings.length) badRow(2, "", "import.reason.no_data");
  if (format === "generic") readings = inferSlotMinutes(readings, timeField);
  const outside = firstOutside(readings, meter);
  if (outside) badRow(outside.line, timeField, "import.reason.outside_meter_period", outside.day);
  const days = buildDays({ readings, meterUnit: meter.unit, timeField });
  const flags = new Set<ImportFlag>([...reader.flags, ...days.flatMap((d) => d.flags)]);
  return {
    format,
    fileSha256: hash.digest("hex"),
    rowsRead,
    days,
    registers: meter.registers.filter((r) => days.some((d) => d.register === r)),
    flags: [...flags].sort(),
    ...span(readings),
  };
}

/** The first line whose slot falls before the meter's start or after its closing. */
function firstOutside(readings: readonly SlotReading[], meter: ImportMeter): SlotReading | undefined {
  const from = meter.startedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const until = meter.closedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  let first: SlotReading | undefined;
  for (const r of readings) {
    const end = r.startMs + slotLengthMs(r);
    if ((r.startMs < from || end > until) && (!first || r.line < first.line)) first = r;
  }
  return first;
}

const slotLengthMs = (r: SlotReading) =>
  r.minutes === 1440 ? dayClock(r.day).lengthMs : r.minutes * MINUTE_MS;

function span(readings: readonly SlotReading[]) {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const r of readings) {
    from = Math.min(from, r.startMs);
    to = Math.max(to, r.startMs + slotLengthMs(r));
  }
  return { from: new Date(from), to: new Date(to) };
}

async function firstChunk(body: AsyncIterable<Uint8Array>) {
  const rest = body[Symbol.asyncIterator]();
  const next = await rest.next();
  return { first: next.done ? new Uint8Array(0) : next.value, rest };
}

async function* prepend(first: Uint8Array, rest: AsyncIterator<Uint8Array>) {
  if (first.length) yield Buffer.from(first.buffer, first.byteOffset, first.byteLength);
  for (let next = await rest.next(); !next.done; next = await rest.next())
    yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
}

/** Operators' files use `;`; a generic file may use a tab or `,` (then without decimal commas). */
function sniffDelimiter(first: Uint8Array): string {
  const text = Buffer.from(first.buffer, first.byteOffset, first.byteLength).toString("utf8", 0, 4096);
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  if (header.includes(";")) return ";";
  if (header.includes("\t")) return "\t";
  return header.includes(",") ? "," : ";";
}

function newlinesIn(record: readonly string[]): number {
  let count = 0;
  for (const cell of record) if (cell.includes("\n")) count += cell.split("\n").length - 1;
  return count;
}
