import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, brusselsDayOf, startOfBrusselsDay } from "../../../api/consumption/brussels-days.ts";
import { costByDay } from "../../../api/consumption/cost.ts";
import { splitToDays } from "../../../api/consumption/daily-split.ts";
import { meterIntervals } from "../../../api/consumption/meter-intervals.ts";
import type { Tariff } from "../../../api/consumption/tariff-rules.ts";
import type { DayPart } from "../../../api/consumption/types.ts";
import type { Reading } from "../../../api/meters/meter-rules.ts";
import { interval, meter } from "../meters/builders.ts";
import { splitAllToDays, totalCost, totalsByPeriod } from "./per-day-totals.ts";

const DAY_MS = 86_400_000;
// 2023–2025: three springs and autumns of clock changes.
const instant = fc.integer({
  min: Date.parse("2023-01-01T00:00:00Z"),
  max: Date.parse("2025-06-01T00:00:00Z"),
});
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Readings moving up, wrapping with a declared reset, or dropping without one. */
const readingSteps = fc.array(
  fc.record({
    gapMs: fc.integer({ min: 60_000, max: 60 * DAY_MS }),
    delta: fc.double({ min: 0, max: 5000, noNaN: true }),
    move: fc.constantFrom("up", "up", "up", "reset", "drop"),
  }),
  { minLength: 1, maxLength: 30 },
);

function buildReadings(
  startMs: number,
  startValue: number,
  steps: { gapMs: number; delta: number; move: string }[],
) {
  const readings: Reading[] = [
    {
      id: "start",
      register: "single",
      readAt: new Date(startMs),
      value: startValue,
      clientId: "s",
      flags: ["start"],
    },
  ];
  let t = startMs;
  let value = startValue;
  steps.forEach((step, i) => {
    t += step.gapMs;
    if (step.move === "up") value += step.delta;
    else if (step.move === "reset") value = step.delta % 1000;
    else value = Math.max(0, value - step.delta - 1);
    const flags = step.move === "reset" ? ["reset"] : [];
    readings.push({ id: `r${i}`, register: "single", readAt: new Date(t), value, clientId: `c${i}`, flags });
  });
  return readings;
}

describe("properties", () => {
  it("consumption is never negative without a declared reset, with or without a known maximum", () => {
    fc.assert(
      fc.property(
        instant,
        fc.double({ min: 0, max: 99_000, noNaN: true }),
        readingSteps,
        fc.boolean(),
        (t0, v0, steps, wraps) => {
          const m = meter({ startedAt: new Date(t0), maxIndex: wraps ? 99999 : null });
          const readings = buildReadings(t0, v0, steps);
          const { intervals, gaps } = meterIntervals({ meter: m, readings });
          expect(intervals.length + gaps.length).toBe(steps.length);
          for (const i of intervals) expect(i.quantity).toBeGreaterThanOrEqual(0);
          expect(gaps.every((g) => g.reason === "below_previous")).toBe(true);
        },
      ),
    );
  });

  it("without drops or resets, the intervals add up to last index − start index", () => {
    fc.assert(
      fc.property(instant, readingSteps, (t0, steps) => {
        const up = steps.map((s) => ({ ...s, move: "up" }));
        const readings = buildReadings(t0, 1000, up);
        const { intervals } = meterIntervals({ meter: meter({ startedAt: new Date(t0) }), readings });
        const total = intervals.reduce((sum, i) => sum + i.quantity, 0);
        expect(close(total, (readings.at(-1)?.value ?? 0) - 1000)).toBe(true);
      }),
    );
  });

  it("a daily split adds up to its interval, stays inside it, and never goes negative", () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1000, max: 120 * DAY_MS }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.option(fc.func(fc.double({ min: 0, max: 20, noNaN: true }))),
        (from, lengthMs, quantity, weights) => {
          const i = interval({ from: new Date(from), to: new Date(from + lengthMs), quantity });
          const parts = splitToDays({ interval: i, weights: weights ?? undefined });
          expect(
            close(
              parts.reduce((s, p) => s + p.quantity, 0),
              quantity,
            ),
          ).toBe(true);
          expect(parts[0]?.day).toBe(brusselsDayOf(i.from));
          expect(parts.at(-1)?.day).toBe(brusselsDayOf(new Date(from + lengthMs - 1)));
          for (const p of parts) {
            expect(p.quantity).toBeGreaterThanOrEqual(0);
            expect(p.coverage).toBeGreaterThan(0);
            expect(p.coverage).toBeLessThanOrEqual(1 + 1e-12);
          }
        },
      ),
    );
  });

  it("monthly totals equal the sum of the intervals over the covered span", () => {
    fc.assert(
      fc.property(instant, readingSteps, (t0, steps) => {
        const readings = buildReadings(t0, 0, steps);
        const { intervals } = meterIntervals({ meter: meter({ startedAt: new Date(t0) }), readings });
        const months = totalsByPeriod({ parts: splitAllToDays({ intervals }), granularity: "month" });
        const sum = (xs: { quantity: number }[]) => xs.reduce((s, x) => s + x.quantity, 0);
        expect(close(sum(months), sum(intervals))).toBe(true);
      }),
    );
  });

  it("readings on the 1st of each month give each month exactly its interval, fully covered", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.double({ min: 0, max: 3000, noNaN: true }), { minLength: 1, maxLength: 14 }),
        (monthOffset, uses) => {
          const firstOf = (k: number) => {
            const year = 2023 + Math.floor((monthOffset + k) / 12);
            return `${year}-${String(((monthOffset + k) % 12) + 1).padStart(2, "0")}-01`;
          };
          const m = meter({ startedAt: startOfBrusselsDay(firstOf(0)) });
          let value = 0;
          const readings: Reading[] = [
            { id: "s", register: "single", readAt: m.startedAt, value: 0, clientId: "s", flags: ["start"] },
            ...uses.map((use, k) => {
              value += use;
              return {
                id: `r${k}`,
                register: "single" as const,
                readAt: startOfBrusselsDay(firstOf(k + 1)),
                value,
                clientId: `c${k}`,
                flags: [],
              };
            }),
          ];
          const { intervals } = meterIntervals({ meter: m, readings });
          const months = totalsByPeriod({ parts: splitAllToDays({ intervals }), granularity: "month" });
          expect(months.map((x) => x.period)).toEqual(uses.map((_, k) => firstOf(k).slice(0, 7)));
          months.forEach((month, k) => {
            expect(close(month.quantity, uses[k] ?? Number.NaN)).toBe(true);
            expect(close(month.coveredDays, month.days)).toBe(true);
          });
        },
      ),
    );
  });
});

describe("cost is additive", () => {
  /** Contiguous tariffs from mid-2023 to mid-2025 with random prices, fees, VAT and cut days. */
  const tariffs = fc
    .array(
      fc.record({
        cut: fc.integer({ min: 1, max: 700 }),
        day: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        night: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        fixedEurPerYear: fc.double({ min: 0, max: 300, noNaN: true }),
        vatRate: fc.constantFrom(0, 0.06, 0.21),
        pricesIncludeVat: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5 },
    )
    .map((specs) => {
      // One tariff per period between the bounds: the first spec's cut is unused, so there are enough.
      const cuts = [...new Set(specs.slice(1).map((s) => s.cut))].sort((a, b) => a - b);
      const bounds = ["2023-06-01", ...cuts.map((c) => addDays("2023-06-01", c)), "2025-06-01"];
      return specs.slice(0, bounds.length - 1).map(
        (s, i): Tariff => ({
          id: `t${i}`,
          energy: "electricity",
          scope: "organisation",
          social: false,
          validFrom: bounds[i] as string,
          validTo: bounds[i + 1] as string,
          unit: "kwh",
          pricesEur: { day: s.day, night: s.night },
          fixedEurPerYear: s.fixedEurPerYear,
          vatRate: s.vatRate,
          pricesIncludeVat: s.pricesIncludeVat,
        }),
      );
    });

  const period = fc.record({
    from: fc.integer({ min: Date.parse("2024-01-01T00:00:00Z"), max: Date.parse("2024-12-01T00:00:00Z") }),
    lengthMs: fc.integer({ min: 3_600_000, max: 90 * DAY_MS }),
    dayKwh: fc.double({ min: 0, max: 2000, noNaN: true }),
    nightKwh: fc.double({ min: 0, max: 2000, noNaN: true }),
  });

  const partsOf = (p: { from: number; lengthMs: number; dayKwh: number; nightKwh: number }) =>
    splitAllToDays({
      intervals: [
        interval({
          register: "day",
          from: new Date(p.from),
          to: new Date(p.from + p.lengthMs),
          quantity: p.dayKwh,
        }),
        interval({
          register: "night",
          from: new Date(p.from),
          to: new Date(p.from + p.lengthMs),
          quantity: p.nightKwh,
        }),
      ],
    });
  const cost = (parts: DayPart[], list: Tariff[]) =>
    totalCost({ dayCosts: costByDay({ parts, tariffs: list, protectedCustomer: false }).days }).costEur ??
    Number.NaN;

  it("over a period equals the sum over its days cut anywhere (tariff changes, fees prorated)", () => {
    fc.assert(
      fc.property(period, tariffs, fc.double({ min: 0, max: 1, noNaN: true }), (p, list, where) => {
        const parts = partsOf(p);
        const days = [...new Set(parts.map((x) => x.day))];
        const cutDay = days[Math.floor(where * days.length)] ?? "9999-12-31";
        const before = parts.filter((x) => x.day < cutDay);
        const after = parts.filter((x) => x.day >= cutDay);
        expect(close(cost(parts, list), cost(before, list) + (after.length ? cost(after, list) : 0))).toBe(
          true,
        );
      }),
    );
  });

  it("over a period equals the sum over any split of its days into two moments", () => {
    fc.assert(
      fc.property(period, tariffs, fc.double({ min: 0, max: 1, noNaN: true }), (p, list, share) => {
        const parts = partsOf(p);
        const first = parts.map((x) => ({
          ...x,
          quantity: x.quantity * share,
          coverage: x.coverage * share,
        }));
        const second = parts.map((x) => ({
          ...x,
          quantity: x.quantity * (1 - share),
          coverage: x.coverage * (1 - share),
        }));
        expect(close(cost(parts, list), cost(first, list) + cost(second, list))).toBe(true);
      }),
    );
  });
});
