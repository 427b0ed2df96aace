import { createStore, delMany, get, keys, set, type UseStore } from "idb-keyval";
import { ApiError } from "./api.ts";

let store: UseStore | null = null;
const db = () => {
  store ??= createStore("ecow-copies", "answers");
  return store;
};

/**
 * The last answer of a GET, kept on the phone for the account that received it: without a
 * connection, the pages a household needs to type a reading (its meters, their readings) still
 * open from that copy. Only a missing connection falls back to it; any answer of the server wins.
 */
export async function withOfflineCopy<T>({
  userId,
  key,
  load,
}: {
  userId: string | undefined;
  key: string;
  load: () => Promise<T>;
}): Promise<T> {
  try {
    const answer = await load();
    if (userId) await remember({ userId, key, answer });
    return answer;
  } catch (error) {
    if (!(userId && error instanceof ApiError && error.status === 0)) throw error;
    const copy = await get<T>(`${userId} ${key}`, db()).catch(() => undefined);
    if (copy === undefined) throw error;
    return copy;
  }
}

/** Keeps an answer for later; a phone without room for it simply has no copy. */
export async function remember({ userId, key, answer }: { userId: string; key: string; answer: unknown }) {
  await set(`${userId} ${key}`, answer, db()).catch(() => undefined);
}

/** On signing out: nothing of this account's data stays on the phone (its unsent readings do). */
export async function forgetCopies(userId: string): Promise<void> {
  const all = await keys(db());
  await delMany(
    all.filter((k) => String(k).startsWith(`${userId} `)),
    db(),
  );
}
