import { brusselsDaysBetween } from "../lib/calendar-days.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import type { Meter, Unit } from "./meters-api.ts";

/**
 * A meter not read for longer is shown as late (monthly readings, two weeks of slack): the group
 * dashboard's threshold too (api/groups/dashboard.rules.ts; the web imports no API code, a test keeps the two
 * equal).
 */
export const STALE_AFTER_DAYS = 45;

export function unitLabel(unit: Unit | string): string {
  return t(`unit.${unit}` as MessageKey);
}

/** "Citerne à mazout", not "heating_oil": what a person calls the thing (texts in fr-meter-setup.ts). */
export function meterKindLabel(kind: string): string {
  return t(`meterKind.${kind}` as MessageKey);
}

/** "Jour (heures pleines)", not "day": the words printed on Belgian bills. */
export function registerLabel(register: string): string {
  return t(`register.${register}` as MessageKey);
}

/** "1 jour", "12 jours". */
export function daysText(days: number): string {
  const count = Math.max(1, Math.round(days));
  return count === 1 ? t("days.one") : t("days.other", { count });
}

/** The newest reading date of the meter, over all its registers. */
export function lastReadAt(meter: Pick<Meter, "lastReadings">): Date | null {
  const times = meter.lastReadings.map((r) => new Date(r.readAt).getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Calendar days since the last reading when that is too long ago, else null (`lastReadAt` may be null). */
export function lateDays(last: string | Date | null, now: Date): number | null {
  if (!last) return null;
  const days = brusselsDaysBetween(last, now);
  return days > STALE_AFTER_DAYS ? days : null;
}

/** Days since the last reading when that is too long ago; null for a meter read lately or replaced. */
export function staleDays(meter: Pick<Meter, "lastReadings" | "closedAt">, now: Date): number | null {
  return meter.closedAt ? null : lateDays(lastReadAt(meter), now);
}

/** Meters still in use, in the order the API gives them, then the replaced ones. */
export function splitMeters<M extends Pick<Meter, "closedAt">>(meters: readonly M[]) {
  return {
    open: meters.filter((m) => !m.closedAt),
    closed: meters.filter((m) => m.closedAt),
  };
}

/** The reset box's words: an allocator's yearly reset is not a counter going past its maximum. */
export function resetLabel(kind: string): string {
  return t(kind === "heat_cost_allocator" ? "reading.resetAllocator" : "reading.reset");
}
