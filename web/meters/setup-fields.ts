import type { ApiError } from "../lib/api.ts";
import { parseDecimal } from "../lib/decimal.ts";
import { t } from "../lib/i18n/index.ts";
import type { FieldProblem } from "./entry-field.tsx";
import type { Register } from "./meters-api.ts";
import { numberQuestion } from "./number-choice.ts";

/**
 * What the "add a meter" and "replace a meter" forms share. The phone checks only what it needs to
 * build the request (a number it can read, a day); every other rule (EAN format, an index below the
 * last one…) is the API's, and its refusal is shown next to the field it names.
 */
export type Problems<F extends string> = Partial<Record<F, FieldProblem>>;

/**
 * One number per register, read as typed ("12 345,6"), or a problem named `${prefix}.${register}`.
 * "1.100" is asked (1100 or 1,1?) as a reading is: a start or final index guessed wrong would skew
 * every period after it.
 */
export function readIndexes<P extends string>({
  registers,
  texts,
  prefix,
  unit,
}: {
  registers: readonly Register[];
  texts: Partial<Record<Register, string>>;
  prefix: P;
  /** The unit's words ("kWh", "m³"), for the answers of a question. */
  unit: string;
}): { values: Partial<Record<Register, number>>; problems: Problems<`${P}.${Register}`> } {
  const values: Partial<Record<Register, number>> = {};
  const problems: Problems<`${P}.${Register}`> = {};
  for (const register of registers) {
    const text = texts[register] ?? "";
    const value = parseDecimal(text);
    const question = numberQuestion(text, unit);
    if (text.trim() === "") problems[`${prefix}.${register}`] = { title: t("reading.required") };
    else if (question) problems[`${prefix}.${register}`] = question;
    else if (value === null) problems[`${prefix}.${register}`] = { title: t("reading.invalidNumber") };
    else values[register] = value;
  }
  return { values, problems };
}

/** A day typed in a date field: missing or in the future is said here, before anything is sent. */
export function dayProblem(day: string, today: string): FieldProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { title: t("reading.dateMissing") };
  if (day > today) return { title: t("reading.dateFuture") };
  return null;
}

/** Optional text: trimmed, or left out of the request when empty. */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** An EAN as printed on bills ("541 449 …"): the spaces go, anything else is left for the API to judge. */
export function compactEan(text: string): string | undefined {
  return optionalText(text.replace(/[\s.\u00a0\u202f]/g, ""));
}

/** An optional number; `null` when typed but unreadable. */
export function optionalNumber(text: string): number | undefined | null {
  return text.trim() === "" ? undefined : parseDecimal(text);
}

/**
 * The API's refusal spread over the form's fields. `aliases` map a field the API may name as a whole
 * (`startIndex` for a one-register meter) to the form's. A refusal about one field is said there in
 * full (title and what to do); a list of field errors (400) gives each field its message and keeps
 * the general title on top. `shownFields` are the API fields now shown by the form.
 */
export function problemsFromApi<F extends string>({
  error,
  fields,
  aliases = {},
}: {
  error: ApiError;
  fields: readonly F[];
  aliases?: Partial<Record<string, F>>;
}): { problems: Problems<F>; shownFields: string[]; allAtFields: boolean } {
  const entries = Object.entries(error.fieldErrors);
  const problems: Problems<F> = {};
  const shownFields: string[] = [];
  const whole = entries.length === 1 && error.status === 422;
  for (const [apiField, message] of entries) {
    const field = (fields as readonly string[]).includes(apiField) ? (apiField as F) : aliases[apiField];
    if (!field) continue;
    problems[field] = whole ? { title: error.title, detail: error.detail } : { title: message };
    shownFields.push(apiField);
  }
  return { problems, shownFields, allAtFields: whole && shownFields.length === 1 };
}

/** Moves focus to the first field the person has to fix, once the problems are on screen. */
export function focusFirstProblem(form: HTMLElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"], .option-group.has-error input')?.focus();
  });
}
