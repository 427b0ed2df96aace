import { parseDecimal } from "../lib/decimal.ts";
import { formatDate } from "../lib/format.ts";
import { language, type MessageKey, t } from "../lib/i18n/index.ts";

/** "Électricité", "Gaz", "Mazout"… */
export function energyName(energy: string): string {
  return t(`energyName.${energy}` as MessageKey);
}

/** `YYYY-MM-DD` plus `days` calendar days (dates only: no time zone involved). */
export function addDaysToDay(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The API stores an exclusive end day (`validTo`); people think in the last day a price applies
 * ("jusqu'au 31 décembre"). These two convert between them.
 */
export const lastDayOf = (validTo: string | null | undefined) => (validTo ? addDaysToDay(validTo, -1) : "");
export const validToOf = (lastDay: string) => (lastDay ? addDaysToDay(lastDay, 1) : null);

/** "Du 1er janvier 2024 au 31 décembre 2024", "Depuis le 1er janvier 2025, sans date de fin". */
export function periodText(validFrom: string | null, validTo: string | null): string {
  const from = validFrom ? formatDate(validFrom) : null;
  const to = validTo ? formatDate(lastDayOf(validTo)) : null;
  if (from && to) return t("settings.period.fromTo", { from, to });
  if (from) return t("settings.period.from", { from });
  if (to) return t("settings.period.to", { to });
  return t("settings.period.always");
}

/** Whether the period is over, at `today` (`YYYY-MM-DD`). */
export const isPast = (validTo: string | null, today: string) => validTo !== null && validTo <= today;

/**
 * A number typed in a settings form: Belgian comma or dot, and a minus sign where the value may be
 * negative (electricity sent to the grid is often paid: a negative price). `undefined` for an empty
 * field, `null` for something that is not a number.
 */
export function parseSettingNumber(text: string, { signed = false } = {}): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const negative = signed && /^[-−]/.test(trimmed);
  const value = parseDecimal(negative ? trimmed.slice(1) : trimmed);
  if (value === null) return null;
  return negative ? -value : value;
}

/** A number as the form shows it again for editing: every decimal kept, the person's decimal mark. */
export function editableNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return language.value === "en" ? String(value) : String(value).replace(".", ",");
}
