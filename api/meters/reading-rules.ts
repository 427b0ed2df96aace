import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { indexPoints } from "../consumption/index-intervals.ts";
import { jumpFigures, measureJump } from "./jump-rules.ts";
import type { Register } from "./meter-kinds.ts";
import { type Meter, type Reading, type ReadingFlag, readingModeOf } from "./meter-rules.ts";

export const READING_ERROR_CODES = [
  "reading.invalid_value",
  "reading.above_max_index",
  "reading.deliveries_only",
  "reading.unknown_register",
  "reading.client_id_reused",
  "reading.in_future",
  "reading.before_meter_start",
  "reading.after_meter_closed",
  "reading.conflict_same_moment",
  "reading.below_previous",
  "reading.above_next",
  "reading.needs_confirmation",
] as const;
export type ReadingErrorCode = (typeof READING_ERROR_CODES)[number];

export interface ReadingCandidate {
  /** May be left out for a meter with a single register. */
  register?: Register;
  readAt: Date;
  value: number;
  clientId: string;
  /** "Yes, this big jump is right." */
  confirm?: boolean;
  /** The counter rolled over, or the allocator had its yearly reset, since the previous reading. */
  reset?: boolean;
  note?: string | null;
}

/** The request field a refusal is about, for problem+json `errors[]`. */
export type ReadingField = "meterId" | "register" | "readAt" | "value" | "clientId";

/** Dates in params are Brussels days `YYYY-MM-DD`; the API formats them ("le 12/10"). */
export type ReadingVerdict =
  | { ok: true; register: Register; flags: ReadingFlag[] }
  | { ok: true; duplicateOf: string }
  | {
      ok: false;
      code: ReadingErrorCode;
      field: ReadingField;
      params: Record<string, string | number>;
      /** Top-level members of the problem, for clients to show the figures as they are. */
      extensions?: Record<string, string | number>;
      /** A variant of the code's message, said instead of it (the code stays). */
      message?: string;
    };
type Refusal = Extract<ReadingVerdict, { ok: false }>;

/** Phones' clocks drift: a reading stamped "now" by a phone a little ahead must not be refused. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function resolveRegister({ meter, register }: { meter: Meter; register?: Register }): Register | null {
  if (register === undefined) return meter.registers.length === 1 ? (meter.registers[0] ?? null) : null;
  return meter.registers.includes(register) ? register : null;
}

const refuse = (
  code: ReadingErrorCode,
  field: ReadingField,
  params: Record<string, string | number> = {},
): Refusal => ({ ok: false, code, field, params });

/**
 * Whether a new reading may be stored, given the meter and its readings (all registers). Order:
 * idempotency first (a retry must get its answer even if later readings would now refuse it),
 * then what the reading is about (register), when it is, and last how it fits its neighbours.
 * The meter's start index counts as the reading at `startedAt`, so a reading must come after it.
 * Tank levels (heating oil) go down with use and up with deliveries: no order rule there, and only a
 * fall far beyond the usual asks to be confirmed.
 */
export function checkReading({
  meter,
  readings,
  candidate,
  now,
}: {
  meter: Meter;
  readings: readonly Reading[];
  candidate: ReadingCandidate;
  now: Date;
}): ReadingVerdict {
  const register = resolveRegister({ meter, register: candidate.register });
  const at = candidate.readAt.getTime();
  const { value } = candidate;
  const sameClient = readings.find((r) => r.clientId === candidate.clientId);
  if (sameClient) {
    // `confirm` is permission, not data: a retry with or without it is the same reading.
    const sameBody =
      register === sameClient.register &&
      at === sameClient.readAt.getTime() &&
      value === sameClient.value &&
      Boolean(candidate.reset) === sameClient.flags.includes("reset") &&
      (candidate.note ?? null) === (sameClient.note ?? null);
    if (sameBody) return { ok: true, duplicateOf: sameClient.id };
    return refuse("reading.client_id_reused", "clientId", { readingId: sameClient.id });
  }
  const mode = readingModeOf(meter.kind);
  if (mode === "deliveries_only") return refuse("reading.deliveries_only", "meterId", { kind: meter.kind });
  if (!Number.isFinite(value) || value < 0)
    return refuse("reading.invalid_value", "value", { value: String(value) });
  // A five-digit counter cannot show 123456: the usual slip of an extra digit.
  if (meter.maxIndex != null && value > meter.maxIndex) {
    return refuse("reading.above_max_index", "value", { value, maxIndex: meter.maxIndex });
  }
  if (register === null) {
    const registers = meter.registers.join(", ");
    return refuse("reading.unknown_register", "register", { register: candidate.register ?? "", registers });
  }
  if (at > now.getTime() + FUTURE_TOLERANCE_MS) {
    return refuse("reading.in_future", "readAt", {
      date: brusselsDayOf(candidate.readAt),
      today: brusselsDayOf(now),
    });
  }
  if (at <= meter.startedAt.getTime()) {
    const start = readings.find(
      (r) => r.register === register && r.readAt.getTime() === meter.startedAt.getTime(),
    );
    const startDate = brusselsDayOf(meter.startedAt);
    return refuse("reading.before_meter_start", "readAt", {
      startDate,
      ...(start ? { startIndex: start.value } : {}),
    });
  }
  if (meter.closedAt && at > meter.closedAt.getTime()) {
    return refuse("reading.after_meter_closed", "readAt", { closedDate: brusselsDayOf(meter.closedAt) });
  }
  const sameMoment = readings.find((r) => r.register === register && r.readAt.getTime() === at);
  if (sameMoment) {
    if (sameMoment.value === value) return { ok: true, duplicateOf: sameMoment.id };
    const date = brusselsDayOf(sameMoment.readAt);
    return refuse("reading.conflict_same_moment", "readAt", { value, existingValue: sameMoment.value, date });
  }
  // The same figure typed again the same day (the form opened twice): the reading already kept, not
  // a copy the history could not tell apart.
  const day = brusselsDayOf(candidate.readAt);
  const sameDay = readings.find(
    (r) =>
      r.register === register &&
      r.value === value &&
      !r.flags.includes("start") &&
      brusselsDayOf(r.readAt) === day,
  );
  if (sameDay) return { ok: true, duplicateOf: sameDay.id };
  if (mode === "stock_level") return fitLevel({ meter, register, readings, candidate });
  return fitNeighbours({ meter, register, readings, candidate });
}

/** A candidate reading of a known register, with the meter's readings. */
interface FitInput {
  meter: Meter;
  register: Register;
  readings: readonly Reading[];
  candidate: ReadingCandidate;
}

/**
 * A tank's level may rise (a delivery) or fall, but a fall far beyond the tank's usual daily drop is
 * a slip to confirm: 1.100 typed for 1 100 l, or a digit missed.
 */
function fitLevel({ meter, register, readings, candidate }: FitInput): ReadingVerdict {
  const at = candidate.readAt.getTime();
  const before = indexPoints({ meter, register, readings }).filter((p) => p.readAt.getTime() < at);
  const previous = before.at(-1);
  const jump = previous ? measureJump({ meter, before, previous, candidate }) : null;
  if (!jump || jump.consumption <= jump.limit) return { ok: true, register, flags: [] };
  if (!candidate.confirm)
    return {
      ...refuse("reading.needs_confirmation", "value", jump),
      message: "reading.needs_confirmation_level",
      extensions: jumpFigures(jump),
    };
  return { ok: true, register, flags: ["confirmed_jump"] };
}

function fitNeighbours({ meter, register, readings, candidate }: FitInput): ReadingVerdict {
  const at = candidate.readAt.getTime();
  const { value } = candidate;
  const points = indexPoints({ meter, register, readings });
  const before = points.filter((p) => p.readAt.getTime() < at);
  // The start index is normally the first point; without one, the first reading starts the series.
  const previous = before.at(-1);
  const next = points.find((p) => p.readAt.getTime() > at);
  if (previous && !candidate.reset && value < previous.value) {
    const previousDate = brusselsDayOf(previous.readAt);
    const refusal = refuse("reading.below_previous", "value", {
      value,
      previousValue: previous.value,
      previousDate,
    });
    if (meter.kind === "heat_cost_allocator")
      return { ...refusal, message: "reading.below_previous_allocator" };
    // On a day/night meter, after a typing slip, the likeliest cause is the two figures swapped.
    const dayNight = meter.registers.includes("day") && meter.registers.includes("night");
    return dayNight ? { ...refusal, message: "reading.below_previous_day_night" } : refusal;
  }
  // Inserted between two readings, it must leave the next one possible too (unless that one was a reset).
  if (next && !next.reset && value > next.value) {
    return refuse("reading.above_next", "value", {
      value,
      nextValue: next.value,
      nextDate: brusselsDayOf(next.readAt),
    });
  }
  const flags: ReadingFlag[] = [];
  const jump = previous ? measureJump({ meter, before, previous, candidate }) : null;
  if (jump && jump.consumption > jump.limit) {
    if (!candidate.confirm)
      return { ...refuse("reading.needs_confirmation", "value", jump), extensions: jumpFigures(jump) };
    flags.push("confirmed_jump");
  }
  if (candidate.reset) flags.push("reset");
  return { ok: true, register, flags };
}
