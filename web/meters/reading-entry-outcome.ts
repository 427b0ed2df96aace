import { batch, computed, signal } from "@preact/signals";
import type { Meter, Reading, ReadingInput } from "./meters-api.ts";
import { keepOnPhone, keptReadings, loadMoney, type MoneyState } from "./reading-after-save.ts";
import type { PastReading } from "./reading-entry-checks.ts";
import { type Feedback, readingFeedback } from "./reading-feedback.ts";
import { keptState } from "./reading-queue.ts";
import { readingQueue } from "./reading-queue-state.ts";

/** Why the reading stayed on the phone: no connection, or the session had expired. */
export type Queued = "offline" | "signed_out";

/**
 * What an entry ends in: stored by the server (the feedback at once, the euros when the server has
 * worked them out), or kept on the phone (the feedback worked out here, then what the queue did with
 * it: sent, or refused to check). Either way the readings join the history the next entry compares with.
 */
export function createEntryOutcome({
  meter,
  userId,
  readings,
}: {
  meter: Meter;
  userId: string | null;
  readings: readonly PastReading[];
}) {
  const feedback = signal<Feedback | null>(null);
  const queued = signal<Queued | null>(null);
  const money = signal<MoneyState | null>(null);
  /** The clientIds kept on the phone by this entry, and when they were read. */
  const keptIds = signal<readonly string[]>([]);
  let keptAt: string | undefined;
  /** What the phone's queue did with them since; null when nothing was kept. */
  const keptNow = computed(() =>
    keptIds.value.length ? keptState({ clientIds: keptIds.value, items: readingQueue.items.value }) : null,
  );
  const keptRefused = computed(() =>
    readingQueue.items.value.filter((i) => keptIds.value.includes(i.body.clientId) && i.status === "refused"),
  );
  let history = readings;

  async function showMoney(told: Feedback, savedAt: string | undefined): Promise<void> {
    if (!savedAt || !("since" in told)) return;
    money.value = { status: "loading" };
    const result = await loadMoney({ meter, feedback: told, savedAt });
    // Typing the next reading already: this answer belongs to the one before.
    if (feedback.value === told) money.value = result;
  }

  function stored(saved: readonly Reading[]): void {
    const told = readingFeedback({ mode: meter.readingMode, readings: history, saved });
    feedback.value = told;
    history = [...history, ...saved];
    void showMoney(told, saved[0]?.readAt);
  }

  /** False when the phone cannot keep them (no account, no storage): the caller says why. */
  async function kept({
    bodies,
    storedBefore,
    why,
  }: {
    bodies: readonly ReadingInput[];
    /** Registers of the same entry the server did store before the connection went. */
    storedBefore: readonly Reading[];
    why: Queued;
  }): Promise<boolean> {
    if (!userId) return false;
    try {
      await keepOnPhone({ meter, userId, bodies });
    } catch {
      return false;
    }
    const keptOnes = keptReadings(bodies);
    const saved = [...storedBefore, ...keptOnes];
    keptAt = saved[0]?.readAt;
    batch(() => {
      feedback.value = readingFeedback({ mode: meter.readingMode, readings: history, saved });
      queued.value = why;
      keptIds.value = bodies.map((b) => b.clientId);
    });
    history = [...history, ...keptOnes];
    return true;
  }

  /** Sent once the connection came back: the euros, as for a reading stored at once. */
  function keptSent(): void {
    const told = feedback.value;
    if (told && money.value === null) void showMoney(told, keptAt);
  }

  function clear(): void {
    batch(() => {
      feedback.value = null;
      queued.value = null;
      money.value = null;
      keptIds.value = [];
    });
  }

  return {
    feedback,
    queued,
    keptNow,
    keptRefused,
    money,
    history: () => history,
    stored,
    kept,
    keptSent,
    clear,
  };
}
