import { startOfBrusselsDay } from "../../../api/consumption/brussels-days.ts";
import type { ConsumptionInterval } from "../../../api/consumption/types.ts";
import type { Register } from "../../../api/meters/meter-kinds.ts";
import type { Meter, Reading } from "../../../api/meters/meter-rules.ts";

/** `2024-10-12` → 00:00 Brussels that day; anything else is parsed as an ISO instant. */
export function at(text: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? startOfBrusselsDay(text) : new Date(text);
}

export function meter(overrides: Partial<Meter> = {}): Meter {
  return {
    id: "meter-1",
    kind: "electricity",
    unit: "kwh",
    registers: ["single"],
    startedAt: at("2024-01-01"),
    closedAt: null,
    maxIndex: null,
    ...overrides,
  };
}

let sequence = 0;

export function reading({
  on,
  value,
  register = "single",
  flags = [],
  id,
  clientId,
}: {
  on: string;
  value: number;
  register?: Register;
  flags?: string[];
  id?: string;
  clientId?: string;
}): Reading {
  sequence += 1;
  return {
    id: id ?? `reading-${sequence}`,
    register,
    readAt: at(on),
    value,
    clientId: clientId ?? `client-${sequence}`,
    flags,
  };
}

/** The start index of a register, as the repo stores it: a reading at `startedAt` flagged `start`. */
export function start(m: Meter, value: number, register: Register = "single"): Reading {
  return { ...reading({ on: m.startedAt.toISOString(), value, register }), flags: ["start"] };
}

export function interval(
  overrides: Partial<ConsumptionInterval> & { from: Date; to: Date },
): ConsumptionInterval {
  return {
    meterId: "meter-1",
    kind: "electricity",
    unit: "kwh",
    register: "single",
    quantity: 10,
    estimated: false,
    reset: false,
    ...overrides,
  };
}
