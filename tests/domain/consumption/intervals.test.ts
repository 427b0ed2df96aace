import { describe, expect, it } from "vitest";
import { resetConsumption } from "../../../api/consumption/index-intervals.ts";
import { meterIntervals } from "../../../api/consumption/meter-intervals.ts";
import { at, meter, reading, start } from "../meters/builders.ts";

const brief = (r: ReturnType<typeof meterIntervals>) => ({
  intervals: r.intervals.map((i) => ({
    register: i.register,
    from: i.from,
    to: i.to,
    quantity: i.quantity,
    estimated: i.estimated,
    reset: i.reset,
  })),
  gaps: r.gaps.map((g) => ({ register: g.register, from: g.from, to: g.to, reason: g.reason })),
});

describe("cumulative indexes", () => {
  it("gives each register its own intervals, from the start index on", () => {
    const m = meter({ registers: ["day", "night"] });
    const rows = [
      start(m, 1000, "day"),
      start(m, 2000, "night"),
      reading({ on: "2024-02-01", value: 1150, register: "day" }),
      reading({ on: "2024-02-01", value: 2100, register: "night" }),
      reading({ on: "2024-03-01", value: 1290, register: "day" }),
    ];
    const result = meterIntervals({ meter: m, readings: rows });
    expect(brief(result).intervals).toEqual([
      {
        register: "day",
        from: at("2024-01-01"),
        to: at("2024-02-01"),
        quantity: 150,
        estimated: false,
        reset: false,
      },
      {
        register: "day",
        from: at("2024-02-01"),
        to: at("2024-03-01"),
        quantity: 140,
        estimated: false,
        reset: false,
      },
      {
        register: "night",
        from: at("2024-01-01"),
        to: at("2024-02-01"),
        quantity: 100,
        estimated: false,
        reset: false,
      },
    ]);
    expect(result.intervals[0]).toMatchObject({ meterId: "meter-1", kind: "electricity", unit: "kwh" });
  });

  it("counts a rollover on a 5-digit counter as 100000 − previous + value: 99990 → 00005 is 15", () => {
    expect(resetConsumption({ kind: "gas", maxIndex: 99999, previousValue: 99990, value: 5 })).toBe(15);
    // A counter showing decimals (99999.999) wraps at 100000 too.
    expect(resetConsumption({ kind: "gas", maxIndex: 99999.999, previousValue: 99990, value: 5 })).toBe(15);
    const m = meter({ kind: "gas", unit: "m3", maxIndex: 99999, gasType: "H" });
    const rows = [start(m, 99990), reading({ on: "2024-01-15", value: 5, flags: ["reset"] })];
    expect(meterIntervals({ meter: m, readings: rows }).intervals).toEqual([
      expect.objectContaining({ quantity: 15, reset: true, gasType: "H" }),
    ]);
  });

  it("counts an allocator's yearly reset from zero (the new value), even if a maximum is known", () => {
    expect(
      resetConsumption({ kind: "heat_cost_allocator", maxIndex: 9999, previousValue: 530, value: 40 }),
    ).toBe(40);
    expect(resetConsumption({ kind: "electricity", maxIndex: null, previousValue: 530, value: 40 })).toBe(40);
  });

  it("turns an undeclared drop into a gap and counts on from the lower index, never negative", () => {
    const m = meter();
    const rows = [
      start(m, 100),
      reading({ on: "2024-02-01", value: 90 }),
      reading({ on: "2024-03-01", value: 120 }),
    ];
    expect(brief(meterIntervals({ meter: m, readings: rows }))).toEqual({
      intervals: [
        {
          register: "single",
          from: at("2024-02-01"),
          to: at("2024-03-01"),
          quantity: 30,
          estimated: false,
          reset: false,
        },
      ],
      gaps: [{ register: "single", from: at("2024-01-01"), to: at("2024-02-01"), reason: "below_previous" }],
    });
  });

  it("never crosses a replacement: each meter counts from its own start index", () => {
    // Old meter: 1000 → final 1300 on 15 March; new meter: 5 → 55 on 1 April. Never 5 − 1300.
    const old = meter({ id: "old", closedAt: at("2024-03-15") });
    const oldRows = [
      start(old, 1000),
      reading({ on: "2024-03-15", value: 1300, flags: ["final"] }),
      reading({ on: "2024-04-01", value: 1400 }),
    ];
    const fresh = meter({ id: "new", startedAt: at("2024-03-15") });
    const freshRows = [start(fresh, 5), reading({ on: "2024-04-01", value: 55 })];
    const all = [
      ...meterIntervals({ meter: old, readings: oldRows }).intervals,
      ...meterIntervals({ meter: fresh, readings: freshRows }).intervals,
    ];
    expect(all.map((i) => [i.meterId, i.quantity])).toEqual([
      ["old", 300],
      ["new", 50],
    ]);
  });

  it("starts from the first reading when no start index was stored", () => {
    const m = meter();
    const rows = [reading({ on: "2024-02-01", value: 10 }), reading({ on: "2024-03-01", value: 25 })];
    expect(meterIntervals({ meter: m, readings: rows }).intervals.map((i) => i.quantity)).toEqual([15]);
  });
});

describe("tank levels (heating oil)", () => {
  const m = meter({ kind: "heating_oil", unit: "litre" });
  const rows = [
    start(m, 1500),
    reading({ on: "2024-02-01", value: 1100 }),
    reading({ on: "2024-03-01", value: 1800 }),
    reading({ on: "2024-04-01", value: 2100 }),
    reading({ on: "2024-05-01", value: 2300 }),
  ];
  const deliveries = [
    { deliveredOn: "2024-02-20", quantity: 1000 },
    { deliveredOn: "2024-04-01", quantity: 500 },
  ];

  it("is previous level − current level + deliveries between; a delivery on a reading day counts before it", () => {
    const result = meterIntervals({ meter: m, readings: rows, deliveries });
    // Jan: 1500 − 1100 = 400. Feb: 1100 − 1800 + 1000 = 300. Mar: 1800 − 2100 + 500 (delivered 1 April) = 200.
    expect(result.intervals.map((i) => [i.from, i.to, i.quantity, i.estimated])).toEqual([
      [at("2024-01-01"), at("2024-02-01"), 400, false],
      [at("2024-02-01"), at("2024-03-01"), 300, false],
      [at("2024-03-01"), at("2024-04-01"), 200, false],
    ]);
    // April: the level rose by 200 litres with no delivery recorded: unknown, not −200.
    expect(result.gaps).toEqual([
      expect.objectContaining({
        from: at("2024-04-01"),
        to: at("2024-05-01"),
        reason: "level_above_deliveries",
      }),
    ]);
  });
});

describe("a delivery on the day of a tank reading", () => {
  const m = meter({ kind: "heating_oil", unit: "litre" });
  const quantities = (
    readings: ReturnType<typeof reading>[],
    deliveries: { deliveredOn: string; quantity: number }[],
  ) => {
    const result = meterIntervals({ meter: m, readings: [start(m, 340), ...readings], deliveries });
    return [result.intervals.map((i) => [i.to, i.quantity]), result.gaps.map((g) => g.reason)];
  };

  it("counts after the reading when the gauge shows less than was just delivered (read before the lorry came)", () => {
    const delivery = [{ deliveredOn: "2024-02-01", quantity: 500 }];
    // 340 → 300 in January: 40 litres burnt, not 540; the 500 litres wait for the next reading.
    expect(quantities([reading({ on: "2024-02-01", value: 300 })], delivery)).toEqual([
      [[at("2024-02-01"), 40]],
      [],
    ]);
    // February: 300 + 500 − 760 = 40.
    const next = [reading({ on: "2024-02-01", value: 300 }), reading({ on: "2024-03-01", value: 760 })];
    expect(quantities(next, delivery)).toEqual([
      [
        [at("2024-02-01"), 40],
        [at("2024-03-01"), 40],
      ],
      [],
    ]);
  });

  it("counts after the reading when the next level rose with nothing delivered", () => {
    const rows = [reading({ on: "2024-02-01", value: 1200 }), reading({ on: "2024-03-01", value: 2150 })];
    const withTank = meterIntervals({
      meter: m,
      readings: [start(m, 1300), ...rows],
      deliveries: [{ deliveredOn: "2024-02-01", quantity: 1000 }],
    });
    expect(withTank.intervals.map((i) => i.quantity)).toEqual([100, 50]);
    expect(withTank.gaps).toEqual([]);
  });

  it("counts after the start level when the tank was filled on its first day, after it was read", () => {
    // Start 340 on 1 January, 500 litres that day: 340 + 500 − 800 = 40 in January, not a gap.
    const result = meterIntervals({
      meter: m,
      readings: [start(m, 340), reading({ on: "2024-02-01", value: 800 })],
      deliveries: [{ deliveredOn: "2024-01-01", quantity: 500 }],
    });
    expect(result.intervals.map((i) => i.quantity)).toEqual([40]);
    expect(result.gaps).toEqual([]);
  });

  it("moves past each reading of the day the gauge was read before", () => {
    // Read at 8:00 (300) and 10:00 (290), lorry in the afternoon, 700 on 1 March: 40, 10, 90.
    const rows = [
      reading({ on: "2024-02-01T08:00:00+01:00", value: 300 }),
      reading({ on: "2024-02-01T10:00:00+01:00", value: 290 }),
      reading({ on: "2024-03-01", value: 700 }),
    ];
    expect(quantities(rows, [{ deliveredOn: "2024-02-01", quantity: 500 }])[0]?.map((i) => i[1])).toEqual([
      40, 10, 90,
    ]);
  });

  it("stays before the reading when the levels fit that way, or fit no other way", () => {
    // Read after the lorry: 340 + 1000 − 1300 = 40, then 1300 − 1250 = 50.
    const after = [reading({ on: "2024-02-01", value: 1300 }), reading({ on: "2024-03-01", value: 1250 })];
    expect(quantities(after, [{ deliveredOn: "2024-02-01", quantity: 1000 }])).toEqual([
      [
        [at("2024-02-01"), 40],
        [at("2024-03-01"), 50],
      ],
      [],
    ]);
    // A gauge reading 990 just after 1000 litres (it is not precise): counting the delivery after
    // would make January −650, so it stays before: 340 + 1000 − 990 = 350.
    const misread = [reading({ on: "2024-02-01", value: 990 })];
    expect(quantities(misread, [{ deliveredOn: "2024-02-01", quantity: 1000 }])).toEqual([
      [[at("2024-02-01"), 350]],
      [],
    ]);
  });
});

describe("deliveries only (pellets, wood)", () => {
  const deliveries = [
    { deliveredOn: "2023-12-01", quantity: 700 },
    { deliveredOn: "2024-01-10", quantity: 1000 },
    { deliveredOn: "2024-03-10", quantity: 800 },
    { deliveredOn: "2024-03-10", quantity: 200 },
    { deliveredOn: "2024-05-01", quantity: 500 },
  ];

  it("spreads each delivery until the next one, estimated; the last one waits for the next delivery", () => {
    const m = meter({ kind: "pellets", unit: "kg", registers: [] });
    const result = meterIntervals({ meter: m, deliveries });
    // 1 December is before the meter started; the two deliveries of 10 March add up to 1000 kg.
    expect(result.intervals.map((i) => [i.register, i.from, i.to, i.quantity, i.estimated])).toEqual([
      ["single", at("2024-01-10"), at("2024-03-10"), 1000, true],
      ["single", at("2024-03-10"), at("2024-05-01"), 1000, true],
    ]);
  });

  it("ends the last delivery when the meter is closed", () => {
    const m = meter({ kind: "wood", unit: "kg", registers: [], closedAt: at("2024-06-01") });
    const result = meterIntervals({ meter: m, deliveries });
    expect(result.intervals.at(-1)).toMatchObject({
      from: at("2024-05-01"),
      to: at("2024-06-01"),
      quantity: 500,
    });
  });
});

describe("impossible resets", () => {
  it("leaves a gap rather than a negative rollover from above the counter's maximum", () => {
    const m = meter({ maxIndex: 99999 });
    const rows = [start(m, 150_000), reading({ on: "2024-02-01", value: 5, flags: ["reset"] })];
    expect(meterIntervals({ meter: m, readings: rows })).toMatchObject({
      intervals: [],
      gaps: [{ reason: "below_previous" }],
    });
  });
});
