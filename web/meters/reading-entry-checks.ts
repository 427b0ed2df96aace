import type { ApiError } from "../lib/api.ts";
import { parseDecimal } from "../lib/decimal.ts";
import { t } from "../lib/i18n/index.ts";
import type { FieldProblem } from "./entry-field.tsx";
import type { Reading, Register } from "./meters-api.ts";

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
 * it. Registers already stored are skipped.
 */
export function checkEntry({
  registers,
  done,
  values,
  day,
  today,
}: {
  registers: readonly Register[];
  done: (register: Register) => boolean;
  values: Partial<Record<Register, string>>;
  day: string;
  today: string;
}): { problems: Problems; numbers: Partial<Record<Register, number>> | null } {
  const problems: Problems = {};
  const numbers: Partial<Record<Register, number>> = {};
  for (const register of registers) {
    if (done(register)) continue;
    const text = values[register] ?? "";
    const value = parseDecimal(text);
    if (text.trim() === "") problems[register] = { title: t("reading.required") };
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

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;
