import { signal } from "@preact/signals";
import { createStore, del, set, type UseStore, values } from "idb-keyval";
import { newClientId } from "../lib/client-id.ts";
import { metersApi } from "./meters-api.ts";
import {
  inSendingOrder,
  type QueuedReading,
  type QueueStore,
  retried,
  type SendResult,
  sendQueued,
} from "./reading-queue.ts";

function idbQueue(): QueueStore {
  let store: UseStore | null = null;
  const db = () => {
    store ??= createStore("ecow-queue", "readings");
    return store;
  };
  return {
    list: () => values<QueuedReading>(db()),
    put: (item) => set(item.body.clientId, item, db()),
    remove: (clientId) => del(clientId, db()),
  };
}

/**
 * The readings waiting on this phone, as pages show them, and the one way to send them. Sends run
 * one after the other: a tap on "send" while the connection comes back never sends twice at once.
 */
export function createQueueState({
  store,
  send,
}: {
  store: QueueStore;
  send: (item: QueuedReading) => Promise<unknown>;
}) {
  /** The waiting readings of the account last asked about, oldest first. */
  const items = signal<QueuedReading[]>([]);
  /** The readings of the last send that the server stored. */
  const lastSent = signal<QueuedReading[]>([]);
  /** The last send that stored or refused something: news for the person, wherever they are. */
  const lastNews = signal<SendResult | null>(null);
  let chain: Promise<unknown> = Promise.resolve();

  async function refresh(userId: string): Promise<void> {
    items.value = inSendingOrder((await store.list()).filter((i) => i.userId === userId));
  }

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  }

  async function add(entries: readonly QueuedReading[]): Promise<void> {
    for (const entry of entries) await store.put(entry);
    const userId = entries[0]?.userId;
    if (userId) await refresh(userId);
  }

  function sync(userId: string): Promise<SendResult> {
    return serial(async () => {
      try {
        const result = await sendQueued({ store, userId, send });
        if (result.sent.length) lastSent.value = result.sent;
        if (result.sent.length || result.refused.length) lastNews.value = result;
        return result;
      } finally {
        await refresh(userId);
      }
    });
  }

  /** "Yes, it is right" (no value) or a corrected value, then sent at once. */
  async function retry(item: QueuedReading, value?: number): Promise<SendResult> {
    const next = retried({ item, value, newClientId });
    await store.put(next);
    if (next.body.clientId !== item.body.clientId) await store.remove(item.body.clientId);
    return sync(item.userId);
  }

  /** Only ever on the person's request. */
  async function discard(item: QueuedReading): Promise<void> {
    await store.remove(item.body.clientId);
    await refresh(item.userId);
  }

  return { items, lastSent, lastNews, refresh, add, sync, retry, discard };
}

export const readingQueue = createQueueState({
  store: idbQueue(),
  send: (item) => metersApi.addReading(item.meterId, item.body),
});
