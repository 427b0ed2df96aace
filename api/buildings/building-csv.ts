import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { BUILDING_COLUMNS, type Column, DWELLING_COLUMNS, normaliseWord } from "./building-csv-columns.ts";

/**
 * The lists of buildings and of dwellings a housing company keeps in a spreadsheet, read with
 * csv-parse and checked row by row with zod: the first bad row refuses the whole file, naming its
 * line and the column as the file writes it. `;` or `,` separators; decimal comma or point. The
 * header line names the columns in French (building-csv-columns.ts); a file with a `logement`
 * column is a list of dwellings, otherwise one of buildings. Other columns are ignored.
 */

export type BuildingImportReason =
  | "building_import.reason.required"
  | "building_import.reason.too_long"
  | "building_import.reason.area"
  | "building_import.reason.count"
  | "building_import.reason.postcode"
  | "building_import.reason.heating"
  | "building_import.reason.year"
  | "building_import.reason.floor"
  | "building_import.reason.position"
  | "building_import.reason.duplicate"
  | "building_import.reason.unknown_building"
  | "building_import.reason.columns"
  | "building_import.reason.syntax";

export type BuildingFileRefusal =
  | {
      code: "building_import.bad_row";
      line: number;
      column: string;
      reason: BuildingImportReason;
      value: string;
    }
  | { code: "building_import.missing_column"; line: number; column: string }
  | { code: "building_import.unknown_layout" | "building_import.no_data"; line: number };

export class BuildingFileRefused extends Error {
  constructor(readonly refusal: BuildingFileRefusal) {
    super(refusal.code);
  }
}

export function badRow(line: number, column: string, reason: BuildingImportReason, value = ""): never {
  throw new BuildingFileRefused({ code: "building_import.bad_row", line, column, reason, value });
}

/** Excel in Belgium often saves CSV as Windows-1252: bytes that are not UTF-8 are read as such. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** `1250`, `1250,5`, `1 250,5`, `1.250,5` or `1250.5` → number; null otherwise. */
export function parseDecimal(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f']/g, "");
  if (s.includes(",")) s = s.replaceAll(".", "").replace(",", ".");
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** The numeric columns keep one decimal: more is refused rather than rounded away unseen. */
const oneDecimal = (x: number) => Math.abs(Math.round(x * 10) - x * 10) < 1e-9;

/** A cell read with `read`; `undefined` means it cannot be read (the reason), `null` an empty optional cell. */
function cell<T>(read: (text: string) => T | undefined, reason: BuildingImportReason) {
  return z.string().transform((text, ctx): T => {
    const value = read(text.trim());
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: reason });
      return z.NEVER;
    }
    return value;
  });
}

const Text = (max: number) =>
  z.string().trim().min(1, "building_import.reason.required").max(max, "building_import.reason.too_long");
const Area = (max: number) =>
  cell((s) => {
    const n = parseDecimal(s);
    return n !== null && n > 0 && n <= max && oneDecimal(n) ? n : undefined;
  }, "building_import.reason.area");
/** An empty cell is null; otherwise `read` decides. */
const optional =
  <T>(read: (s: string) => T | undefined) =>
  (s: string) =>
    s === "" ? null : read(s);
const wordIn =
  <T extends string>(words: Record<string, T>) =>
  (s: string): T | undefined =>
    words[normaliseWord(s)];

const HEATING: Record<string, "gas_boiler" | "oil_boiler" | "heat_network" | "heat_pump"> = {
  chaudieregaz: "gas_boiler",
  gaz: "gas_boiler",
  gasboiler: "gas_boiler",
  chaudieremazout: "oil_boiler",
  mazout: "oil_boiler",
  fioul: "oil_boiler",
  oilboiler: "oil_boiler",
  reseaudechaleur: "heat_network",
  reseauchaleur: "heat_network",
  heatnetwork: "heat_network",
  pompeachaleur: "heat_pump",
  pac: "heat_pump",
  heatpump: "heat_pump",
};

type Position = "middle" | "corner" | "top" | "bottom" | "top_corner" | "bottom_corner";
const POSITION: Record<string, Position> = {
  milieu: "middle",
  middle: "middle",
  angle: "corner",
  coin: "corner",
  pignon: "corner",
  corner: "corner",
  dernieretage: "top",
  toit: "top",
  top: "top",
  rez: "bottom",
  rezdechaussee: "bottom",
  rdc: "bottom",
  bottom: "bottom",
  dernieretageangle: "top_corner",
  angledernieretage: "top_corner",
  topcorner: "top_corner",
  rezangle: "bottom_corner",
  anglerez: "bottom_corner",
  rdcangle: "bottom_corner",
  bottomcorner: "bottom_corner",
};

const GROUND_FLOOR = new Set(["rez", "rdc", "rezdechaussee"]);
function floorOf(s: string): number | undefined {
  if (GROUND_FLOOR.has(normaliseWord(s))) return 0;
  const n = /^-?\d{1,3}$/.test(s) ? Number(s) : Number.NaN;
  return n >= -5 && n <= 200 ? n : undefined;
}

function yearOf(s: string): number | undefined {
  const n = /^\d{4}$/.test(s) ? Number(s) : 0;
  return n >= 1800 && n <= 2100 ? n : undefined;
}

function countOf(s: string): number | undefined {
  const n = /^\d{1,5}$/.test(s) ? Number(s) : 0;
  return n >= 1 && n <= 10_000 ? n : undefined;
}

export const BuildingRowSchema = z.object({
  code: Text(40),
  name: Text(120),
  address: Text(200),
  postcode: cell((s) => (/^\d{4}$/.test(s) ? s : undefined), "building_import.reason.postcode"),
  commune: Text(80),
  heatedAreaM2: Area(9_999_999),
  dwellingCount: cell(countOf, "building_import.reason.count"),
  heatingSystem: cell(wordIn(HEATING), "building_import.reason.heating"),
  constructionYear: cell(optional(yearOf), "building_import.reason.year"),
});

export const DwellingRowSchema = z.object({
  buildingCode: Text(40),
  unitLabel: Text(40),
  floorAreaM2: Area(99_999),
  floor: cell(optional(floorOf), "building_import.reason.floor"),
  position: cell(optional(wordIn(POSITION)), "building_import.reason.position"),
});

export type BuildingRowInput = z.output<typeof BuildingRowSchema> & { line: number };
export type DwellingRowInput = z.output<typeof DwellingRowSchema> & { line: number };
export type ParsedBuildingFile =
  | { kind: "buildings"; rows: BuildingRowInput[] }
  | { kind: "dwellings"; rows: DwellingRowInput[]; buildingCodeColumn: string };

interface Row {
  line: number;
  cells: string[];
}

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
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError)
      badRow(Number((error as { lines?: number }).lines ?? 1), "", "building_import.reason.syntax");
    throw error;
  }
  const [header, ...rows] = records.map((r) => ({ line: r.info.lines, cells: r.record }));
  return { header: header ?? { line: 1, cells: [] }, rows };
}

/** Where each wanted column sits in the file, or the first required one missing. */
function locate(columns: readonly Column[], names: readonly string[], line: number) {
  const at: Record<string, number> = {};
  for (const column of columns) {
    const i = names.findIndex((n) => column.names.includes(normaliseWord(n)));
    if (i >= 0) at[column.field] = i;
    else if (column.required)
      throw new BuildingFileRefused({ code: "building_import.missing_column", line, column: column.header });
  }
  return at;
}

function checkRow<S extends z.ZodObject>(schema: S, row: Row, at: Record<string, number>, names: string[]) {
  const input: Record<string, string> = {};
  for (const [field, i] of Object.entries(at)) {
    const text = row.cells[i];
    if (text === undefined) badRow(row.line, names[i] ?? field, "building_import.reason.columns");
    input[field] = text;
  }
  for (const field of Object.keys(schema.shape)) input[field] ??= "";
  const result = schema.safeParse(input);
  if (result.success) return { ...(result.data as z.output<S>), line: row.line };
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const field = String(issue.path[0]);
  const column = names[at[field] as number] ?? field;
  const reason = issue.message.startsWith("building_import.reason.")
    ? (issue.message as BuildingImportReason)
    : "building_import.reason.required";
  return badRow(row.line, column, reason, input[field] ?? "");
}

/** The file's rows, checked one by one; duplicates within the file are refused at their second line. */
export function parseBuildingFile(text: string): ParsedBuildingFile {
  const { header, rows } = readRows(text);
  const names = header.cells.map((c) => c.trim());
  const normalised = names.map(normaliseWord);
  const isDwellings = DWELLING_COLUMNS.some(
    (c) => c.identifies && normalised.some((n) => c.names.includes(n)),
  );
  const isBuildings = BUILDING_COLUMNS.some(
    (c) => c.identifies && normalised.some((n) => c.names.includes(n)),
  );
  if (!isDwellings && !isBuildings)
    throw new BuildingFileRefused({ code: "building_import.unknown_layout", line: header.line });
  if (!rows.length) throw new BuildingFileRefused({ code: "building_import.no_data", line: header.line + 1 });
  const seen = new Set<string>();
  const once = (key: string, row: Row, column: string, value: string) => {
    if (seen.has(key)) badRow(row.line, column, "building_import.reason.duplicate", value);
    seen.add(key);
  };
  if (isDwellings) {
    const at = locate(DWELLING_COLUMNS, names, header.line);
    const out = rows.map((row) => {
      const r = checkRow(DwellingRowSchema, row, at, names);
      once(
        `${r.buildingCode}\u0000${r.unitLabel}`,
        row,
        names[at.unitLabel as number] as string,
        r.unitLabel,
      );
      return r;
    });
    return { kind: "dwellings", rows: out, buildingCodeColumn: names[at.buildingCode as number] as string };
  }
  const at = locate(BUILDING_COLUMNS, names, header.line);
  const out = rows.map((row) => {
    const r = checkRow(BuildingRowSchema, row, at, names);
    once(r.code, row, names[at.code as number] as string, r.code);
    return r;
  });
  return { kind: "buildings", rows: out };
}
