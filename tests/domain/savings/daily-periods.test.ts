import { describe, expect, it } from "vitest";
import { addDays, startOfBrusselsDay } from "../../../api/consumption/brussels-days.ts";
import type { Meter, Reading } from "../../../api/meters/meter-rules.ts";
import {
  chooseUsagePeriods,
  dailyPeriods,
  engineInput,
  type MeterIntervalDay,
} from "../../../api/savings/daily-periods.ts";

const electricity: Meter = {
  id: "e",
  kind: "electricity",
  unit: "kwh",
  registers: ["day", "night", "injection_day"],
  startedAt: startOfBrusselsDay("2024-01-01"),
};

/** A day of quarter-hours for one register: `slots` of the day's measured, `kwh` in total. */
const qh = (
  day: string,
  register: MeterIntervalDay["register"],
  kwh: number,
  slots = 96,
): MeterIntervalDay => ({
  meterId: "e",
  register,
  day,
  slotMinutes: 15,
  measuredSlots: slots,
  totalKwh: kwh,
  totalNative: kwh,
});

const daysFrom = (from: string, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i));

describe("smart-meter days as savings periods", () => {
  it("adds the offtake registers of a fully measured day and leaves solar injection out", () => {
    const periods = dailyPeriods({
      energy: "electricity",
      meters: [{ meter: electricity }],
      intervalDays: [
        qh("2025-01-10", "day", 6),
        qh("2025-01-10", "night", 4),
        qh("2025-01-10", "injection_day", 9),
      ],
    });
    expect(periods).toEqual([{ from: "2025-01-10", to: "2025-01-11", usageKwh: 10 }]);
  });

  it("scales up a day more than half measured, marked estimated; a day one register lacks, or half measured, is missing", () => {
    const periods = dailyPeriods({
      energy: "electricity",
      meters: [{ meter: electricity }],
      intervalDays: [
        qh("2025-01-10", "day", 6, 72),
        qh("2025-01-10", "night", 4),
        qh("2025-01-11", "day", 6),
        qh("2025-01-12", "day", 5),
        qh("2025-01-12", "night", 3),
        qh("2025-01-13", "day", 5, 48),
        qh("2025-01-13", "night", 3),
      ],
    });
    expect(periods).toEqual([
      // 72 of 96 quarter-hours: 6 kWh × 96/72 = 8, plus the night's 4.
      { from: "2025-01-10", to: "2025-01-11", usageKwh: 12, estimated: true },
      { from: "2025-01-11", to: "2025-01-12", usageKwh: null },
      { from: "2025-01-12", to: "2025-01-13", usageKwh: 8 },
      { from: "2025-01-13", to: "2025-01-14", usageKwh: null },
    ]);
  });

  it("marks a day holding values the operator estimated as estimated, counted as they are", () => {
    const periods = dailyPeriods({
      energy: "electricity",
      meters: [{ meter: { ...electricity, registers: ["single"] } }],
      intervalDays: [{ ...qh("2025-01-10", "single", 9), estimatedSlots: 24 }, qh("2025-01-11", "single", 9)],
    });
    expect(periods.map((p) => [p.usageKwh, p.estimated ?? false])).toEqual([
      [9, true],
      [9, false],
    ]);
  });

  it("counts the 92 quarter-hours of the spring clock change as a whole day, the autumn's 100 too", () => {
    const periods = dailyPeriods({
      energy: "electricity",
      meters: [{ meter: { ...electricity, registers: ["single"] } }],
      intervalDays: [qh("2025-03-30", "single", 7, 92), qh("2025-10-26", "single", 7.5, 96)],
    });
    // 96 of the autumn day's 100 quarter-hours: scaled up, estimated.
    expect(periods.map((p) => [p.usageKwh, p.estimated ?? false])).toEqual([
      [7, false],
      [7.8125, true],
    ]);
  });

  it("takes an electricity day at zero for missing (a meter that sent nothing), a gas day at zero for zero", () => {
    const single = { ...electricity, registers: ["single"] } as const;
    const days = ["2025-05-01", "2025-05-02", "2025-05-03"];
    const intervalDays = days.map((d, i) => qh(d, "single", i === 1 ? 0 : 8));
    expect(
      dailyPeriods({ energy: "electricity", meters: [{ meter: single }], intervalDays }).map(
        (p) => p.usageKwh,
      ),
    ).toEqual([8, null, 8]);
    const gas: Meter = { ...single, id: "e", kind: "gas", unit: "m3", gasType: "H" };
    expect(
      dailyPeriods({ energy: "gas", meters: [{ meter: gas }], intervalDays }).map((p) => p.usageKwh),
    ).toEqual([8, 0, 8]);
  });

  it("converts gas measured only in m³ with the calorific value of its kind", () => {
    const gas: Meter = {
      ...electricity,
      id: "g",
      kind: "gas",
      unit: "m3",
      registers: ["single"],
      gasType: "H",
    };
    const periods = dailyPeriods({
      energy: "gas",
      meters: [{ meter: gas }],
      intervalDays: [
        {
          ...qh("2025-01-10", "single", 0),
          meterId: "g",
          totalKwh: null,
          totalNative: 10,
          slotMinutes: 1440,
          measuredSlots: 1,
        },
      ],
    });
    expect(periods[0]?.usageKwh).toBeCloseTo(116, 6);
  });
});

describe("choosing between smart-meter days and readings", () => {
  const single: Meter = { ...electricity, registers: ["single"] };
  const billing = [{ from: "2024-01-01", to: "2024-02-01", usageKwh: 300 }];
  const reading = (id: string, day: string, flags: string[] = []): Reading => ({
    id,
    clientId: id,
    register: "single",
    readAt: startOfBrusselsDay(day),
    value: 1,
    flags,
  });

  function choose(coveredDays: number, otherMeter?: { meter: Meter; readings: Reading[] }) {
    const intervalDays = daysFrom("2024-03-01", coveredDays).map((d) => ({
      ...qh(d, "single", 8),
      slotMinutes: 1440,
      measuredSlots: 1,
    }));
    const daily = dailyPeriods({ energy: "electricity", meters: [{ meter: single }], intervalDays });
    return chooseUsagePeriods({
      energy: "electricity",
      start: "2025-03-01",
      billing,
      daily,
      meters: [
        { meter: single, readings: [reading("s", "2024-01-01", ["start"])] },
        ...(otherMeter ? [otherMeter] : []),
      ],
      intervalDays,
    }).usageSource;
  }

  it("takes the days when they cover 90 % of the baseline year (329 of 365 days), the readings below", () => {
    expect(choose(329)).toBe("smart_meter");
    expect(choose(328)).toBe("readings");
  });

  it("keeps the readings when another meter of the energy is only read by hand in those years", () => {
    const other: Meter = { ...single, id: "o" };
    expect(choose(365, { meter: other, readings: [reading("o1", "2024-01-01", ["start"])] })).toBe(
      "smart_meter",
    );
    expect(choose(365, { meter: other, readings: [reading("o2", "2024-06-01")] })).toBe("readings");
  });
});

describe("what the engine fits", () => {
  const days = [
    ...daysFrom("2025-01-20", 12).map((d) => ({ from: d, to: addDays(d, 1), usageKwh: 10 })),
    ...daysFrom("2025-02-01", 28)
      .filter((d) => d !== "2025-02-14")
      .map((d) => ({ from: d, to: addDays(d, 1), usageKwh: 10 })),
    ...daysFrom("2025-03-01", 5).map((d) => ({
      from: d,
      to: addDays(d, 1),
      usageKwh: d === "2025-03-03" ? null : 10,
    })),
  ];

  it("fits days against daily temperatures", () => {
    const input = engineInput({ usageSource: "smart_meter", periods: days }, "temperatures");
    expect(input.dataKind).toBe("daily");
    expect(input.periods).toBe(days);
  });

  it("sums days into calendar months against a monthly table; a month missing a day stays unknown", () => {
    const input = engineInput({ usageSource: "smart_meter", periods: days }, "degree_days");
    expect(input.dataKind).toBe("billing");
    expect(input.periods).toEqual([
      { from: "2025-01-20", to: "2025-02-01", usageKwh: 120 },
      { from: "2025-02-01", to: "2025-03-01", usageKwh: null },
      { from: "2025-03-01", to: "2025-03-06", usageKwh: null },
    ]);
  });

  it("fits readings as billing periods whatever the weather", () => {
    expect(engineInput({ usageSource: "readings", periods: days }, "temperatures").dataKind).toBe("billing");
  });
});
