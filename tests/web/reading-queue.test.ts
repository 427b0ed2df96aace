import { describe, expect, it } from "vitest";
import { ApiError } from "../../web/lib/api.ts";
import {
  countsByMeter,
  keptState,
  type QueuedReading,
  type QueueStore,
  readingCount,
  retried,
  sendQueued,
} from "../../web/meters/reading-queue.ts";
import { createQueueState } from "../../web/meters/reading-queue-state.ts";

function memoryStore(items: QueuedReading[] = []): QueueStore & { items: Map<string, QueuedReading> } {
  const map = new Map(items.map((i) => [i.body.clientId, i]));
  return {
    items: map,
    list: async () => [...map.values()],
    put: async (item) => {
      map.set(item.body.clientId, item);
    },
    remove: async (clientId) => {
      map.delete(clientId);
    },
  };
}

let n = 0;
const queued = (over: Partial<QueuedReading> & { readAt?: string; value?: number } = {}): QueuedReading => {
  const { readAt = "2026-03-01T10:00:00+01:00", value = 1000, ...rest } = over;
  n += 1;
  return {
    userId: "user-a",
    meterId: "meter-1",
    householdId: "household-1",
    meterName: "Gaz",
    unit: "m3",
    body: {
      register: "single",
      readAt,
      value,
      clientId: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    },
    queuedAt: "2026-03-01T10:00:05.000Z",
    status: "pending",
    ...rest,
  };
};

const refusal = (code: string, status = 422) =>
  new ApiError({ status, code, title: "Refusé.", detail: "Corrigez." });
const offline = () => new ApiError({ status: 0, code: "network", title: "Pas de connexion." });

describe("sendQueued", () => {
  it("sends the account's readings oldest first and removes each once the server has it", async () => {
    const later = queued({ readAt: "2026-03-05T10:00:00+01:00", value: 1010 });
    const earlier = queued({ readAt: "2026-03-02T10:00:00+01:00", value: 1005 });
    const store = memoryStore([later, earlier]);
    const sent: number[] = [];
    const result = await sendQueued({
      store,
      userId: "user-a",
      send: async (item) => sent.push(item.body.value),
    });
    expect(sent).toEqual([1005, 1010]);
    expect(result).toMatchObject({ stopped: null, refused: [] });
    expect(store.items.size).toBe(0);
  });

  it("never sends another account's readings", async () => {
    const theirs = queued({ userId: "user-b" });
    const store = memoryStore([theirs]);
    const result = await sendQueued({
      store,
      userId: "user-a",
      send: async () => {
        throw new Error("must not be sent");
      },
    });
    expect(result.sent).toEqual([]);
    expect(store.items.get(theirs.body.clientId)).toEqual(theirs);
  });

  it("keeps everything and stops at the first sign of no connection or an expired session", async () => {
    for (const [error, stop] of [
      [offline(), "offline"],
      [refusal("auth.required", 401), "signed_out"],
      [refusal("server.error", 503), "later"],
    ] as const) {
      const items = [queued(), queued({ readAt: "2026-03-03T10:00:00+01:00" })];
      const store = memoryStore(items);
      let calls = 0;
      const result = await sendQueued({
        store,
        userId: "user-a",
        send: async () => {
          calls += 1;
          throw error;
        },
      });
      expect(result.stopped).toBe(stop);
      expect(calls).toBe(1);
      expect([...store.items.values()].every((i) => i.status === "pending")).toBe(true);
    }
  });

  it("marks a refused reading with the server's words and goes on with the others", async () => {
    const bad = queued({ readAt: "2026-03-02T10:00:00+01:00" });
    const good = queued({ readAt: "2026-03-04T10:00:00+01:00" });
    const store = memoryStore([bad, good]);
    const result = await sendQueued({
      store,
      userId: "user-a",
      send: async (item) => {
        if (item === bad) throw refusal("reading.below_previous");
      },
    });
    expect(result.sent).toEqual([good]);
    expect(store.items.get(bad.body.clientId)).toMatchObject({
      status: "refused",
      problem: { code: "reading.below_previous", title: "Refusé.", detail: "Corrigez." },
    });
  });
});

describe("retried", () => {
  const refused: QueuedReading = {
    ...queued({ value: 99999 }),
    status: "refused",
    problem: { code: "reading.needs_confirmation", title: "Ce chiffre est-il juste ?" },
  };

  it("confirms the typed value under the same clientId", () => {
    const next = retried({ item: refused, newClientId: () => "new" });
    expect(next).toMatchObject({ status: "pending", body: { value: 99999, confirm: true } });
    expect(next.body.clientId).toBe(refused.body.clientId);
    expect(next.problem).toBeUndefined();
  });

  it("sends a corrected value as a new reading, with a new clientId", () => {
    const next = retried({ item: refused, value: 1001, newClientId: () => "new-id" });
    expect(next.body).toMatchObject({ value: 1001, clientId: "new-id" });
    expect(next.body.confirm).toBeUndefined();
  });
});

describe("the queue state", () => {
  it("sends once even when two sends are asked at the same moment", async () => {
    const item = queued();
    const store = memoryStore([item]);
    let sends = 0;
    const queue = createQueueState({ store, send: async () => void sends++ });
    const [first, second] = await Promise.all([queue.sync("user-a"), queue.sync("user-a")]);
    expect(sends).toBe(1);
    expect(first.sent).toHaveLength(1);
    expect(second.sent).toHaveLength(0);
    expect(queue.lastSent.value).toEqual([item]);
    expect(queue.items.value).toEqual([]);
  });

  it("replaces a corrected reading and drops one only when asked", async () => {
    const item: QueuedReading = { ...queued(), status: "refused", problem: { code: "x", title: "Non." } };
    const store = memoryStore([item]);
    const queue = createQueueState({ store, send: async () => Promise.reject(offline()) });
    await queue.retry(item, 1002);
    expect(store.items.has(item.body.clientId)).toBe(false);
    const [corrected] = queue.items.value;
    expect(corrected).toMatchObject({ status: "pending", body: { value: 1002 } });
    await queue.discard(corrected as QueuedReading);
    expect(store.items.size).toBe(0);
  });
});

describe("counting readings kept on the phone", () => {
  /** A day/night reading: two registers, one reading for the household. */
  const dayNight = (over: Partial<QueuedReading> = {}) => {
    const day = queued({ meterId: "electricity", ...over });
    const night = queued({ meterId: "electricity", ...over });
    return [day, { ...night, body: { ...night.body, register: "night" as const } }];
  };

  it("counts a day/night reading once, as the banner says it", () => {
    expect(readingCount(dayNight())).toBe(1);
    expect(readingCount([...dayNight(), queued(), queued({ readAt: "2026-04-01T10:00:00+02:00" })])).toBe(3);
  });

  it("tells per meter the readings waiting from those refused, to check", () => {
    const problem = { code: "reading.needs_confirmation", title: "C'est beaucoup plus que d'habitude." };
    const counts = countsByMeter([
      ...dayNight(),
      queued({ status: "refused", problem }),
      queued({ readAt: "2026-04-01T10:00:00+02:00" }),
    ]);
    expect(Object.fromEntries(counts.waiting)).toEqual({ electricity: 1, "meter-1": 1 });
    expect(Object.fromEntries(counts.refused)).toEqual({ "meter-1": 1 });
  });
});

describe("keptState", () => {
  const [a, b] = [queued(), queued()] as [QueuedReading, QueuedReading];
  const ids = [a.body.clientId, b.body.clientId];

  it("follows what the queue did with an entry's readings: waiting, refused, then sent once gone", () => {
    expect(keptState({ clientIds: ids, items: [a, b, queued()] })).toBe("waiting");
    expect(keptState({ clientIds: ids, items: [b] })).toBe("waiting");
    expect(
      keptState({
        clientIds: ids,
        items: [{ ...b, status: "refused", problem: { code: "x", title: "Non." } }],
      }),
    ).toBe("refused");
    expect(keptState({ clientIds: ids, items: [queued()] })).toBe("sent");
  });
});
