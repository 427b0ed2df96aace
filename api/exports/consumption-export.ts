import { recordHouseholdRead } from "../audit/index.ts";
import {
  brusselsDayOf,
  computeHouseholdConsumption,
  daysInMonth,
  type EnergyConsumption,
  type PeriodConsumption,
} from "../consumption/index.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import type { Language } from "../http/i18n.ts";
import { UNIT_LABELS } from "../meters/index.ts";
import { type Cell, excelCsv, roundTo } from "./excel-csv.ts";
import { KIND_LABELS, MISSING_LABELS } from "./export-labels.ts";
import type { ExportFormat } from "./readings-export.ts";

/** One month of one energy: the figures of `GET /api/households/{id}/consumption` at month granularity. */
export type ConsumptionLine = Omit<PeriodConsumption, "period" | "lastYear"> & {
  month: string;
  energy: EnergyConsumption["energy"];
  unit: EnergyConsumption["unit"];
};

const HEADER: Record<Language, string[]> = {
  fr: [
    "Mois",
    "Énergie",
    "Quantité",
    "Unité",
    "kWh",
    "Renvoyé au réseau (kWh)",
    "Coût (€)",
    "CO₂ (kg)",
    "Part estimée (%)",
    "Jours relevés",
    "Jours du mois",
    "Remarque",
  ],
  nl: [
    "Maand",
    "Energie",
    "Hoeveelheid",
    "Eenheid",
    "kWh",
    "Teruggeleverd aan het net (kWh)",
    "Kosten (€)",
    "CO₂ (kg)",
    "Geschat deel (%)",
    "Dagen met meterstanden",
    "Dagen van de maand",
    "Opmerking",
  ],
  en: [
    "Month",
    "Energy",
    "Quantity",
    "Unit",
    "kWh",
    "Sent to the grid (kWh)",
    "Cost (€)",
    "CO₂ (kg)",
    "Estimated share (%)",
    "Days covered",
    "Days in month",
    "Remark",
  ],
  de: [
    "Monat",
    "Energie",
    "Menge",
    "Einheit",
    "kWh",
    "Ins Netz eingespeist (kWh)",
    "Kosten (€)",
    "CO₂ (kg)",
    "Geschätzter Anteil (%)",
    "Erfasste Tage",
    "Tage des Monats",
    "Bemerkung",
  ],
};

/**
 * The window of whole months `from`–`to` (`YYYY-MM`, both included) as days; the current month ends
 * today, as the consumption screen's does. Absent months take that screen's defaults.
 */
export function monthWindow({ from, to, today }: { from?: string; to?: string; today: string }) {
  const lastDay = to === undefined ? undefined : `${to}-${String(daysInMonth(to)).padStart(2, "0")}`;
  return {
    from: from === undefined ? undefined : `${from}-01`,
    to: lastDay !== undefined && lastDay > today ? today : lastDay,
  };
}

export function consumptionLines(energies: readonly EnergyConsumption[]): ConsumptionLine[] {
  const lines = energies.flatMap((e) =>
    e.periods.map(({ period, lastYear: _lastYear, ...figures }) => ({
      month: period,
      energy: e.energy,
      unit: e.unit,
      ...figures,
    })),
  );
  // Month by month; the energies keep the order the consumption method gives them.
  return lines.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

export function consumptionCsv(lines: readonly ConsumptionLine[], lang: Language): string {
  const rows: Cell[][] = lines.map((l) => [
    l.month,
    KIND_LABELS[l.energy][lang],
    l.quantity,
    UNIT_LABELS[l.unit][lang],
    l.kwh,
    l.injectionKwh,
    l.costEur,
    l.co2Kg,
    l.estimatedShare === null ? null : roundTo(l.estimatedShare * 100, 1),
    l.coveredDays,
    l.days,
    [l.costMissingReason, l.co2MissingReason]
      .flatMap((reason) => (reason ? [MISSING_LABELS[reason]?.[lang] ?? reason] : []))
      .join(", "),
  ]);
  return excelCsv({ header: HEADER[lang], rows });
}

/** The household itself, or staff with its consent (the consumption screen's gate); staff exports are audited. */
export async function exportConsumption({
  ctx,
  householdId,
  format,
  from,
  to,
}: {
  ctx: Ctx;
  householdId: string;
  format: ExportFormat;
  from?: string;
  to?: string;
}) {
  // Also checked inside the computation; asked here for the household's code (the file's name).
  const household = await assertHouseholdDataAccess({ ctx, householdId });
  const window = monthWindow({ from, to, today: brusselsDayOf(ctx.now) });
  const consumption = await computeHouseholdConsumption({
    ctx,
    householdId,
    query: { ...window, granularity: "month" },
  });
  await recordHouseholdRead({
    ctx,
    householdId,
    action: "household.consumption_exported",
    details: { format, from: consumption.from, to: consumption.to },
  });
  return {
    household: { id: household.id, code: household.code },
    from: consumption.from,
    to: consumption.to,
    exportedAt: ctx.now,
    lines: consumptionLines(consumption.energies),
  };
}
