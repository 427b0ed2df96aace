import { batch, signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { newClientId } from "../lib/client-id.ts";
import { brusselsDay, isoWithOffset } from "../lib/format.ts";
import { unitLabel } from "./meter-words.ts";
import { type Meter, metersApi, type Reading, type ReadingInput, type Register } from "./meters-api.ts";
import {
  belowPrevious,
  checkEntry,
  confirmationFor,
  type PastReading,
  type PendingConfirmation,
  type Problems,
  previousReading,
} from "./reading-entry-checks.ts";
import { createEntryOutcome, type Queued } from "./reading-entry-outcome.ts";

export type { PastReading, PendingConfirmation } from "./reading-entry-checks.ts";
export type { Queued } from "./reading-entry-outcome.ts";

/**
 * One entry of a reading, from typing to the feedback. Each register gets one `clientId` for the
 * whole entry, and "now" is fixed at the first attempt: a double tap, a retry after a lost answer or
 * a confirmation resends the same body, and the server stores it once. A day/night meter is two
 * readings sent one after the other; a register once stored is not sent again. Without a connection
 * (or with an expired session) the registers not stored yet are kept on the phone, with the same
 * clientIds, and sent later.
 */
export function createReadingEntry({
  meter,
  readings,
  userId,
}: {
  meter: Meter;
  readings: readonly PastReading[];
  userId: string | null;
}) {
  const registers = meter.registers;
  const today = brusselsDay(new Date());
  const values = signal<Partial<Record<Register, string>>>({});
  const day = signal(today);
  const resets = signal<Partial<Record<Register, boolean>>>({});
  /** Registers whose refusal said "below the previous index": the reset box is offered there. */
  const resetOffered = signal<Partial<Record<Register, boolean>>>({});
  const problems = signal<Problems>({});
  const problem = signal<ApiError | null>(null);
  const confirmation = signal<PendingConfirmation | null>(null);
  const stored = signal<Partial<Record<Register, Reading>>>({});
  const outcome = createEntryOutcome({ meter, userId, readings });
  const pending = signal(false);
  let clientIds: Partial<Record<Register, string>> = {};
  let confirmed = new Set<Register>();
  let now: Date | null = null;

  function setValue(register: Register, text: string): void {
    if (text === values.value[register]) return;
    batch(() => {
      values.value = { ...values.value, [register]: text };
      if (problems.value[register]) problems.value = { ...problems.value, [register]: undefined };
      // The box answered the refusal of the number before; a new number may well be the right one.
      if (resetOffered.value[register]) {
        resetOffered.value = { ...resetOffered.value, [register]: false };
        resets.value = { ...resets.value, [register]: false };
      }
    });
    // A changed number is a new question: a "yes, it is right" given before no longer holds.
    confirmed.delete(register);
  }

  function setDay(next: string): void {
    batch(() => {
      day.value = next;
      problems.value = { ...problems.value, readAt: undefined };
    });
  }

  function setReset(register: Register, on: boolean): void {
    resets.value = { ...resets.value, [register]: on };
  }

  function validate(): Partial<Record<Register, number>> | null {
    const checked = checkEntry({
      registers,
      done: (register) => Boolean(stored.value[register]),
      values: values.value,
      day: day.value,
      today,
      unit: unitLabel(meter.unit),
    });
    problems.value = checked.problems;
    return checked.numbers;
  }

  /** Said on the phone as the server says it, with the « remise à zéro » box it speaks of. */
  function lowerThanBefore(numbers: Partial<Record<Register, number>>, at: string): boolean {
    const lower = belowPrevious({
      meter,
      numbers,
      resets: resets.value,
      history: outcome.history(),
      readAt: at,
    });
    const found = Object.keys(lower) as Register[];
    if (!found.length) return false;
    batch(() => {
      problems.value = { ...problems.value, ...lower };
      resetOffered.value = { ...resetOffered.value, ...Object.fromEntries(found.map((r) => [r, true])) };
    });
    return true;
  }

  function readAt(): string {
    if (day.value !== today) return day.value;
    now ??= new Date();
    return isoWithOffset(now);
  }

  function refused(register: Register, error: ApiError): void {
    if (error.code === "reading.needs_confirmation") return;
    const field = error.fieldErrors.readAt ? "readAt" : error.fieldErrors.value ? register : null;
    if (!field) {
      problem.value = error;
      return;
    }
    batch(() => {
      problems.value = { ...problems.value, [field]: { title: error.title, detail: error.detail } };
      if (error.code === "reading.below_previous")
        resetOffered.value = { ...resetOffered.value, [register]: true };
    });
  }

  const storedSoFar = () => registers.flatMap((r) => (stored.value[r] ? [stored.value[r] as Reading] : []));

  /** The registers not stored yet go to the phone's queue, with the ids they were sent with. */
  async function keep(bodies: ReadingInput[], why: Queued, error: ApiError): Promise<boolean> {
    const done = await outcome.kept({ bodies, storedBefore: storedSoFar(), why });
    if (!done) problem.value = error;
    return done;
  }

  async function save(): Promise<boolean> {
    if (pending.value) return false;
    confirmation.value = null;
    problem.value = null;
    const numbers = validate();
    if (!numbers) return false;
    const at = readAt();
    if (lowerThanBefore(numbers, at)) return false;
    pending.value = true;
    try {
      for (const register of registers) {
        const value = numbers[register];
        if (stored.value[register] || value === undefined) continue;
        try {
          const reading = await metersApi.addReading(meter.id, bodyOf(register, value, at));
          stored.value = { ...stored.value, [register]: reading };
        } catch (error) {
          const apiError = asApiError(error);
          if (apiError.status === 0 || apiError.status === 401) {
            const rest = registers.filter((r) => !stored.value[r] && numbers[r] !== undefined);
            const bodies = rest.map((r) => bodyOf(r, numbers[r] as number, at));
            return keep(bodies, apiError.status === 0 ? "offline" : "signed_out", apiError);
          }
          if (apiError.code === "reading.needs_confirmation")
            confirmation.value = confirmationFor({ register, value, problem: apiError });
          else refused(register, apiError);
          return false;
        }
      }
      outcome.stored(storedSoFar());
      return true;
    } finally {
      pending.value = false;
    }
  }

  function bodyOf(register: Register, value: number, at: string): ReadingInput {
    clientIds[register] ??= newClientId();
    return {
      register,
      readAt: at,
      value,
      clientId: clientIds[register] as string,
      ...(confirmed.has(register) ? { confirm: true } : {}),
      ...(resets.value[register] ? { reset: true } : {}),
    };
  }

  /** "Yes, I read it again and it is right": the same reading, sent with permission. */
  async function confirm(): Promise<boolean> {
    const pendingOne = confirmation.value;
    if (!pendingOne) return false;
    confirmed.add(pendingOne.register);
    return save();
  }

  function dismissConfirmation(): void {
    confirmation.value = null;
  }

  /** Ready for the next reading: new ids, "now" taken afresh, the readings just saved as history. */
  function startAgain(): void {
    clientIds = {};
    confirmed = new Set();
    now = null;
    batch(() => {
      values.value = {};
      day.value = today;
      resets.value = {};
      resetOffered.value = {};
      problems.value = {};
      problem.value = null;
      confirmation.value = null;
      stored.value = {};
    });
    outcome.clear();
  }

  return {
    meter,
    registers,
    today,
    values,
    day,
    resets,
    resetOffered,
    problems,
    problem,
    confirmation,
    stored,
    feedback: outcome.feedback,
    queued: outcome.queued,
    keptNow: outcome.keptNow,
    keptRefused: outcome.keptRefused,
    keptSent: outcome.keptSent,
    money: outcome.money,
    pending,
    previousOf: (register: Register) =>
      previousReading({ history: outcome.history(), register, at: Number.POSITIVE_INFINITY }),
    setValue,
    setDay,
    setReset,
    save,
    confirm,
    dismissConfirmation,
    startAgain,
  };
}

export type ReadingEntry = ReturnType<typeof createReadingEntry>;
