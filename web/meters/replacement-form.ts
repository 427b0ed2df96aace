import { formatDate, formatIndex, isoWithOffset } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { ReplaceMeterInput } from "./meter-setup-api.ts";
import { registerLabel, unitLabel } from "./meter-words.ts";
import type { Register, Unit } from "./meters-api.ts";
import {
  compactEan,
  dayProblem,
  optionalNumber,
  optionalText,
  type Problems,
  readIndexes,
} from "./setup-fields.ts";

export interface ReplacementDraft {
  day: string;
  finals: Partial<Record<Register, string>>;
  starts: Partial<Record<Register, string>>;
  serial: string;
  ean: string;
  maxIndex: string;
}

export type ReplacementField =
  | "replacedAt"
  | `finalIndex.${Register}`
  | `newMeter.startIndex.${Register}`
  | "newMeter.serial"
  | "newMeter.ean"
  | "newMeter.maxIndex";

/** One line of the confirmation: this register ends at `final` and starts again at `start`. */
export interface ReplacementLine {
  register: Register;
  final: number;
  start: number;
}

export function emptyReplacement(today: string): ReplacementDraft {
  return { day: today, finals: {}, starts: {}, serial: "", ean: "", maxIndex: "" };
}

/**
 * The request to send, with the lines the person confirms, or what to fix first. Indexes are sent
 * per register, so a refusal names the register (`finalIndex.night`). A replacement "today" happens
 * now, after today's readings of the old meter; another day means that day's start in Brussels.
 */
export function toReplaceInput({
  draft,
  registers,
  unit: unitCode,
  today,
  now,
}: {
  draft: ReplacementDraft;
  registers: readonly Register[];
  unit: Unit;
  today: string;
  now: Date;
}): { input: ReplaceMeterInput; lines: ReplacementLine[] } | { problems: Problems<ReplacementField> } {
  const unit = unitLabel(unitCode);
  const finals = readIndexes({ registers, texts: draft.finals, prefix: "finalIndex", unit });
  const starts = readIndexes({ registers, texts: draft.starts, prefix: "newMeter.startIndex", unit });
  const problems: Problems<ReplacementField> = { ...finals.problems, ...starts.problems };
  const day = dayProblem(draft.day, today);
  if (day) problems.replacedAt = day;
  const maxIndex = optionalNumber(draft.maxIndex);
  if (maxIndex === null) problems["newMeter.maxIndex"] = { title: t("reading.invalidNumber") };
  if (Object.keys(problems).length || maxIndex === null) return { problems };
  const serial = optionalText(draft.serial);
  const ean = compactEan(draft.ean);
  const input: ReplaceMeterInput = {
    replacedAt: draft.day === today ? isoWithOffset(now) : draft.day,
    finalIndex: finals.values,
    newMeter: {
      startIndex: starts.values,
      ...(serial ? { serial } : {}),
      ...(ean ? { ean } : {}),
      ...(maxIndex === undefined ? {} : { maxIndex }),
    },
  };
  const lines = registers.map((register) => ({
    register,
    final: finals.values[register] as number,
    start: starts.values[register] as number,
  }));
  return { input, lines };
}

/** What will happen, in words: the old meter closes on that day with its index, the new one starts at its own. */
export function replacementSummary({
  lines,
  unit: unitCode,
  replacedAt,
}: {
  lines: readonly ReplacementLine[];
  unit: Unit;
  replacedAt: string;
}): { sentence: string; registers: string[] } {
  const unit = unitLabel(unitCode);
  const date = formatDate(replacedAt);
  const [only] = lines;
  if (lines.length === 1 && only)
    return {
      sentence: t("meterReplace.summaryOne", {
        date,
        final: formatIndex(only.final),
        start: formatIndex(only.start),
        unit,
      }),
      registers: [],
    };
  return {
    sentence: t("meterReplace.summaryMany", { date }),
    registers: lines.map((line) =>
      t("meterReplace.summaryRegister", {
        register: registerLabel(line.register),
        final: formatIndex(line.final),
        start: formatIndex(line.start),
        unit,
      }),
    ),
  };
}
