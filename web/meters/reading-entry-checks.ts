import "../lib/i18n/fr-household.ts";
import type { ApiError } from "../lib/api.ts";
import { parseDecimal } from "../lib/decimal.ts";
import { brusselsDay, formatDay, formatIndex, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { FieldProblem } from "./entry-field.tsx";
import { daysText } from "./meter-words.ts";
import type { Meter, Reading, Register } from "./meters-api.ts";
import { numberQuestion } from "./number-choice.ts";

/** What the entry needs of a reading: the server's, or one still waiting on the phone. */
export type PastReading = Pick<Reading, "register" | "readAt" | "value" | "flags">;

export type Problems = Partial<Record<Register | "readAt", FieldProblem>>;

/** The reading the person is asked to look at again before it is stored. */
export interface PendingConfirmation {
  register: Register;
  value: number;
  /** Used since the reading before, as the server counted it (across a reset too); null when not said. */
  used: number | null;
  /** Calendar days since the reading before, as the server counted them; null when not said. */
  days: number | null;
}

/**
 * What the person typed, checked on the phone first: a missing or unreadable number never leaves
 * it, nor one that reads two ways ("1.100"): that one is asked. Registers already stored are skipped.
 */
export function checkEntry({
  registers,
  done,
  values,
  day,
  today,
  unit,
}: {
  registers: readonly Register[];
  done: (register: Register) => boolean;
  values: Partial<Record<Register, string>>;
  day: string;
  today: string;
  /** The unit's words, for the answers of a question. */
  unit: string;
}): { problems: Problems; numbers: Partial<Record<Register, number>> | null } {
  const problems: Problems = {};
  const numbers: Partial<Record<Register, number>> = {};
  for (const register of registers) {
    if (done(register)) continue;
    const text = values[register] ?? "";
    const value = parseDecimal(text);
    const question = numberQuestion(text, unit);
    if (text.trim() === "") problems[register] = { title: t("reading.required") };
    else if (question) problems[register] = question;
    else if (value === null) problems[register] = { title: t("reading.invalidNumber") };
    else numbers[register] = value;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) problems.readAt = { title: t("reading.dateMissing") };
  else if (day > today) problems.readAt = { title: t("reading.dateFuture") };
  return { problems, numbers: Object.keys(problems).length ? null : numbers };
}

/** The reading of `register` just before the instant `at` (ms). */
export function previousReading({
  history,
  register,
  at,
}: {
  history: readonly PastReading[];
  register: Register;
  at: number;
}): PastReading | null {
  return (
    history
      .filter((r) => r.register === register && new Date(r.readAt).getTime() < at)
      .sort((a, b) => new Date(b.readAt).getTime() - new Date(a.readAt).getTime())[0] ?? null
  );
}

/**
 * The reading of `register` before one sent at `readAt`, as the server will see it: a plain day
 * (`YYYY-MM-DD`) is that day at 00:00 in Brussels, so only readings of the days before count.
 */
export function previousBefore({
  history,
  register,
  readAt,
}: {
  history: readonly PastReading[];
  register: Register;
  readAt: string;
}): PastReading | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(readAt))
    return previousReading({ history, register, at: new Date(readAt).getTime() });
  const before = history.filter((r) => r.register === register && brusselsDay(new Date(r.readAt)) < readAt);
  return previousReading({ history: before, register, at: Number.POSITIVE_INFINITY });
}

/**
 * An index below the one before, with no reset declared, refused on the phone as the server would,
 * in the server's words: without a connection it would wait on the phone and show a negative use.
 * A tank's level goes down: not checked.
 */
export function belowPrevious({
  meter,
  numbers,
  resets,
  history,
  readAt,
}: {
  meter: Pick<Meter, "kind" | "readingMode" | "registers">;
  numbers: Partial<Record<Register, number>>;
  resets: Partial<Record<Register, boolean>>;
  history: readonly PastReading[];
  readAt: string;
}): Problems {
  const problems: Problems = {};
  if (meter.readingMode !== "cumulative_index") return problems;
  for (const register of meter.registers) {
    const value = numbers[register];
    const previous = previousBefore({ history, register, readAt });
    if (value === undefined || resets[register] || !previous || value >= previous.value) continue;
    problems[register] = {
      title: t("reading.belowPrevious", {
        value: formatIndex(value),
        previousValue: formatIndex(previous.value),
        previousDate: formatDay(previous.readAt),
      }),
      detail: t(
        meter.kind === "heat_cost_allocator"
          ? "reading.belowPreviousDetailAllocator"
          : meter.registers.includes("day") && meter.registers.includes("night")
            ? "reading.belowPreviousDetailDayNight"
            : "reading.belowPreviousDetail",
      ),
    };
  }
  return problems;
}

/**
 * What to show when the server asks to confirm a big jump: the figures of its problem, never redone
 * here (a declared reset makes the use the new index, or the turn of the counter, not value − previous).
 * Figures missing or not plausible leave the shorter sentence, never a negative use.
 */
export function confirmationFor({
  register,
  value,
  problem,
}: {
  register: Register;
  value: number;
  problem: Pick<ApiError, "extensions">;
}): PendingConfirmation {
  const { consumption, days } = problem.extensions;
  const said = isCount(consumption) && isCount(days) && days >= 1;
  return { register, value, used: said ? consumption : null, days: said ? days : null };
}

/** "Cela ferait 9 300 kWh en 30 jours. …", or the short sentence when the figures were not said. */
export function confirmationSentence(
  confirmation: Pick<PendingConfirmation, "used" | "days">,
  unit: string,
): string {
  return confirmation.used !== null && confirmation.days !== null
    ? t("reading.confirmText", {
        used: formatNumber(confirmation.used),
        unit,
        days: daysText(confirmation.days),
      })
    : t("reading.confirmTextShort");
}

/**
 * The same question next to a field (a correction in the history): the entry's sentence from the
 * problem's figures, never the server's title, then "is it really …?".
 */
export function confirmationProblem({
  register,
  value,
  problem,
  unit,
}: {
  register: Register;
  value: number;
  problem: Pick<ApiError, "extensions">;
  unit: string;
}): FieldProblem {
  return {
    title: confirmationSentence(confirmationFor({ register, value, problem }), unit),
    detail: t("reading.confirmAsk", { value: formatIndex(value) }),
  };
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;
