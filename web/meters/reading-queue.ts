import { ApiError } from "../lib/api.ts";
import type { ReadingInput, Unit } from "./meters-api.ts";

/**
 * A reading typed on this phone that the server has not stored yet: no connection, or the session
 * had expired. It belongs to the account that typed it and is only ever sent under that account.
 * Its `clientId` makes sending it again safe: the server stores it once (201, then 200).
 */
export interface QueuedReading {
  userId: string;
  meterId: string;
  /** Null for a building's or a dwelling's meter. */
  householdId: string | null;
  meterName: string;
  unit: Unit;
  /** The POST body, `clientId` included; the key of the item. */
  body: ReadingInput;
  queuedAt: string;
  /** `refused`: the server said no (422, 409…); the person must fix or drop it, it is never dropped here. */
  status: "pending" | "refused";
  problem?: { code: string; title: string; detail?: string };
}

/** Where the queue lives (IndexedDB on the phone, a Map in tests). */
export interface QueueStore {
  list: () => Promise<QueuedReading[]>;
  put: (item: QueuedReading) => Promise<void>;
  remove: (clientId: string) => Promise<void>;
}

/** Why sending stopped before the end: the rest waits for the next try. */
export type Stop = "offline" | "signed_out" | "later";

export interface SendResult {
  sent: QueuedReading[];
  refused: QueuedReading[];
  stopped: Stop | null;
}

/** What a failed send means for the item: kept for later, or refused for the person to see. */
export function failureOf(error: unknown): Stop | "refused" {
  if (!(error instanceof ApiError)) return "later";
  if (error.status === 0) return "offline";
  if (error.status === 401) return "signed_out";
  if (error.status === 429 || error.status >= 500) return "later";
  return "refused";
}

const at = (item: QueuedReading) => new Date(item.body.readAt).getTime();

/** Oldest reading first, so that each index is checked against the one typed before it. */
export function inSendingOrder(items: readonly QueuedReading[]): QueuedReading[] {
  return [...items].sort((a, b) => at(a) - at(b) || a.queuedAt.localeCompare(b.queuedAt));
}

/**
 * Sends the pending readings of `userId`, one after the other, and stops at the first sign that
 * the others cannot go now (no connection, signed out, server trouble). Other accounts' readings
 * stay untouched.
 */
export async function sendQueued({
  store,
  userId,
  send,
}: {
  store: QueueStore;
  userId: string;
  send: (item: QueuedReading) => Promise<unknown>;
}): Promise<SendResult> {
  const result: SendResult = { sent: [], refused: [], stopped: null };
  const mine = (await store.list()).filter((i) => i.userId === userId && i.status === "pending");
  for (const item of inSendingOrder(mine)) {
    try {
      await send(item);
      await store.remove(item.body.clientId);
      result.sent.push(item);
    } catch (error) {
      const failure = failureOf(error);
      if (failure !== "refused") {
        result.stopped = failure;
        return result;
      }
      const e = error as ApiError;
      const refused: QueuedReading = {
        ...item,
        status: "refused",
        problem: { code: e.code, title: e.title, ...(e.detail ? { detail: e.detail } : {}) },
      };
      await store.put(refused);
      result.refused.push(refused);
    }
  }
  return result;
}

/** One reading per meter and moment: a day/night meter's two registers are one reading for people. */
const readingKey = (item: QueuedReading) => `${item.meterId}|${at(item)}`;

/** How many readings these items are, as the household counts them (not registers). */
export function readingCount(items: readonly QueuedReading[]): number {
  return new Set(items.map(readingKey)).size;
}

/** Per meter, the readings still waiting to go and those the server refused (to check). */
export function countsByMeter(items: readonly QueuedReading[]): {
  waiting: Map<string, number>;
  refused: Map<string, number>;
} {
  const count = (status: QueuedReading["status"]) => {
    const keys = new Set(items.filter((i) => i.status === status).map(readingKey));
    const counts = new Map<string, number>();
    for (const key of keys) {
      const meterId = key.slice(0, key.lastIndexOf("|"));
      counts.set(meterId, (counts.get(meterId) ?? 0) + 1);
    }
    return counts;
  };
  return { waiting: count("pending"), refused: count("refused") };
}

/** What became of readings kept on the phone, by their clientIds, from the queue as it is now. */
export type KeptState = "waiting" | "sent" | "refused";

/**
 * Refused as soon as one of them is (the person must look at it); waiting while one still is; sent
 * once none is left (only a send takes an item out while its entry is on screen).
 */
export function keptState({
  clientIds,
  items,
}: {
  clientIds: readonly string[];
  items: readonly QueuedReading[];
}): KeptState {
  const mine = items.filter((i) => clientIds.includes(i.body.clientId));
  if (mine.some((i) => i.status === "refused")) return "refused";
  return mine.length ? "waiting" : "sent";
}

/** A refused reading made ready to go again: confirmed as typed, or with a corrected value. */
export function retried({
  item,
  value,
  newClientId,
}: {
  item: QueuedReading;
  /** A corrected value; left out to confirm the typed one ("yes, it is right"). */
  value?: number;
  newClientId: () => string;
}): QueuedReading {
  const { problem: _problem, ...rest } = item;
  // A changed body under the same clientId would be refused (409): a correction is a new reading.
  const { confirm: _confirm, ...typed } = item.body;
  const body =
    value === undefined ? { ...typed, confirm: true } : { ...typed, value, clientId: newClientId() };
  return { ...rest, body, status: "pending" };
}
