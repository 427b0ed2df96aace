import { stringify } from "csv-stringify/sync";
import { brusselsOffsetMs } from "../consumption/brussels-days.ts";

/**
 * CSV that Excel with Belgian settings (fr-BE, nl-BE) opens into the right columns and numbers:
 * - `;` between fields and a decimal comma, no thousands separator ("1234,5"), as Excel expects
 *   where the comma is the decimal mark; CRLF line ends; a UTF-8 byte order mark, without which
 *   Excel reads "é" and "m³" as Windows-1252;
 * - instants as Brussels wall-clock time `YYYY-MM-DD HH:MM` (`:SS` when not zero): Excel reads ISO
 *   dates as dates in every regional setting, where `10/03/2026` would swap day and month in an
 *   English Excel; exports that must round-trip add an ISO 8601 column with the offset, because the
 *   wall clock repeats an hour when summer time ends;
 * - quoting by csv-stringify (fields with `;`, quotes or line breaks), and text starting with
 *   `=`, `+`, `-` or `@` prefixed with `'` so Excel never runs it as a formula (numbers are not text:
 *   a negative number stays a number).
 */
export type Cell = string | number | Date | null | undefined;

export function excelCsv({ header, rows }: { header: readonly string[]; rows: readonly Cell[][] }): string {
  return stringify([[...header], ...rows], {
    delimiter: ";",
    bom: true,
    record_delimiter: "windows",
    // Not the default once record_delimiter is set: a note holding a line break must stay one field.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { number: decimalComma, date: brusselsDateTime },
  });
}

/** "1234,567"; callers round first where a computation leaves binary noise. */
export function decimalComma(value: number): string {
  return String(value).replace(".", ",");
}

/** `value` rounded to `digits` decimals, still a number (so the CSV cell stays a number). */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Brussels wall-clock time as Excel reads it: `2026-03-10 10:00`, or `2026-03-10 10:00:05`. */
export function brusselsDateTime(instant: Date): string {
  const wall = new Date(instant.getTime() + brusselsOffsetMs(instant));
  const day = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const seconds = wall.getUTCSeconds();
  return `${day} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ""}`;
}

/** ISO 8601 with the Brussels offset, `2026-03-10T10:00:00+01:00`: the exact instant, for machines. */
export function brusselsIso(instant: Date): string {
  const offsetMs = brusselsOffsetMs(instant);
  const wall = new Date(instant.getTime() + offsetMs).toISOString().replace(/Z$/, "");
  const minutes = offsetMs / 60_000;
  const sign = minutes < 0 ? "-" : "+";
  const hh = pad(Math.floor(Math.abs(minutes) / 60));
  const mm = pad(Math.abs(minutes) % 60);
  return `${wall.replace(/\.000$/, "")}${sign}${hh}:${mm}`;
}
