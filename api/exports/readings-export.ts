import { recordHouseholdRead } from "../audit/index.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import type { Language } from "../http/i18n.ts";
import { listHouseholdMetersAndReadings, UNIT_LABELS } from "../meters/index.ts";
import type { MeterKind, NativeUnit, Register } from "../meters/meter-kinds.ts";
import { brusselsIso, type Cell, excelCsv } from "./excel-csv.ts";
import { flagsText, KIND_LABELS, REGISTER_LABELS, SOURCE_LABELS } from "./export-labels.ts";

export type ExportFormat = "csv" | "json";

/** One line of the readings export (JSON form); the CSV says the same in the caller's words. */
export interface ReadingLine {
  meterId: string;
  meterName: string;
  kind: MeterKind;
  register: Register;
  readAt: Date;
  value: number;
  unit: NativeUnit;
  source: keyof typeof SOURCE_LABELS;
  flags: string[];
  note: string | null;
}

const HEADER: Record<Language, string[]> = {
  fr: [
    "Compteur",
    "Énergie",
    "Cadran",
    "Date (heure de Bruxelles)",
    "Horodatage ISO 8601",
    "Index",
    "Unité",
    "Source",
    "Marques",
    "Note",
  ],
  nl: [
    "Meter",
    "Energie",
    "Telwerk",
    "Datum (Brusselse tijd)",
    "Tijdstempel ISO 8601",
    "Meterstand",
    "Eenheid",
    "Bron",
    "Kenmerken",
    "Notitie",
  ],
  en: [
    "Meter",
    "Energy",
    "Register",
    "Date (Brussels time)",
    "ISO 8601 timestamp",
    "Index",
    "Unit",
    "Source",
    "Flags",
    "Note",
  ],
  de: [
    "Zähler",
    "Energie",
    "Zählwerk",
    "Datum (Brüsseler Zeit)",
    "Zeitstempel ISO 8601",
    "Zählerstand",
    "Einheit",
    "Quelle",
    "Markierungen",
    "Notiz",
  ],
};

type HouseholdRows = Awaited<ReturnType<typeof listHouseholdMetersAndReadings>>;

/** Every reading of every meter of the household, meter by meter (oldest meter first), oldest reading first. */
export function toReadingLines({ meters, readings }: HouseholdRows): ReadingLine[] {
  const order = new Map(meters.map((m, i) => [m.id, i]));
  const meterOf = new Map(meters.map((m) => [m.id, m]));
  return [...readings]
    .sort((a, b) => (order.get(a.meterId) ?? 0) - (order.get(b.meterId) ?? 0))
    .map((r) => {
      const meter = meterOf.get(r.meterId) as HouseholdRows["meters"][number];
      const { register, readAt, value, source, note } = r;
      return {
        meterId: meter.id,
        meterName: meter.name,
        kind: meter.kind,
        register,
        readAt,
        value,
        unit: meter.unit,
        source,
        flags: [...r.flags],
        note,
      };
    });
}

export function readingsCsv(lines: readonly ReadingLine[], lang: Language): string {
  const rows: Cell[][] = lines.map((l) => [
    l.meterName,
    KIND_LABELS[l.kind][lang],
    REGISTER_LABELS[l.register][lang],
    l.readAt,
    brusselsIso(l.readAt),
    l.value,
    UNIT_LABELS[l.unit][lang],
    SOURCE_LABELS[l.source][lang],
    flagsText(l.flags, lang),
    l.note,
  ]);
  return excelCsv({ header: HEADER[lang], rows });
}

/** The household itself, or staff with its consent; staff exports are always audited. */
export async function exportReadings({
  ctx,
  householdId,
  format,
}: {
  ctx: Ctx;
  householdId: string;
  format: ExportFormat;
}) {
  const household = await assertHouseholdDataAccess({ ctx, householdId });
  const lines = toReadingLines(await listHouseholdMetersAndReadings({ ctx, householdId }));
  await recordHouseholdRead({ ctx, householdId, action: "household.readings_exported", details: { format } });
  return { household: { id: household.id, code: household.code }, exportedAt: ctx.now, lines };
}
