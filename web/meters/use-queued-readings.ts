import { useEffect } from "preact/hooks";
import { session } from "../lib/session.ts";
import type { QueuedReading } from "./reading-queue.ts";
import { readingQueue } from "./reading-queue-state.ts";

/**
 * The signed-in account's readings still on this phone. Opening a page that shows them is also a
 * good moment to try sending them: the connection may be back without the phone saying so.
 */
export function useQueuedReadings(): QueuedReading[] {
  const userId = session.me.value?.user.id;
  useEffect(() => {
    if (userId) void readingQueue.refresh(userId).then(() => readingQueue.sync(userId));
  }, [userId]);
  return userId ? readingQueue.items.value.filter((i) => i.userId === userId) : [];
}

/** Calls `onSent` when a send stored readings of `meterId` (or of any meter), to show them fresh. */
export function useOnSent(onSent: () => void, meterId?: string): void {
  const sent = readingQueue.lastSent.value;
  useEffect(() => {
    if (sent.some((i) => !meterId || i.meterId === meterId)) onSent();
  }, [sent]);
}
