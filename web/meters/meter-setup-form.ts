import { t } from "../lib/i18n/index.ts";
import type { CreateMeterInput, MeterKind } from "./meter-setup-api.ts";
import { unitLabel } from "./meter-words.ts";
import type { Meter, Register, Unit } from "./meters-api.ts";
import {
  compactEan,
  dayProblem,
  optionalNumber,
  optionalText,
  type Problems,
  readIndexes,
} from "./setup-fields.ts";

/** What the form asks for each kind: its unit, and whether it has an index at all (the API holds the rules). */
export const KINDS: Record<MeterKind, { unit: Unit; mode: Meter["readingMode"]; icon: string }> = {
  electricity: { unit: "kwh", mode: "cumulative_index", icon: "electricity" },
  gas: { unit: "m3", mode: "cumulative_index", icon: "gas" },
  water: { unit: "m3", mode: "cumulative_index", icon: "water" },
  heat: { unit: "kwh", mode: "cumulative_index", icon: "heat" },
  heat_cost_allocator: { unit: "units", mode: "cumulative_index", icon: "radiator" },
  heating_oil: { unit: "litre", mode: "stock_level", icon: "tank" },
  pellets: { unit: "kg", mode: "deliveries_only", icon: "pellets" },
  wood: { unit: "kg", mode: "deliveries_only", icon: "wood" },
};
export const KIND_ORDER = Object.keys(KINDS) as MeterKind[];

/**
 * Electricity meters as people see them: one index, day and night, or a digital meter with solar
 * panels (what is taken from the grid and what goes back, day and night). An exclusive-night
 * register (storage heaters, a night boiler) may come on top of any of them.
 */
export const LAYOUTS = ["single", "day_night", "solar"] as const;
export type ElectricityLayout = (typeof LAYOUTS)[number];
const LAYOUT_REGISTERS: Record<ElectricityLayout, { offtake: Register[]; injection: Register[] }> = {
  single: { offtake: ["single"], injection: [] },
  day_night: { offtake: ["day", "night"], injection: [] },
  solar: { offtake: ["day", "night"], injection: ["injection_day", "injection_night"] },
};

export function registersFor({
  kind,
  layout,
  exclusiveNight,
}: {
  kind: MeterKind;
  layout: ElectricityLayout;
  exclusiveNight: boolean;
}): Register[] {
  if (KINDS[kind].mode === "deliveries_only") return [];
  if (kind !== "electricity") return ["single"];
  const { offtake, injection } = LAYOUT_REGISTERS[layout];
  return [...offtake, ...(exclusiveNight ? (["exclusive_night"] as const) : []), ...injection];
}

/** Electricity and gas supply points have an EAN (on the bill); it ties smart-meter files to the meter. */
export function hasEan(kind: MeterKind): boolean {
  return kind === "electricity" || kind === "gas";
}

export interface MeterDraft {
  kind: MeterKind | null;
  name: string;
  layout: ElectricityLayout;
  exclusiveNight: boolean;
  gasType: "H" | "L";
  startDay: string;
  startIndex: Partial<Record<Register, string>>;
  ean: string;
  serial: string;
  maxIndex: string;
}

export type MeterField =
  | "kind"
  | "name"
  | "registers"
  | "gasType"
  | "startedAt"
  | `startIndex.${Register}`
  | "ean"
  | "serial"
  | "maxIndex";

export function emptyDraft(today: string): MeterDraft {
  return {
    kind: null,
    name: "",
    layout: "single",
    exclusiveNight: false,
    gasType: "H",
    startDay: today,
    startIndex: {},
    ean: "",
    serial: "",
    maxIndex: "",
  };
}

/** The request to send, or what to fix first. */
export function toCreateInput(
  draft: MeterDraft,
  today: string,
): { input: CreateMeterInput } | { problems: Problems<MeterField> } {
  const { kind } = draft;
  if (!kind) return { problems: { kind: { title: t("meterSetup.kindMissing") } } };
  const registers = registersFor({ kind, layout: draft.layout, exclusiveNight: draft.exclusiveNight });
  const indexes = readIndexes({
    registers,
    texts: draft.startIndex,
    prefix: "startIndex",
    unit: unitLabel(KINDS[kind].unit),
  });
  const problems: Problems<MeterField> = { ...indexes.problems };
  const name = optionalText(draft.name);
  if (!name) problems.name = { title: t("meterSetup.nameMissing") };
  const day = dayProblem(draft.startDay, today);
  if (day) problems.startedAt = day;
  const maxIndex = optionalNumber(draft.maxIndex);
  if (maxIndex === null) problems.maxIndex = { title: t("reading.invalidNumber") };
  if (Object.keys(problems).length || !name || maxIndex === null) return { problems };
  const ean = hasEan(kind) ? compactEan(draft.ean) : undefined;
  const serial = KINDS[kind].mode === "deliveries_only" ? undefined : optionalText(draft.serial);
  const input: CreateMeterInput = {
    kind,
    name,
    startedAt: draft.startDay,
    // Pellets and wood have no register: the API gives them none.
    ...(registers.length ? { registers, startIndex: indexes.values } : {}),
    ...(kind === "gas" ? { gasType: draft.gasType } : {}),
    ...(ean ? { ean } : {}),
    ...(serial ? { serial } : {}),
    ...(maxIndex !== undefined && KINDS[kind].mode === "cumulative_index" ? { maxIndex } : {}),
  };
  return { input };
}
