import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Granularity } from "../../../api/consumption/aggregate.ts";
import {
  addDays,
  brusselsDayNumberOf,
  brusselsDayOf,
  dayNumber,
  dayOfNumber,
  startOfBrusselsDay,
} from "../../../api/consumption/brussels-days.ts";
import type { Co2Factor } from "../../../api/consumption/co2.ts";
import { readingEdges } from "../../../api/consumption/consumption-window.ts";
import type { CalorificValue } from "../../../api/consumption/conversion.ts";
import type { DayWeight } from "../../../api/consumption/day-spans.ts";
import {
  householdConsumption,
  type MeterData,
  shiftYears,
} from "../../../api/consumption/household-consumption.ts";
import type { IntervalDay } from "../../../api/consumption/interval-parts.ts";
import { REFERENCE_SOCIAL_TARIFFS, type Tariff } from "../../../api/consumption/tariff-rules.ts";
import { METER_KINDS, type MeterKind, type Register } from "../../../api/meters/meter-kinds.ts";
import type { FuelDelivery, Meter, Reading } from "../../../api/meters/meter-rules.ts";
import { boundingReadings } from "./bounding-readings.ts";
import { perDayHouseholdConsumption } from "./per-day-reference.ts";

const DAY_MS = 86_400_000;
const FIRST = Date.parse("2023-01-01T00:00:00Z");
const LAST = Date.parse("2025-12-31T00:00:00Z");
// Spread evenly: fast-check leans towards small integers, and its doubles are uniform over their
// bit patterns (mostly tiny numbers), which would put every reading on the first days at zero use.
const int = (min: number, max: number) => fc.noBias(fc.integer({ min, max }));
const real = (min: number, max: number) => int(0, 1e9).map((k) => min + ((max - min) * k) / 1e9);
const between = (first: string, last: string) =>
  int(Date.parse(first) / DAY_MS, Date.parse(last) / DAY_MS).map(dayOfNumber);
const day = between("2023-01-01", "2025-12-31");

/**
 * Equal, the shown figures being rounded. The spans add n alike days at once where the reference
 * adds them one by one, so the sums differ in their last bits; rounding drops that noise first
 * (`finish`), so even a sum landing on a half cent is shown the same.
 */
function expectSame(actual: unknown, expected: unknown, path = "$"): void {
  if (expected instanceof Date) expect(actual, path).toEqual(expected);
  else if (typeof expected !== "object" || expected === null) expect(actual, path).toBe(expected);
  else {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectSame((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  }
}

const REGISTERS: Record<string, Register[][]> = {
  electricity: [["single"], ["day", "night"], ["day", "night", "injection_day", "injection_night"]],
  other: [["single"]],
};

/** Readings at any time of day or at midnight, mostly rising, sometimes dropping or reset. */
const readingsOf = (registers: Register[], startedAt: number) =>
  fc
    .array(
      fc.record({
        register: fc.constantFrom(...registers),
        gapMs: fc.oneof(
          int(1, 45).map((d) => d * DAY_MS),
          int(3_600_000, 12 * DAY_MS),
          int(3_600_000, 45 * DAY_MS),
        ),
        use: real(0, 900),
        move: fc.constantFrom("up", "up", "up", "up", "reset", "drop"),
      }),
      { minLength: 2, maxLength: 30 },
    )
    .map((steps) => {
      const readings: Reading[] = registers.map((register) => ({
        id: `start-${register}`,
        register,
        readAt: new Date(startedAt),
        value: 100,
        clientId: `s-${register}`,
        flags: ["start"],
      }));
      const last = new Map<Register, { at: number; value: number }>();
      steps.forEach((s, i) => {
        const before = last.get(s.register) ?? { at: startedAt, value: 100 };
        const at = before.at + s.gapMs;
        const value =
          s.move === "drop" ? before.value - s.use - 1 : s.move === "reset" ? s.use : before.value + s.use;
        last.set(s.register, { at, value });
        const flags = s.move === "reset" ? ["reset"] : [];
        readings.push({
          id: `r${i}`,
          register: s.register,
          readAt: new Date(at),
          value,
          clientId: `c${i}`,
          flags,
        });
      });
      return readings;
    });

const intervalDaysOf = (registers: Register[], unit: string) =>
  fc
    .array(
      fc.record({
        register: fc.constantFrom(...registers),
        day,
        slotMinutes: fc.constantFrom(15, 60, 1440),
        measuredSlots: int(0, 100),
        estimatedSlots: fc.oneof(fc.constant(0), fc.constant(100), int(0, 100)),
        totalKwh: fc.option(real(0, 90)),
        totalNative: unit === "m3" ? fc.option(real(0, 9)) : fc.constant(null),
      }),
      { maxLength: 40 },
    )
    .map((days) => {
      const seen = new Set<string>();
      return days
        .filter((d) => !seen.has(`${d.register}|${d.day}`) && seen.add(`${d.register}|${d.day}`))
        .map(
          (d): IntervalDay => ({
            ...d,
            measuredSlots: d.slotMinutes === 1440 ? Math.min(1, d.measuredSlots) : d.measuredSlots,
            estimatedSlots: Math.min(d.estimatedSlots, d.slotMinutes === 1440 ? 1 : d.measuredSlots),
            totalNative: unit === "m3" ? d.totalNative : d.totalKwh,
          }),
        );
    });

/** Some with what was paid (0 € too, which prices nothing), some without. */
const deliveriesOf = fc.array(
  fc.record({
    deliveredOn: between("2021-06-01", "2025-12-31"),
    quantity: real(0, 2000),
    costEur: fc.option(fc.oneof(fc.constant(0), real(0, 2000)), { freq: 2 }),
  }),
  { maxLength: 6 },
) as fc.Arbitrary<FuelDelivery[]>;

/** A meter, or with `replacing` the meter that replaced it (same energy, perhaps other registers). */
const meterData = (id: string, replacing?: Meter): fc.Arbitrary<MeterData> =>
  fc
    .record({
      kind: replacing
        ? fc.constant(replacing.kind)
        : fc.constantFrom<MeterKind>(
            "electricity",
            "electricity",
            "gas",
            "gas",
            "water",
            "heat",
            "heat_cost_allocator",
            "heating_oil",
            "pellets",
          ),
      startedAt: replacing?.closedAt
        ? fc.constant(replacing.closedAt.getTime())
        : int(FIRST, Date.parse("2024-06-01T00:00:00Z")),
      midnight: replacing ? fc.constant(false) : fc.boolean(),
      closedAfterDays: fc.option(int(30, 900), { freq: 3 }),
      gasType: fc.constantFrom<"H" | "L" | null>("H", "L", null),
      registerSet: fc.constantFrom(0, 1, 2),
    })
    .chain((m) => {
      const registerSets = REGISTERS[m.kind === "electricity" ? "electricity" : "other"] as Register[][];
      const registers = registerSets[m.registerSet % registerSets.length] as Register[];
      const startedAt = m.midnight
        ? startOfBrusselsDay(brusselsDayOf(new Date(m.startedAt))).getTime()
        : m.startedAt;
      const meter: Meter = {
        id,
        kind: m.kind,
        unit: METER_KINDS[m.kind].unit,
        registers,
        startedAt: new Date(startedAt),
        closedAt: m.closedAfterDays === null ? null : new Date(startedAt + m.closedAfterDays * DAY_MS),
        maxIndex: null,
        ...(m.kind === "gas" ? { gasType: m.gasType } : {}),
      };
      const smart = m.kind === "electricity" || m.kind === "gas";
      return fc.record({
        meter: fc.constant(meter),
        readings: readingsOf(registers, startedAt),
        deliveries: m.kind === "heating_oil" || m.kind === "pellets" ? deliveriesOf : fc.constant([]),
        intervalDays: smart ? intervalDaysOf(registers, meter.unit) : fc.constant([]),
      });
    });

/** The replaced meter's final indexes at the moment it was closed, above its readings before. */
function withFinalIndexes(data: MeterData): MeterData {
  const closedAt = data.meter.closedAt;
  if (!closedAt) return data;
  const finals = data.meter.registers.map(
    (register): Reading => ({
      id: `final-${register}`,
      register,
      readAt: closedAt,
      value:
        Math.max(
          ...data.readings.filter((r) => r.register === register && r.readAt <= closedAt).map((r) => r.value),
        ) + 7,
      clientId: `f-${register}`,
      flags: ["final"],
    }),
  );
  return { ...data, readings: [...data.readings.filter((r) => r.readAt < closedAt), ...finals] };
}

/** A meter replaced during a day by another of the same energy, sometimes beside a third meter. */
const replacement = meterData("a")
  .filter((old) => !!old.meter.closedAt)
  .chain((old) =>
    fc.tuple(fc.constant(withFinalIndexes(old)), meterData("b", old.meter), fc.option(meterData("c"))),
  )
  .map(([old, successor, beside]) => (beside ? [old, successor, beside] : [old, successor]));

function meterOf(kind: MeterKind, unit: Meter["unit"]): Meter {
  return {
    id: kind,
    kind,
    unit,
    registers: ["single"],
    startedAt: startOfBrusselsDay("2015-01-01"),
    closedAt: null,
  };
}

const UNPRICED: Register[] = [];
const ALL_REGISTERS: Register[] = ["single", "day", "night", "injection_day", "injection_night"];

const tariffs = fc
  .array(
    fc.record({
      energy: fc.constantFrom<Tariff["energy"]>(
        "electricity",
        "gas",
        "water",
        "heat",
        "heating_oil",
        "pellets",
      ),
      scope: fc.constantFrom<Tariff["scope"]>("organisation", "household"),
      social: fc.boolean(),
      validFrom: fc.oneof(fc.constant("2022-01-01"), day),
      validTo: fc.option(day),
      perKwh: fc.boolean(),
      prices: fc.oneof(fc.constant(ALL_REGISTERS), fc.subarray(ALL_REGISTERS), fc.constant(UNPRICED)),
      price: real(-0.1, 0.6),
      fixedEurPerYear: real(0, 300),
      vatRate: fc.constantFrom(0, 0.06, 0.21),
      pricesIncludeVat: fc.boolean(),
    }),
    { maxLength: 6 },
  )
  .map((list) =>
    list.map(
      (t, i): Tariff => ({
        id: `t${i}`,
        energy: t.energy,
        scope: t.scope,
        social: t.social,
        validFrom: t.validFrom,
        validTo: t.validTo,
        unit: t.perKwh ? "kwh" : (METER_KINDS[t.energy].unit as Tariff["unit"]),
        pricesEur: Object.fromEntries(t.prices.map((r, k) => [r, t.price + k / 100])),
        fixedEurPerYear: t.fixedEurPerYear,
        vatRate: t.vatRate,
        pricesIncludeVat: t.pricesIncludeVat,
      }),
    ),
  );

/** Most energies have an open-ended tariff pricing every register, which the random ones above override. */
const withBaseTariffs = fc
  .tuple(
    tariffs,
    fc.subarray(["electricity", "gas", "water", "heat", "heating_oil", "pellets"] as const),
    fc.boolean(),
  )
  .map(([list, energies, social]) => [
    ...list,
    ...energies.map(
      (energy): Tariff => ({
        id: `base-${energy}`,
        energy,
        scope: "organisation",
        social,
        validFrom: "2022-01-01",
        unit: "kwh",
        pricesEur: Object.fromEntries(ALL_REGISTERS.map((r, k) => [r, 0.1 + k / 10])),
        fixedEurPerYear: 120,
        vatRate: 0.06,
        pricesIncludeVat: social,
      }),
    ),
    ...(social ? REFERENCE_SOCIAL_TARIFFS : []),
  ]);

const calorificValues = fc.array(
  fc.record({
    gasType: fc.constantFrom<"H" | "L" | null>("H", "L", null),
    validFrom: day,
    validTo: fc.option(day),
    kwhPerM3: real(9, 13),
  }),
  { maxLength: 3 },
) as fc.Arbitrary<CalorificValue[]>;

const co2Factors = fc.array(
  fc.record({
    kind: fc.constantFrom<MeterKind>("electricity", "gas", "heat", "heating_oil"),
    kgPerKwh: real(0, 0.5),
    source: fc.constant("test"),
    convention: fc.constant("test"),
    validFrom: fc.option(day, { nil: undefined }),
    validTo: fc.option(day),
  }),
  { maxLength: 3 },
) as fc.Arbitrary<Co2Factor[]>;

/**
 * Heating energies weighted by a model (base load + kWh per degree-day, 0 included) on degree-days
 * that repeat every 37 days: summer runs of 0, and days whose degree-days are not known.
 */
const heatingWeights = fc
  .tuple(
    fc.subarray(["gas", "heating_oil", "electricity", "heat"] as const),
    fc.oneof(fc.constant(0), real(0, 20)),
    real(0, 6),
    fc.array(fc.oneof(fc.constant(0), fc.constant(0), real(0, 18), fc.constant(undefined)), {
      minLength: 37,
      maxLength: 37,
    }),
  )
  .map(([energies, interceptKwhPerDay, heatingKwhPerDegreeDay, degreeDays]) => {
    const weightOf: DayWeight = (day) => {
      const dd = degreeDays[day % 37];
      return dd === undefined ? undefined : interceptKwhPerDay + heatingKwhPerDegreeDay * dd;
    };
    return new Map<MeterKind, DayWeight>(energies.map((e) => [e, weightOf]));
  });

const household = fc.record({
  meters: fc.oneof(
    fc
      .uniqueArray(fc.constantFrom("a", "b", "c"), { minLength: 1, maxLength: 3 })
      .chain((ids) => fc.tuple(...ids.map((id) => meterData(id)))),
    replacement,
  ),
  pricing: fc.record({
    tariffs: withBaseTariffs,
    protectedCustomer: fc.boolean(),
    conversion: fc.option(
      fc.record({ defaultGasType: fc.constantFrom<"H" | "L">("H", "L"), calorificValues }),
      { nil: undefined },
    ),
    co2Factors: fc.option(co2Factors, { nil: undefined }),
  }),
  from: between("2023-03-01", "2024-09-01"),
  days: int(0, 800),
  granularity: fc.constantFrom<Granularity>("day", "month", "month", "year"),
  heatingWeights: fc.option(heatingWeights, { nil: undefined }),
});

describe("the span pipeline", () => {
  it("gives the per-day figures: random meters, readings, smart-meter days, tariffs, factors and windows", () => {
    fc.assert(
      fc.property(household, ({ meters, pricing, from, days, granularity, heatingWeights }) => {
        const to = addDays(from, granularity === "day" ? days % 120 : days);
        const query = { meters, pricing, from, to, granularity, heatingWeights };
        expectSame(householdConsumption(query), perDayHouseholdConsumption(query));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same figures from the readings bounding the window and its last year, and the smart-meter days of the intervals they make, as from all of them", () => {
    fc.assert(
      fc.property(household, ({ meters, pricing, from, days, granularity, heatingWeights }) => {
        const to = addDays(from, granularity === "day" ? days % 120 : days);
        const query = { meters, pricing, from, to, granularity, heatingWeights };
        const [first, end] = [startOfBrusselsDay(shiftYears(from, -1)), startOfBrusselsDay(addDays(to, 1))];
        const withBoundingReadings = meters.map((m) => ({
          ...m,
          readings: boundingReadings(m.readings, first, end),
        }));
        // What the consumption action fetches: the days asked for and those of `readingEdges`.
        const fetched = [{ from: shiftYears(from, -1), to }];
        fetched.push(
          ...readingEdges({ meters: withBoundingReadings, days: fetched[0] as (typeof fetched)[0] }),
        );
        const bounded = withBoundingReadings.map((m) => ({
          ...m,
          intervalDays: m.intervalDays?.filter((d) => fetched.some((f) => d.day >= f.from && d.day <= f.to)),
        }));
        const kept = bounded.reduce((n, m) => n + m.readings.length, 0);
        const all = meters.reduce((n, m) => n + m.readings.length, 0);
        expect(kept).toBeLessThanOrEqual(all);
        expect(householdConsumption({ ...query, meters: bounded })).toEqual(householdConsumption(query));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the per-day figures over ten years of monthly gas indexes and daily smart-meter data", () => {
    const gas: Meter = { ...meterOf("gas", "m3"), gasType: "H" };
    const electricity: Meter = { ...meterOf("electricity", "kwh"), registers: ["day", "night"] };
    const months = Array.from(
      { length: 121 },
      (_, m) => `${2015 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`,
    );
    const query = {
      meters: [
        {
          meter: gas,
          readings: months.map((on, m) => ({
            id: `g${m}`,
            register: "single" as const,
            readAt: startOfBrusselsDay(on),
            value: 1000 + m * 97.3,
            clientId: `g${m}`,
            flags: m === 0 ? ["start"] : [],
          })),
          deliveries: [],
        },
        {
          meter: electricity,
          readings: [],
          deliveries: [],
          intervalDays: Array.from(
            { length: 2 * 3652 },
            (_, i): IntervalDay => ({
              register: i % 2 ? "night" : "day",
              day: dayOfNumber(dayNumber("2015-01-01") + Math.floor(i / 2)),
              slotMinutes: 15,
              measuredSlots: 96,
              totalKwh: 3 + ((i * 7) % 11) / 3,
              totalNative: 3 + ((i * 7) % 11) / 3,
            }),
          ),
        },
      ],
      pricing: {
        tariffs: [
          {
            id: "e",
            energy: "electricity",
            scope: "organisation",
            social: false,
            validFrom: "2015-01-01",
            unit: "kwh",
            pricesEur: { day: 0.31, night: 0.22 },
            fixedEurPerYear: 95,
            vatRate: 0.06,
            pricesIncludeVat: false,
          },
          {
            id: "g",
            energy: "gas",
            scope: "organisation",
            social: false,
            validFrom: "2019-07-14",
            unit: "kwh",
            pricesEur: { single: 0.09 },
            fixedEurPerYear: 60,
            vatRate: 0.21,
            pricesIncludeVat: true,
          },
        ] satisfies Tariff[],
        protectedCustomer: false,
      },
      from: "2016-01-02",
      to: "2025-12-31",
      granularity: "month" as const,
    };
    expectSame(householdConsumption(query), perDayHouseholdConsumption(query));
  });

  it("finds an instant's Brussels day without Intl, around clock changes too", () => {
    fc.assert(
      fc.property(int(FIRST, LAST), (ms) => {
        expect(dayOfNumber(brusselsDayNumberOf(ms))).toBe(brusselsDayOf(new Date(ms)));
      }),
    );
    for (const instant of [
      "2024-03-30T23:00:00Z",
      "2024-03-31T22:00:00Z",
      "2024-10-26T21:59:59.999Z",
      "2024-10-26T22:00:00Z",
      "2024-10-27T22:59:59.999Z",
      "2024-10-27T23:00:00Z",
    ])
      expect(dayOfNumber(brusselsDayNumberOf(Date.parse(instant)))).toBe(brusselsDayOf(new Date(instant)));
  });

  it("numbers days like the calendar, leap years included (1900–2100)", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2000-03-01") - dayNumber("2000-02-28")).toBe(2);
    expect(dayNumber("1900-03-01") - dayNumber("1900-02-28")).toBe(1);
    const wrong: string[] = [];
    for (let n = dayNumber("1900-01-01"); n <= dayNumber("2100-12-31"); n++)
      if (dayNumber(dayOfNumber(n)) !== n) wrong.push(dayOfNumber(n));
    expect(wrong).toEqual([]);
  });
});
