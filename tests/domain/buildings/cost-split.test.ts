import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitHeatingCosts } from "../../../api/buildings/cost-split.ts";
import type { DwellingInput } from "../../../api/buildings/cost-split-input.ts";
import { cents, dwelling, lived, SEASON, split } from "./builders.ts";

/** Each statement as "label household: fixed + variable = total" in euros, to read at a glance. */
const summary = (input: Parameters<typeof splitHeatingCosts>[0]) =>
  splitHeatingCosts(input).statements.map(
    (s) =>
      `${s.dwellingLabel} ${s.householdId ?? "company"}: ${s.fixed.eur} + ${s.variable.eur} = ${s.totalEur}`,
  );

describe("heating cost split, worked examples", () => {
  it("splits 30 % by floor area and 70 % by corrected allocator units", () => {
    // Bill 10,000.00 €, 30/70: fixed 3,000.00 €, variable 7,000.00 €.
    // Areas 50 + 70 + 80 = 200 m² → fixed 3,000 × 50/200 = 750, × 70/200 = 1,050, × 80/200 = 1,200.
    // A: allocators (60 − 10) × 1.2 = 60 and (40 − 0) × 1 = 40 → 100 units; B: 250 × 1.2 = 300; C: 0.
    // 400 units → variable 7,000 × 100/400 = 1,750, × 300/400 = 5,250, × 0 = 0.
    const a = dwelling("A", 50, null, {
      measurement: {
        kind: "allocators",
        allocators: [
          { id: "a1", startUnits: 10, endUnits: 60, ratingFactor: 1.2 },
          { id: "a2", startUnits: 0, endUnits: 40, ratingFactor: 1 },
        ],
      },
    });
    const b = dwelling("B", 70, null, {
      measurement: {
        kind: "allocators",
        allocators: [{ id: "b1", startUnits: 0, endUnits: 250, ratingFactor: 1.2 }],
      },
    });
    const c = dwelling("C", 80, null, {
      measurement: {
        kind: "allocators",
        allocators: [{ id: "c1", startUnits: 5, endUnits: 5, ratingFactor: 0.8 }],
      },
    });
    const result = splitHeatingCosts(split([c, a, b]));
    expect(summary(split([c, a, b]))).toEqual([
      "A h-A: 750 + 1750 = 2500",
      "B h-B: 1050 + 5250 = 6300",
      "C h-C: 1200 + 0 = 1200",
    ]);
    expect(result).toMatchObject({
      bill: { totalEur: 10_000, days: 212 },
      fixedEur: 3000,
      variableEur: 7000,
      totalAreaM2: 200,
      variableBasis: "allocator_units",
      totalQuantity: 400,
      estimatePerM2: null,
    });
    expect(result.statements[0]).toMatchObject({
      periods: [SEASON],
      days: 212,
      seasonDays: 212,
      fixed: { areaM2: 50, totalAreaM2: 200, areaShare: 0.25, eur: 750 },
      variable: { quantity: 100, totalQuantity: 400, share: 0.25, estimated: false, estimateReason: null },
    });
  });

  it("counts an allocator's units across its yearly reset", () => {
    // Start 900, 1,000 stored at the reset, 50 at the end: (1,000 − 900) + 50 = 150 units × 2 = 300.
    const a = dwelling("A", 50, null, {
      measurement: {
        kind: "allocators",
        allocators: [{ id: "a1", startUnits: 900, unitsAtReset: 1000, endUnits: 50, ratingFactor: 2 }],
      },
    });
    const result = splitHeatingCosts(split([a, dwelling("B", 50, 100)]));
    // Variable 7,000 × 300/400 = 5,250 and × 100/400 = 1,750; fixed 1,500 each.
    expect(result.statements.map((s) => [s.variable.quantity, s.totalEur])).toEqual([
      [300, 6750],
      [100, 3250],
    ]);
  });

  it("splits by heat-meter kWh", () => {
    // 2,400.50 € at 30/70: fixed 720.15 €, variable 1,680.35 €. Areas 60/40; 4,000 and 1,000 kWh.
    // Fixed 720.15 × 0.6 = 432.09, × 0.4 = 288.06. Variable 1,680.35 × 0.8 = 1,344.28, × 0.2 = 336.07.
    const meter = (startKwh: number, endKwh: number) => ({ kind: "heat_meter" as const, startKwh, endKwh });
    const result = splitHeatingCosts(
      split(
        [
          dwelling("1", 60, null, { measurement: meter(12_000, 16_000) }),
          dwelling("2", 40, null, { measurement: meter(500, 1500) }),
        ],
        2400.5,
      ),
    );
    expect(result.variableBasis).toBe("heat_kwh");
    expect(result.statements.map((s) => [s.fixed.eur, s.variable.eur, s.totalEur])).toEqual([
      [432.09, 1344.28, 1776.37],
      [288.06, 336.07, 624.13],
    ]);
  });

  it("gives the leftover cent to the largest remainder, equal remainders by dwelling label", () => {
    // 100.00 € over three equal dwellings: fixed 3,000 ¢ / 3 = 1,000 ¢ each; variable 7,000 ¢ / 3 =
    // 2,333.33 ¢ each: 2,333 ¢ each and the cent left goes to the first label, A2 (before A10 and B).
    const result = splitHeatingCosts(
      split([dwelling("B", 40, 10), dwelling("A10", 40, 10), dwelling("A2", 40, 10)], 100),
    );
    expect(result.statements.map((s) => [s.dwellingLabel, s.totalEur])).toEqual([
      ["A2", 33.34],
      ["A10", 33.33],
      ["B", 33.33],
    ]);
  });

  it("prorates a move-out and a move-in by days", () => {
    // Same building as the first example. A's season share is 750 + 1,750 = 2,500 €.
    // The first household leaves on 15 January: 1 Oct → 15 Jan = 106 days of 212, half of A's share:
    // 375 + 875; the next household lives there the other 106 days: 375 + 875.
    const a = dwelling("A", 50, 100, {
      occupancies: [lived("h-1", SEASON.from, "2026-01-15"), lived("h-2", "2026-01-15", SEASON.to)],
    });
    const result = splitHeatingCosts(split([a, dwelling("B", 70, 300), dwelling("C", 80, 0)]));
    expect(summary(split([a, dwelling("B", 70, 300), dwelling("C", 80, 0)]))).toEqual([
      "A h-1: 375 + 875 = 1250",
      "A h-2: 375 + 875 = 1250",
      "B h-B: 1050 + 5250 = 6300",
      "C h-C: 1200 + 0 = 1200",
    ]);
    expect(result.statements[0]).toMatchObject({
      periods: [{ from: "2025-10-01", to: "2026-01-15" }],
      days: 106,
    });
  });

  it("gives a vacant dwelling's share, and the days between two tenants, to the housing company", () => {
    // A: first household 1 Oct → 23 Nov (53 days = ¼ of 212): 187.50 + 437.50 = 625; empty 23 Nov →
    // 15 Jan (53 days): 625 to the company; next household 15 Jan → 1 May (106 days): 375 + 875.
    // C stands empty all season: its whole share, 1,200 + 0, goes to the company.
    const a = dwelling("A", 50, 100, {
      occupancies: [lived("h-1", SEASON.from, "2025-11-23"), lived("h-2", "2026-01-15", SEASON.to)],
    });
    const c = dwelling("C", 80, 0, { occupancies: [] });
    expect(summary(split([a, dwelling("B", 70, 300), c]))).toEqual([
      "A h-1: 187.5 + 437.5 = 625",
      "A company: 187.5 + 437.5 = 625",
      "A h-2: 375 + 875 = 1250",
      "B h-B: 1050 + 5250 = 6300",
      "C company: 1200 + 0 = 1200",
    ]);
    const vacant = splitHeatingCosts(split([a, dwelling("B", 70, 300), c])).statements[1];
    expect(vacant).toMatchObject({
      householdId: null,
      periods: [{ from: "2025-11-23", to: "2026-01-15" }],
      days: 53,
    });
  });

  it("puts a household's two stays and an explicitly empty period on one statement each", () => {
    // h-1 1 Oct → 1 Dec (61 days) and 1 Mar → 1 May (61 days); empty 1 Dec → 1 Mar (90 days).
    const a = dwelling("A", 100, 10, {
      occupancies: [
        lived("h-1", "2026-03-01", SEASON.to),
        lived(null, "2025-12-01", "2026-03-01"),
        lived("h-1", SEASON.from, "2025-12-01"),
      ],
    });
    const result = splitHeatingCosts(split([a], 212));
    // 212 € for 212 days: 1 € a day. h-1: 122 €, the company: 90 €.
    expect(result.statements.map((s) => [s.householdId, s.days, s.totalEur, s.periods.length])).toEqual([
      ["h-1", 122, 122, 2],
      [null, 90, 90, 1],
    ]);
  });

  it("estimates a dwelling without a reading from the measured dwellings' mean per m², and marks it", () => {
    // A 100 units on 50 m², B 300 units on 70 m²: 400 units / 120 m² = 10/3 units per m².
    // C (80 m²) has no end reading: 80 × 10/3 = 266.67 units. Total 400 + 266.67 = 666.67.
    // Variable 7,000: A × 100/666.67 = 1,050, B × 300/666.67 = 3,150, C × 266.67/666.67 = 2,800.
    // Fixed as before 750, 1,050, 1,200.
    const input = split([dwelling("A", 50, 100), dwelling("B", 70, 300), dwelling("C", 80, null)]);
    expect(summary(input)).toEqual([
      "A h-A: 750 + 1050 = 1800",
      "B h-B: 1050 + 3150 = 4200",
      "C h-C: 1200 + 2800 = 4000",
    ]);
    const result = splitHeatingCosts(input);
    expect(result.estimatePerM2).toBeCloseTo(10 / 3, 12);
    expect(result.statements[2]?.variable).toMatchObject({
      estimated: true,
      estimateReason: "missing_reading",
    });
    expect(result.statements[2]?.variable.quantity).toBeCloseTo(800 / 3, 9);
    expect(result.statements[0]?.variable.estimated).toBe(false);
  });

  it("estimates a dwelling with no device the same way, with its own reason", () => {
    const input = split([dwelling("A", 50, 100), dwelling("C", 50, null, { measurement: { kind: "none" } })]);
    const c = splitHeatingCosts(input).statements[1];
    // Same area, so the same estimated units as A: the bill halves, 5,000 € each.
    expect(c).toMatchObject({ totalEur: 5000, variable: { quantity: 100, estimateReason: "no_device" } });
  });

  it("splits the variable part by area when nothing usable was measured", () => {
    // Every reading at zero: 7,000 by 50/150 and 100/150 as the fixed part: A 1,000 + 2,333.33, B 2,000 + 4,666.67.
    const result = splitHeatingCosts(split([dwelling("A", 50, 0), dwelling("B", 100, null)]));
    expect(result.variableBasis).toBe("area");
    expect(result.statements.map((s) => [s.fixed.eur, s.variable.eur, s.totalEur])).toEqual([
      [1000, 2333.33, 3333.33],
      [2000, 4666.67, 6666.67],
    ]);
    expect(result.statements[1]?.variable.estimateReason).toBe("missing_reading");
  });

  it("puts the whole bill on area with a fixed share of 100 %", () => {
    const result = splitHeatingCosts(split([dwelling("A", 1, 0), dwelling("B", 2, 5)], 0.01, 1));
    // One cent by 1/3 and 2/3: 0.33 ¢ and 0.67 ¢, the cent goes to the larger remainder, B.
    expect(result.statements.map((s) => cents(s.totalEur))).toEqual([0, 1]);
    expect(result.variableEur).toBe(0);
  });
});

const DAY_MS = 86_400_000;
const seasonDay = (offset: number) =>
  new Date(Date.parse(SEASON.from) + offset * DAY_MS).toISOString().slice(0, 10);

/** Who lives there: the season cut at random days, each piece a household, an empty spell or a gap. */
const occupancies = fc
  .uniqueArray(fc.integer({ min: 1, max: 211 }), { maxLength: 4 })
  .chain((cuts) => {
    const bounds = [0, ...cuts.sort((a, b) => a - b), 212];
    return fc.tuple(
      ...bounds
        .slice(1)
        .map((to, i) =>
          fc.constantFrom("h-1", "h-2", null, "gap").map((who) => ({ who, from: bounds[i] as number, to })),
        ),
    );
  })
  .map((pieces) =>
    pieces.flatMap(({ who, from, to }) =>
      who === "gap" ? [] : [lived(who, seasonDay(from), seasonDay(to))],
    ),
  );

/** Areas and readings with up to two decimals, an allocator reading sometimes missing. */
const dwellings = fc
  .array(
    fc.record({
      areaCm2: fc.integer({ min: 1, max: 20_000 }),
      units: fc.option(fc.integer({ min: 0, max: 500_000 }), { freq: 5 }),
      factor: fc.integer({ min: 1, max: 300 }),
      occupancies,
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      dwelling(`L${i}`, r.areaCm2 / 100, null, {
        measurement: {
          kind: "allocators",
          allocators: [
            {
              id: `a${i}`,
              startUnits: 0,
              endUnits: r.units === null ? null : r.units / 100,
              ratingFactor: r.factor / 100,
            },
          ],
        },
        occupancies: r.occupancies,
      }),
    ),
  );
const billCents = fc.integer({ min: 1, max: 100_000_000 });
const fixedShare = fc.integer({ min: 0, max: 100 }).map((pct) => pct / 100);
const sumCents = (values: number[]) => values.reduce((s, v) => s + cents(v), 0);

describe("heating cost split, properties", () => {
  it("adds up to the bill to the cent, each part to its own total", () => {
    fc.assert(
      fc.property(dwellings, billCents, fixedShare, (list, bill, share) => {
        const result = splitHeatingCosts(split(list, bill / 100, share));
        expect(sumCents(result.statements.map((s) => s.totalEur))).toBe(bill);
        expect(sumCents(result.statements.map((s) => s.fixed.eur))).toBe(cents(result.fixedEur));
        expect(sumCents(result.statements.map((s) => s.variable.eur))).toBe(cents(result.variableEur));
        for (const s of result.statements)
          expect(cents(s.totalEur)).toBe(cents(s.fixed.eur) + cents(s.variable.eur));
      }),
    );
  });

  it("estimates never make the total differ from the bill", () => {
    fc.assert(
      fc.property(dwellings, billCents, fixedShare, (list, bill, share) => {
        const unread = list.map((d, i) =>
          i % 2 ? d : { ...d, measurement: { kind: "allocators" as const, allocators: [] } },
        );
        const result = splitHeatingCosts(split(unread, bill / 100, share));
        expect(sumCents(result.statements.map((s) => s.totalEur))).toBe(bill);
      }),
    );
  });

  it("gives a dwelling a larger variable share when its units grow, the others unchanged", () => {
    // With no other dwelling measured above zero its share cannot move (estimates follow its own units).
    const measuredAboveZero = (d: DwellingInput) =>
      d.measurement.kind === "allocators" && (d.measurement.allocators[0]?.endUnits ?? 0) > 0;
    fc.assert(
      fc.property(
        dwellings.filter((list) => list.some(measuredAboveZero)),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        billCents,
        fixedShare.filter((s) => s < 1),
        (others, units, extraUnits, bill, share) => {
          const withTarget = (u: number) => split([dwelling("T", 50, u), ...others], bill / 100, share);
          const targetOf = (u: number) => {
            const lines = splitHeatingCosts(withTarget(u)).statements.filter((s) => s.dwellingLabel === "T");
            return {
              share: lines[0]?.variable.share ?? 0,
              cents: sumCents(lines.map((s) => s.variable.eur)),
            };
          };
          const before = targetOf(units);
          const after = targetOf(units + extraUnits);
          expect(after.share).toBeGreaterThan(before.share);
          // Its euros follow, up to the one cent the rounding may move between dwellings.
          expect(after.cents).toBeGreaterThanOrEqual(before.cents - 1);
        },
      ),
    );
  });

  it("shares the fixed part in proportion to floor area, within a cent", () => {
    fc.assert(
      fc.property(dwellings, billCents, fixedShare, (list, bill, share) => {
        const allSeason = list.map((d) => ({
          ...d,
          occupancies: [lived(`h-${d.id}`, SEASON.from, SEASON.to)],
        }));
        const result = splitHeatingCosts(split(allSeason, bill / 100, share));
        const totalArea = list.reduce((s, d) => s + d.floorAreaM2, 0);
        for (const s of result.statements)
          expect(
            Math.abs(cents(s.fixed.eur) - (cents(result.fixedEur) * s.fixed.areaM2) / totalArea),
          ).toBeLessThan(1 + 1e-6);
      }),
    );
  });
});
