import { isLocalDay, type LocalDay } from "../consumption/brussels-days.ts";
import type { Register } from "../meters/meter-kinds.ts";

/**
 * The cells of operators' exports, read the way Belgian files write them: decimal comma, dates
 * day first, EAN protected from Excel as `="5414…"`. Each reader returns null for what it cannot
 * read, and the row reader turns that into a refusal naming the line.
 */

/** `0,123`, `0.123`, `1.234,5` or `1 234,5`; null when it is not a number. Empty is handled by callers. */
export function parseDecimal(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, "");
  if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** `="541448820000000001"` → `541448820000000001`; null when empty. */
export function parseEan(text: string): string | null {
  const s = text.replace(/[="\s]/g, "");
  return s === "" ? null : s;
}

/** `27-10-2024`, `27/10/2024` or `2024-10-27` → `2024-10-27`; null otherwise. */
export function parseDay(text: string): LocalDay | null {
  const s = text.trim();
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const day = dayFirst
    ? `${dayFirst[3]}-${dayFirst[2]?.padStart(2, "0")}-${dayFirst[1]?.padStart(2, "0")}`
    : s;
  return isLocalDay(day) ? day : null;
}

/** `02:15`, `02:15:00` → milliseconds after midnight; `24:00` is the end of the day. Null otherwise. */
export function parseWallTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (min > 59 || sec > 59 || h > 24 || (h === 24 && (min > 0 || sec > 0))) return null;
  return ((h * 60 + min) * 60 + sec) * 1000;
}

/** Operators' register names → the app's registers. Matching ignores case and spaces. */
const REGISTERS: Record<string, Register> = {
  "afname dag": "day",
  "afname nacht": "night",
  "afname exclusief nacht": "exclusive_night",
  "injectie dag": "injection_day",
  "injectie nacht": "injection_night",
  afname: "single",
  "afname actief": "single",
  "afname totaal": "single",
  offtake: "single",
  "offtake day": "day",
  "offtake night": "night",
  "injection day": "injection_day",
  "injection night": "injection_night",
};

export function mapRegister(text: string): Register | null {
  return REGISTERS[text.trim().toLowerCase().replace(/\s+/g, " ")] ?? null;
}

export type IntervalUnit = "kwh" | "m3";

/** `kWh`, `m³`, `m3` (and `m` followed by a broken `³` when a Windows-1252 file is read as UTF-8). */
export function parseUnit(text: string): IntervalUnit | null {
  const s = text.trim().toLowerCase();
  if (s === "kwh") return "kwh";
  if (s === "m3" || s === "m³" || s === "m\ufffd") return "m3";
  return null;
}

export type ValueStatus = "measured" | "estimated" | "no_consumption";

/**
 * `Geen verbruik` / `No consumption` means the meter measured nothing: an empty volume is then 0.
 * `Geschat` / `Estimated` are the operator's estimates. Everything else (`Gevalideerd`, `Uitgelezen`,
 * `Validated`, `Read`…) is a measurement.
 */
export function parseStatus(text: string): ValueStatus {
  const s = text.trim().toLowerCase();
  if (s === "geen verbruik" || s === "no consumption" || s === "pas de consommation") return "no_consumption";
  if (s.startsWith("geschat") || s.startsWith("estimated") || s.startsWith("estim")) return "estimated";
  return "measured";
}

/**
 * Remembers a cell reader's answers: a year of quarter-hours repeats the same few hundred days, times
 * and values. Consecutive lines mostly repeat a cell (the day, the unit, the status), and comparing
 * it with the last one costs less than hashing it for the map.
 */
export function memo<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  let lastText: string | undefined;
  let lastFound: T | undefined;
  return (text) => {
    if (text === lastText) return lastFound as T;
    let found = cache.get(text);
    if (found === undefined && !cache.has(text)) {
      found = read(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, found);
    }
    lastText = text;
    lastFound = found;
    return found as T;
  };
}
