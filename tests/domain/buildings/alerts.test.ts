import { describe, expect, it } from "vitest";
import {
  aboveModel,
  meterBackwards,
  type RolledMonth,
  readingsMissing,
  situationKey,
  summerHeating,
  winterLine,
} from "../../../api/buildings/alerts.rules.ts";

/**
 * A 2,000 m² building whose signature is 200 kWh a day of base load (hot water, losses) and 40 kWh
 * per degree-day, checked on 2025-10-15: the months checked are October 2024 to September 2025.
 */
const signature = { baseLoadKwhPerDay: 200, heatingKwhPerDegreeDay: 40 };
const today = "2025-10-15";
const heatedAreaM2 = 2000;
const month = (m: string, kwh: number, more: Partial<RolledMonth> = {}): RolledMonth => ({
  month: m,
  kwh,
  estimatedKwh: 0,
  coveredDays: 31,
  degreeDays: 0,
  ...more,
});

describe("summer heating", () => {
  it("flags a July at 2.2 × its base load, once for the summer, with the months seen", () => {
    // July: base load 200 × 31 = 6,200 kWh; 13,640 kWh is 2.2 × that, 7,440 kWh (3.7 kWh/m²) over it.
    // June at 6,600 kWh (1.1 × 6,000): hot water as usual. August at 9,300 kWh: 1.5 ×, not above.
    const months = [
      month("2025-06", 6_600, { coveredDays: 30 }),
      month("2025-07", 13_640),
      month("2025-08", 9_300),
    ];
    expect(summerHeating({ months, signature, heatedAreaM2, today })).toEqual([
      {
        kind: "summer_heating",
        meterId: null,
        periodFrom: "2025-06-01",
        periodTo: "2025-09-01",
        seen: { months: ["2025-07"], kwh: 13_640, expectedKwh: 6_200 },
      },
    ]);
  });

  it("allows a cold June its heating: compares with the base load and the month's degree-days", () => {
    // June with 35 degree-days: 200 × 30 + 40 × 35 = 7,400 kWh explained; 10,500 kWh is 1.42 × that
    // (not flagged), though 1.75 × the base load alone. 11,400 kWh is 1.54 ×, and 4,000 kWh over: flagged.
    const cold = (kwh: number) => [month("2025-06", kwh, { coveredDays: 30, degreeDays: 35 })];
    expect(summerHeating({ months: cold(10_500), signature, heatedAreaM2, today })).toEqual([]);
    const [found] = summerHeating({ months: cold(11_400), signature, heatedAreaM2, today });
    expect(found?.seen).toEqual({ months: ["2025-06"], kwh: 11_400, expectedKwh: 7_400 });
  });

  it("takes the winter months' line when heating all summer raised the signature's base load", () => {
    // Winter months on 200 kWh a day + 40 kWh per degree-day; the year's signature, summer included,
    // says 400 kWh a day. July at 15,000 kWh: under 1.5 × 400 × 31 = 18,600, but 2.4 × 200 × 31 = 6,200.
    const winter = [
      month("2024-10", 200 * 31 + 40 * 161, { degreeDays: 161 }),
      month("2024-11", 200 * 30 + 40 * 278, { degreeDays: 278, coveredDays: 30 }),
      month("2024-12", 200 * 31 + 40 * 377, { degreeDays: 377 }),
      month("2025-01", 200 * 31 + 40 * 396, { degreeDays: 396 }),
    ];
    const months = [...winter, month("2025-07", 15_000)];
    const line = winterLine(months, today);
    expect(line?.baseLoadKwhPerDay).toBeCloseTo(200, 9);
    expect(line?.heatingKwhPerDegreeDay).toBeCloseTo(40, 9);
    const contaminated = { baseLoadKwhPerDay: 400, heatingKwhPerDegreeDay: 30 };
    const [found] = summerHeating({ months, signature: contaminated, heatedAreaM2, today });
    expect(found?.seen).toEqual({ months: ["2025-07"], kwh: 15_000, expectedKwh: 6_200 });
    // Three winter months draw no line: the signature's 400 kWh a day is all there is.
    expect(winterLine(winter.slice(1), today)).toBeNull();
    expect(summerHeating({ months: months.slice(1), signature: contaminated, heatedAreaM2, today })).toEqual(
      [],
    );
  });

  it("needs 0.5 kWh/m² over the base load too: a small base load doubled is not heating", () => {
    const small = { baseLoadKwhPerDay: 10, heatingKwhPerDegreeDay: 40 };
    // 620 kWh of base load in July; 1,240 kWh is twice that but only 620 kWh (0.31 kWh/m²) over it.
    expect(
      summerHeating({ months: [month("2025-07", 1_240)], signature: small, heatedAreaM2, today }),
    ).toEqual([]);
  });

  it("says nothing without a base load, for a month read partly or mostly estimated, or a summer over a year ago", () => {
    const hot = month("2025-07", 20_000);
    expect(summerHeating({ months: [hot], signature: null, heatedAreaM2, today })).toEqual([]);
    const partial = month("2025-07", 20_000, { coveredDays: 20 });
    const spread = month("2025-07", 20_000, { estimatedKwh: 12_000 });
    expect(summerHeating({ months: [partial, spread], signature, heatedAreaM2, today })).toEqual([]);
    expect(summerHeating({ months: [month("2024-07", 20_000)], signature, heatedAreaM2, today })).toEqual([]);
  });
});

describe("a month above the model", () => {
  it("flags January at 45 % above the prediction, not a month 20 % above", () => {
    // January: 200 × 31 + 40 × 400 DD = 22,200 kWh predicted; 32,190 kWh is 45 % above, 9,990 kWh over.
    // February: 200 × 28 + 40 × 350 = 19,600 kWh predicted; 23,520 kWh is 20 % above.
    const months = [
      month("2025-01", 32_190, { degreeDays: 400 }),
      month("2025-02", 23_520, { degreeDays: 350, coveredDays: 28 }),
    ];
    expect(aboveModel({ months, signature, heatedAreaM2, today })).toEqual([
      {
        kind: "above_model",
        meterId: null,
        periodFrom: "2025-01-01",
        periodTo: "2025-02-01",
        seen: { month: "2025-01", kwh: 32_190, predictedKwh: 22_200, percentAbove: 45 },
      },
    ]);
  });

  it("needs 1 kWh/m² over the prediction, the month's degree-days, and leaves summer to its own rule", () => {
    // September: 200 × 30 + 40 × 20 DD = 6,800 kWh predicted; 9,000 kWh is 32 % above and 2,200 kWh
    // over: 1.1 kWh/m² of 2,000 m² (flagged) but 0.73 kWh/m² of 3,000 m² (not). July is summer's rule;
    // March has no degree-days yet.
    const months = [
      month("2025-09", 9_000, { degreeDays: 20, coveredDays: 30 }),
      month("2025-07", 30_000, { degreeDays: 0 }),
      month("2025-03", 40_000, { degreeDays: null }),
    ];
    expect(aboveModel({ months, signature, heatedAreaM2: 3_000, today })).toEqual([]);
    expect(aboveModel({ months: [months[0] as RolledMonth], signature, heatedAreaM2, today })).toHaveLength(
      1,
    );
  });
});

describe("readings missing", () => {
  const meter = { meterId: "m1", startedOn: "2024-01-01", closed: false, readable: true };

  it("flags a meter last read 46 days ago, from that day to today; not 45 days ago", () => {
    expect(readingsMissing({ meters: [{ ...meter, lastDataOn: "2025-08-30" }], today })).toEqual([
      {
        kind: "readings_missing",
        meterId: "m1",
        periodFrom: "2025-08-30",
        periodTo: "2025-10-15",
        seen: { lastDataOn: "2025-08-30", days: 46, limitDays: 45 },
      },
    ]);
    expect(readingsMissing({ meters: [{ ...meter, lastDataOn: "2025-08-31" }], today })).toEqual([]);
  });

  it("counts from the start of a meter never read, and leaves closed and deliveries-only meters alone", () => {
    const [never] = readingsMissing({
      meters: [{ ...meter, startedOn: "2025-07-01", lastDataOn: null }],
      today,
    });
    expect(never?.seen).toMatchObject({ lastDataOn: "2025-07-01", days: 106 });
    const others = [
      { ...meter, closed: true, lastDataOn: "2025-01-01" },
      { ...meter, readable: false, lastDataOn: null },
    ];
    expect(readingsMissing({ meters: others, today })).toEqual([]);
  });

  it("is the same situation while the gap grows: one key for the same last reading", () => {
    const [a] = readingsMissing({ meters: [{ ...meter, lastDataOn: "2025-08-01" }], today });
    const [b] = readingsMissing({ meters: [{ ...meter, lastDataOn: "2025-08-01" }], today: "2025-11-30" });
    expect(situationKey(a as never)).toBe(situationKey(b as never));
    expect(b?.periodTo).toBe("2025-11-30");
  });
});

describe("a meter going backwards", () => {
  const read = (readOn: string, value: number, flags: string[] = []) => ({
    register: "single",
    readOn,
    value,
    flags,
  });

  it("flags an index below the previous one accepted as a reset, with both indexes", () => {
    const readings = [
      read("2025-03-01", 50_000, ["start"]),
      read("2025-04-01", 62_000),
      read("2025-05-01", 1_200, ["reset"]),
    ];
    expect(meterBackwards({ meterId: "g", readings, maxIndex: 99_999, unit: "m3", today })).toEqual([
      {
        kind: "meter_backwards",
        meterId: "g",
        periodFrom: "2025-04-01",
        periodTo: "2025-05-01",
        seen: {
          previousIndex: 62_000,
          index: 1_200,
          unit: "m3",
          previousOn: "2025-04-01",
          readOn: "2025-05-01",
        },
      },
    ]);
  });

  it("leaves a counter wrapping at its maximum, a reset going up, and a reset over a year ago alone", () => {
    const wrap = [read("2025-04-01", 99_100), read("2025-05-01", 800, ["reset"])];
    expect(meterBackwards({ meterId: "g", readings: wrap, maxIndex: 99_999, unit: "m3", today })).toEqual([]);
    const up = [read("2025-04-01", 100), read("2025-05-01", 900, ["reset"])];
    expect(meterBackwards({ meterId: "g", readings: up, maxIndex: null, unit: "m3", today })).toEqual([]);
    const old = [read("2024-04-01", 5_000), read("2024-05-01", 10, ["reset"])];
    expect(meterBackwards({ meterId: "g", readings: old, maxIndex: null, unit: "m3", today })).toEqual([]);
  });
});
