import type { Meter } from "../meters/meter-rules.ts";
import { byText } from "./aggregate.ts";

/**
 * Each meter's line, named by the id of its first meter: the meters of one energy that follow one
 * another, each closed when (or before) the next one started, as a replacement does. Their hours
 * never overlap, so on the day one is replaced their covered shares add up (`coveredShare`). Meters
 * read side by side (two electricity meters of one home) are lines of their own, and meters of
 * different energies never share one.
 */
export function meterLines(
  meters: readonly Pick<Meter, "id" | "kind" | "startedAt" | "closedAt">[],
): Map<string, string> {
  const lineOf = new Map<string, string>();
  /** Per energy, each line and when its last meter closed (ms; +∞ while open). */
  const linesOf = new Map<Meter["kind"], { line: string; closedAtMs: number }[]>();
  const sorted = [...meters].sort(
    (a, b) => a.startedAt.getTime() - b.startedAt.getTime() || byText(a.id, b.id),
  );
  for (const meter of sorted) {
    const lines = linesOf.get(meter.kind) ?? [];
    linesOf.set(meter.kind, lines);
    const startedAtMs = meter.startedAt.getTime();
    const closedAtMs = meter.closedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    // The line closed last before this meter started: the one it replaced, if any.
    let before: { line: string; closedAtMs: number } | undefined;
    for (const l of lines)
      if (l.closedAtMs <= startedAtMs && (!before || l.closedAtMs > before.closedAtMs)) before = l;
    if (before) before.closedAtMs = closedAtMs;
    else lines.push({ line: meter.id, closedAtMs });
    lineOf.set(meter.id, before?.line ?? meter.id);
  }
  return lineOf;
}
