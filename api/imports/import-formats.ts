import type { Register } from "../meters/meter-kinds.ts";
import type { IntervalUnit } from "./import-values.ts";

/**
 * The layouts of smart-meter exports seen from Belgian distribution operators' portals, recognised
 * by their header (names compared without case or surrounding spaces, in any column order):
 * - `dutch_v1`: `Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus`
 * - `dutch_v2`: `Van (datum);Van (tijdstip);Tot (datum);Tot (tijdstip);EAN-code;…;Validatiestatus;Omschrijving`
 * - `english`: `From (date);From (time);Until (date);Until (time);EAN code;…;Unit;Validation status;…`
 * - `generic`: any header, with the timestamp and value columns named by the uploader.
 */
export type ImportFormat = "dutch_v1" | "dutch_v2" | "english" | "generic";

export type DsoField =
  | "fromDate"
  | "fromTime"
  | "toDate"
  | "toTime"
  | "ean"
  | "register"
  | "volume"
  | "unit"
  | "status";

const DSO_HEADERS: Record<Exclude<ImportFormat, "generic">, Record<DsoField, string>> = {
  dutch_v1: {
    fromDate: "van datum",
    fromTime: "van tijdstip",
    toDate: "tot datum",
    toTime: "tot tijdstip",
    ean: "ean",
    register: "register",
    volume: "volume",
    unit: "eenheid",
    status: "validatiestatus",
  },
  dutch_v2: {
    fromDate: "van (datum)",
    fromTime: "van (tijdstip)",
    toDate: "tot (datum)",
    toTime: "tot (tijdstip)",
    ean: "ean-code",
    register: "register",
    volume: "volume",
    unit: "eenheid",
    status: "validatiestatus",
  },
  english: {
    fromDate: "from (date)",
    fromTime: "from (time)",
    toDate: "until (date)",
    toTime: "until (time)",
    ean: "ean code",
    register: "register",
    volume: "volume",
    unit: "unit",
    status: "validation status",
  },
};

export interface DsoLayout {
  format: Exclude<ImportFormat, "generic">;
  /** Column index of each field. */
  at: Record<DsoField, number>;
  /** The header as the file writes it, to name a field in a refusal. */
  names: Record<DsoField, string>;
  width: number;
}

/** The uploader's description of a generic file (multipart fields). */
export interface GenericMapping {
  timestampColumn: string;
  valueColumn: string;
  unit: IntervalUnit;
  register: Register;
}

export interface GenericLayout {
  format: "generic";
  timestampAt: number;
  valueAt: number;
  names: { timestamp: string; value: string };
  unit: IntervalUnit;
  register: Register;
  width: number;
}

export type Layout = DsoLayout | GenericLayout;

const normalise = (name: string) =>
  name
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

/** The layout a header announces; an operator's layout wins over a mapping. Null when unknown. */
export function detectLayout(header: readonly string[], mapping?: GenericMapping): Layout | null {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(normalise(name))) index.set(normalise(name), i);
  });
  for (const [format, fields] of Object.entries(DSO_HEADERS) as [
    DsoLayout["format"],
    Record<DsoField, string>,
  ][]) {
    const entries = Object.entries(fields) as [DsoField, string][];
    if (!entries.every(([, name]) => index.has(name))) continue;
    const at = Object.fromEntries(entries.map(([f, name]) => [f, index.get(name)])) as Record<
      DsoField,
      number
    >;
    const names = Object.fromEntries(entries.map(([f]) => [f, header[at[f]]?.trim()])) as Record<
      DsoField,
      string
    >;
    return { format, at, names, width: Math.max(...Object.values(at)) + 1 };
  }
  if (!mapping) return null;
  const timestampAt = index.get(normalise(mapping.timestampColumn));
  const valueAt = index.get(normalise(mapping.valueColumn));
  if (timestampAt === undefined || valueAt === undefined) return null;
  return {
    format: "generic",
    timestampAt,
    valueAt,
    names: { timestamp: mapping.timestampColumn.trim(), value: mapping.valueColumn.trim() },
    unit: mapping.unit,
    register: mapping.register,
    width: Math.max(timestampAt, valueAt) + 1,
  };
}
