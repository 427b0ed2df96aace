import { brusselsDay } from "../lib/format.ts";
import type { Meter, ReadingInput } from "./meters-api.ts";
import { metersApi } from "./meters-api.ts";
import type { PastReading } from "./reading-entry-checks.ts";
import type { Feedback } from "./reading-feedback.ts";
import { type Money, readingMoney } from "./reading-money.ts";
import { readingQueue } from "./reading-queue-state.ts";

export type MoneyState =
  | { status: "loading" }
  | { status: "done"; money: Money | null }
  | { status: "failed" };

/**
 * Euros and last year's comparison for what was just saved: the household's figures over the days
 * of the interval. Nothing for a first reading, a reset or a refilled tank.
 */
export async function loadMoney({
  meter,
  feedback,
  savedAt,
}: {
  meter: Meter;
  feedback: Feedback;
  savedAt: string;
}): Promise<MoneyState | null> {
  // Euros come from a household's tariff; a building's or dwelling's meter has none here.
  if ((feedback.kind !== "used" && feedback.kind !== "levelDown") || !meter.householdId) return null;
  const from = brusselsDay(feedback.since);
  // A reading at midnight closes the day before: the day it starts belongs to the next interval.
  const to = brusselsDay(new Date(new Date(savedAt).getTime() - 1));
  if (from > to) return null;
  try {
    const answer = await metersApi.getConsumption(meter.householdId, { from, to });
    const total = answer.energies.find((e) => e.energy === meter.kind)?.total;
    const money = total
      ? readingMoney({
          quantity: feedback.quantity,
          days: feedback.days,
          unit: meter.unit,
          stockLevel: meter.readingMode === "stock_level",
          total,
          priceFromDeliveries: answer.notes.some(
            (n) => n.code === "price_from_deliveries" && n.energy === meter.kind,
          ),
        })
      : null;
    return { status: "done", money };
  } catch {
    return { status: "failed" };
  }
}

/** Readings kept on the phone, as the entry counts them: the last known index of their register. */
export function keptReadings(bodies: readonly ReadingInput[]): PastReading[] {
  return bodies.map((b) => ({
    register: b.register ?? "single",
    readAt: b.readAt,
    value: b.value,
    flags: [],
  }));
}

/** Readings that could not be sent, kept on the phone for the account that typed them. */
export async function keepOnPhone({
  meter,
  userId,
  bodies,
}: {
  meter: Meter;
  userId: string;
  bodies: readonly ReadingInput[];
}): Promise<void> {
  const queuedAt = new Date().toISOString();
  await readingQueue.add(
    bodies.map((body) => ({
      userId,
      meterId: meter.id,
      householdId: meter.householdId,
      meterName: meter.name,
      unit: meter.unit,
      body,
      queuedAt,
      status: "pending" as const,
    })),
  );
}
