import { effect, signal } from "@preact/signals";
import { session } from "./lib/session.ts";

/** False while the phone says it has no connection. */
export const online = signal(typeof navigator === "undefined" ? true : navigator.onLine);
/** What the last send of readings kept on the phone did: how many went, how many were refused. */
export const phoneNews = signal({ sent: 0, refused: 0 });

let listening = false;

async function sendKept(userId: string): Promise<void> {
  // The queue (and IndexedDB) is loaded only now: the first screen stays light.
  const [{ readingQueue }, { readingCount }] = await Promise.all([
    import("./meters/reading-queue-state.ts"),
    import("./meters/reading-queue.ts"),
  ]);
  if (!listening) {
    listening = true;
    // Sends started by a page (Mes compteurs, a retry) bring news too.
    effect(() => {
      const news = readingQueue.lastNews.value;
      // Counted as people count readings: a day/night meter's two registers are one.
      if (news) phoneNews.value = { sent: readingCount(news.sent), refused: readingCount(news.refused) };
    });
  }
  await readingQueue.sync(userId);
}

/**
 * Offline support, composed here so features stay apart: the service worker that keeps the app
 * shell, and sending the readings kept on the phone whenever someone is signed in and the
 * connection is (or seems) back. Readings are sent only under the account that typed them.
 */
export function startOffline(): void {
  if ("serviceWorker" in navigator)
    void navigator.serviceWorker.register("/sw.js").catch(() => {
      // No service worker (the dev server, an old browser): the app simply needs a connection.
    });
  addEventListener("offline", () => {
    online.value = false;
  });
  addEventListener("online", () => {
    online.value = true;
  });
  addEventListener("visibilitychange", () => {
    const userId = session.me.value?.user.id;
    if (document.visibilityState === "visible" && userId) void sendKept(userId).catch(() => undefined);
  });
  // On signing in, and when the connection returns. A session that expired meanwhile answers 401:
  // the app then asks to sign in again, and the readings wait for it.
  effect(() => {
    const userId = session.me.value?.user.id;
    if (userId && online.value) void sendKept(userId).catch(() => undefined);
  });
}
