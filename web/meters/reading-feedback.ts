import { brusselsDaysBetween } from "../lib/calendar-days.ts";

/**
 * What a person is told right after saving a reading: how much was used since the reading before,
 * and per day. Pure: the readings come already fetched. Euros and last year's comparison come from
 * the consumption endpoint, not from here.
 */

export interface FeedbackReading {
  register: string;
  readAt: string | Date;
  value: number;
  flags: readonly string[];
}

export type ReadingMode = "cumulative_index" | "stock_level" | "deliveries_only";

export interface RegisterFeedback {
  register: string;
  /** The reading before, on the same register; null for a meter's very first reading. */
  since: Date | null;
  /** Used since then (index) or level change (tank: positive when the level went down). */
  quantity: number | null;
}

export type Feedback =
  | { kind: "first" }
  | { kind: "reset" }
  | {
      kind: "used" | "levelDown" | "levelUp";
      since: Date;
      /** Calendar days between the two readings' Brussels days (0 on the same day). */
      days: number;
      /** Sum over the registers a household pays for (injection left out). */
      quantity: number;
      /** Per day of `days`; null on the same day, too short to say. */
      perDay: number | null;
      registers: RegisterFeedback[];
    };

const DAY_MS = 86_400_000;

const INJECTION = /^injection_/;

/** The reading of `register` just before `at` among `readings` (the saved ones left out). */
function previousOf({
  readings,
  saved,
}: {
  readings: readonly FeedbackReading[];
  saved: FeedbackReading;
}): FeedbackReading | null {
  const at = new Date(saved.readAt).getTime();
  let previous: FeedbackReading | null = null;
  for (const r of readings) {
    const t = new Date(r.readAt).getTime();
    if (r.register !== saved.register || t >= at) continue;
    if (!previous || t > new Date(previous.readAt).getTime()) previous = r;
  }
  return previous;
}

export function readingFeedback({
  mode,
  readings,
  saved,
}: {
  mode: ReadingMode;
  /** The meter's readings before this entry (start index included). */
  readings: readonly FeedbackReading[];
  /** What was just stored, one per register. */
  saved: readonly FeedbackReading[];
}): Feedback {
  const savedIds = new Set(saved.map((s) => `${s.register}|${new Date(s.readAt).getTime()}`));
  const others = readings.filter((r) => !savedIds.has(`${r.register}|${new Date(r.readAt).getTime()}`));
  const pairs = saved.map((s) => ({ saved: s, previous: previousOf({ readings: others, saved: s }) }));
  if (pairs.some((p) => p.saved.flags.includes("reset"))) return { kind: "reset" };
  const first = pairs[0];
  if (!first?.previous || pairs.some((p) => p.previous === null)) return { kind: "first" };
  const since = new Date(first.previous.readAt);
  const registers: RegisterFeedback[] = pairs.map(({ saved: s, previous: p }) => ({
    register: s.register,
    since: p ? new Date(p.readAt) : null,
    quantity: p ? round(mode === "stock_level" ? p.value - s.value : s.value - p.value) : null,
  }));
  const quantity = round(
    registers.filter((r) => !INJECTION.test(r.register)).reduce((sum, r) => sum + (r.quantity ?? 0), 0),
  );
  const days = brusselsDaysBetween(since, first.saved.readAt);
  // Said in calendar days, but a per-day figure needs a whole day of use (23:30 → 08:00 is not one).
  const elapsedDays = (new Date(first.saved.readAt).getTime() - since.getTime()) / DAY_MS;
  const kind = mode === "stock_level" ? (quantity >= 0 ? "levelDown" : "levelUp") : "used";
  const shown = kind === "levelUp" ? -quantity : quantity;
  return {
    kind,
    since,
    days,
    quantity: shown,
    perDay: days >= 1 && elapsedDays >= 1 ? shown / days : null,
    registers,
  };
}

/** Indexes are typed with at most three decimals: keep float noise (0.1 + 0.2) out of the sums. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
