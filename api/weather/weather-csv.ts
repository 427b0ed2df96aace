import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import type { LocalDay } from "../consumption/brussels-days.ts";
import { isLocalDay } from "../consumption/brussels-days.ts";
import type { DailyTemperature } from "./degree-days.ts";
import { isMonth } from "./months.ts";
import { badWeatherRow, WeatherFileRefused, type WeatherRowReason } from "./weather-refusals.ts";

/**
 * The weather files an administrator imports, read with csv-parse and checked row by row with zod
 * (a bad row refuses the whole file, naming its line and column). `;`, `,` or tab separators;
 * decimal point or comma (with `,` as separator, a decimal comma must be quoted, as Excel does).
 *
 * - RMI/KMI open data, daily automatic-station layer `aws_1day` as its WFS exports CSV: columns
 *   `code`, `timestamp` (the day, labelled at UTC midnight), `temp_avg`, `temp_min`, `temp_max`…
 *   The day's mean is `temp_avg` when the file has that column, else (temp_min + temp_max) / 2.
 *   An empty value is a day without measurement: left out and reported, never filled.
 * - A plain `date;tmean_c` file.
 * - Monthly degree-day tables `month;degree_days`: months `YYYY-MM` (measured) or `01`–`12` (normals).
 */
export type TemperatureFormat = "rmi_aws_1day" | "date_tmean";

export interface ParsedTemperatures {
  format: TemperatureFormat;
  rowsRead: number;
  temperatures: DailyTemperature[];
  /** Days the file lists without a temperature. */
  daysWithoutValue: LocalDay[];
}

export interface MonthlyValue {
  month: string;
  degreeDays: number;
}

interface Row {
  line: number;
  cells: string[];
}

const normalise = (name: string) =>
  name
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase();

/** `3,5`, `3.5`, `-0,25` → number; null otherwise. */
export function parseDecimalCell(text: string): number | null {
  const s = text.trim().replace(",", ".");
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** `2024-01-31`, `2024-01-31T00:00:00Z`, `2024-01-31 00:00:00+00` or `31/01/2024` → `2024-01-31`. */
export function parseDayCell(text: string): LocalDay | null {
  const s = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(s);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const day = iso
    ? (iso[1] as string)
    : dayFirst
      ? `${dayFirst[3]}-${dayFirst[2]?.padStart(2, "0")}-${dayFirst[1]?.padStart(2, "0")}`
      : "";
  return isLocalDay(day) ? day : null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A cell read with `read`, or the reason as a zod issue. */
function cell<T>(read: (text: string) => T | null, reason: WeatherRowReason) {
  return z.string().transform((text, ctx): T => {
    const value = read(text);
    if (value === null) {
      ctx.addIssue({ code: "custom", message: reason });
      return z.NEVER;
    }
    return value;
  });
}

const Temperature = cell(parseDecimalCell, "weather.reason.temperature").pipe(
  z.number().min(-50, "weather.reason.temperature_range").max(50, "weather.reason.temperature_range"),
);
/** An empty cell is a day without measurement. */
const OptionalTemperature = z.union([z.literal("").transform(() => null), Temperature]);
const Day = cell(parseDayCell, "weather.reason.day");

function readRows(text: string): { header: Row; rows: Row[] } {
  const firstLine = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") ? ";" : firstLine.includes("\t") ? "\t" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError)
      badWeatherRow(Number((error as { lines?: number }).lines ?? 1), "", "weather.reason.syntax");
    throw error;
  }
  const [header, ...rows] = records.map((r) => ({ line: r.info.lines, cells: r.record }));
  return { header: header ?? { line: 1, cells: [] }, rows };
}

/** Checks one row with its schema; the first issue refuses the file, naming the column as the file does. */
function checkRow<S extends z.ZodObject>(
  schema: S,
  row: Row,
  columns: Record<string, number>,
  names: string[],
) {
  const input: Record<string, string> = {};
  for (const [field, at] of Object.entries(columns)) {
    const text = row.cells[at];
    if (text === undefined)
      badWeatherRow(row.line, names[at] ?? field, "weather.reason.columns", row.cells.join(" "));
    input[field] = text;
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.output<S>;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const field = String(issue.path[0]);
  const at = columns[field] as number;
  return badWeatherRow(row.line, names[at] ?? field, issue.message as WeatherRowReason, input[field] ?? "");
}

export function parseTemperatureFile(text: string): ParsedTemperatures {
  const { header, rows } = readRows(text);
  const names = header.cells.map((c) => c.trim());
  const at = new Map<string, number>();
  names.forEach((name, i) => {
    if (!at.has(normalise(name))) at.set(normalise(name), i);
  });
  const has = (...wanted: string[]) => wanted.every((w) => at.has(w));
  let format: TemperatureFormat;
  let columns: Record<string, number>;
  let schema: z.ZodObject;
  if (has("timestamp", "temp_avg")) {
    format = "rmi_aws_1day";
    columns = { day: at.get("timestamp") as number, tmeanC: at.get("temp_avg") as number };
    schema = z.object({ day: Day, tmeanC: OptionalTemperature });
  } else if (has("timestamp", "temp_min", "temp_max")) {
    format = "rmi_aws_1day";
    columns = {
      day: at.get("timestamp") as number,
      minC: at.get("temp_min") as number,
      maxC: at.get("temp_max") as number,
    };
    schema = z.object({ day: Day, minC: OptionalTemperature, maxC: OptionalTemperature });
  } else if (has("date", "tmean_c")) {
    format = "date_tmean";
    columns = { day: at.get("date") as number, tmeanC: at.get("tmean_c") as number };
    schema = z.object({ day: Day, tmeanC: Temperature });
  } else throw new WeatherFileRefused({ code: "weather.unknown_temperature_format", line: header.line });
  if (at.has("code")) {
    columns.code = at.get("code") as number;
    schema = schema.extend({ code: z.string() });
  }

  const temperatures: DailyTemperature[] = [];
  const daysWithoutValue: LocalDay[] = [];
  const seen = new Set<LocalDay>();
  let station: string | undefined;
  for (const row of rows) {
    const values = checkRow(schema, row, columns, names) as {
      day: LocalDay;
      tmeanC?: number | null;
      minC?: number | null;
      maxC?: number | null;
      code?: string;
    };
    if (values.code !== undefined) {
      station ??= values.code;
      if (values.code !== station)
        badWeatherRow(
          row.line,
          names[columns.code as number] ?? "code",
          "weather.reason.several_stations",
          values.code,
        );
    }
    if (seen.has(values.day))
      badWeatherRow(row.line, names[columns.day as number] ?? "date", "weather.reason.duplicate", values.day);
    seen.add(values.day);
    const tmeanC =
      "tmeanC" in values
        ? (values.tmeanC ?? null)
        : values.minC != null && values.maxC != null
          ? (values.minC + values.maxC) / 2
          : null;
    if (tmeanC === null) daysWithoutValue.push(values.day);
    else temperatures.push({ day: values.day, tmeanC: round2(tmeanC) });
  }
  if (!temperatures.length) badWeatherRow(header.line + 1, "", "weather.reason.no_data");
  temperatures.sort((a, b) => a.day.localeCompare(b.day));
  return { format, rowsRead: rows.length, temperatures, daysWithoutValue: daysWithoutValue.sort() };
}

/** `1`…`12` or `01`…`12` → `01`…`12`. */
function monthOfYear(text: string): string | null {
  const n = /^\d{1,2}$/.test(text.trim()) ? Number(text) : 0;
  return n >= 1 && n <= 12 ? String(n).padStart(2, "0") : null;
}

export function parseMonthlyDegreeDaysFile(text: string, kind: "measured" | "normal"): MonthlyValue[] {
  const { header, rows } = readRows(text);
  const names = header.cells.map((c) => c.trim());
  const monthAt = names.findIndex((n) => normalise(n) === "month");
  const valueAt = names.findIndex((n) => normalise(n) === "degree_days");
  if (monthAt < 0 || valueAt < 0)
    throw new WeatherFileRefused({ code: "weather.unknown_degree_day_format", line: header.line });
  const schema = z.object({
    month:
      kind === "measured"
        ? cell((s) => (isMonth(s.trim()) ? s.trim() : null), "weather.reason.month")
        : cell(monthOfYear, "weather.reason.month_of_year"),
    degreeDays: cell(parseDecimalCell, "weather.reason.degree_days").pipe(
      z.number().min(0, "weather.reason.degree_days").max(1000, "weather.reason.degree_days"),
    ),
  });
  const columns = { month: monthAt, degreeDays: valueAt };
  const seen = new Set<string>();
  const values: MonthlyValue[] = [];
  for (const row of rows) {
    const value = checkRow(schema, row, columns, names);
    if (seen.has(value.month))
      badWeatherRow(row.line, names[monthAt] ?? "month", "weather.reason.duplicate", value.month);
    seen.add(value.month);
    values.push(value);
  }
  if (!values.length) badWeatherRow(header.line + 1, "", "weather.reason.no_data");
  return values.sort((a, b) => a.month.localeCompare(b.month));
}
