import { createHash } from "node:crypto";
import type { NativeUnit, Register } from "../meters/meter-kinds.ts";
import { readCsvRecords } from "./import-csv.ts";
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
 * Reads a smart-meter CSV as it streams in (papaparse), hashing the bytes on the way: the layout
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
  let reader: ReturnType<typeof createRowReader> | undefined;
  let format: ImportFormat | undefined;
  let timeField = "";
  let readings: SlotReading[] = [];
  let rowsRead = 0;
  const onRecord = (record: string[], line: number) => {
    if (isEmpty(record)) return;
    if (!reader) {
      const layout = detectLayout(record, mapping);
      if (!layout) throw new FileRefused({ code: "import.unknown_format", line });
      format = layout.format;
      timeField = layout.format === "generic" ? layout.names.timestamp : layout.names.fromTime;
      reader = createRowReader({ layout, meter });
      reader.checkGenericRegister();
      return;
    }
    rowsRead++;
    const reading = reader.read(record, line);
    if (reading) readings.push(reading);
  };
  await readCsvRecords({ body, onChunk: (chunk) => hash.update(chunk), onRecord });
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

function isEmpty(record: readonly string[]): boolean {
  for (const cell of record) if (cell !== "") return false;
  return true;
}
