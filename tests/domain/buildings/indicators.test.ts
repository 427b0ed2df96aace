import { describe, expect, it } from "vitest";
import {
  type BuildingMonth,
  buildingMonths,
  heatingSeries,
  monthDegreeDays,
} from "../../../api/buildings/building-months.ts";
import {
  buildingIndicators,
  type HeatingMonth,
  heatingMonths,
  shiftMonth,
  wholeSeasonsAndYears,
} from "../../../api/buildings/indicators.rules.ts";
import type { Meter, Reading } from "../../../api/meters/meter-rules.ts";
import type { MeterIntervalDay } from "../../../api/savings/index.ts";

const month = (m: string, kwh: number, degreeDays: number | null, overrides: Partial<HeatingMonth> = {}) => ({
  month: m,
  kwh,
  estimatedKwh: 0,
  coveredDays: Number(new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate()),
  degreeDays,
  ...overrides,
});

describe("a building's indicators (1,000 m² heated)", () => {
  it("gives each month its kWh, kWh/m² and kWh/m² per degree-day, and says which months are estimated, partial or missing", () => {
    const result = buildingIndicators({
      heatedAreaM2: 1000,
      from: "2025-01",
      to: "2025-04",
      months: [
        month("2025-01", 30_000, 400),
        month("2025-02", 20_000, 320, { estimatedKwh: 5_000 }),
        // March: no consumption at all; April: readings stop on the 15th.
        month("2025-04", 5_000, 150, { coveredDays: 15 }),
      ],
    });
    expect(result.monthly).toEqual([
      // 30,000 kWh / 1,000 m² = 30 kWh/m²; 30 / 400 DD = 0.075 kWh/m²/DD.
      {
        month: "2025-01",
        kwh: 30_000,
        kwhPerM2: 30,
        degreeDays: 400,
        kwhPerM2PerDegreeDay: 0.075,
        estimatedShare: 0,
        status: "measured",
      },
      // 20 kWh/m² / 320 DD = 0.0625; 5,000 of 20,000 kWh spread from a longer period = 25 %.
      {
        month: "2025-02",
        kwh: 20_000,
        kwhPerM2: 20,
        degreeDays: 320,
        kwhPerM2PerDegreeDay: 0.0625,
        estimatedShare: 0.25,
        status: "estimated",
      },
      {
        month: "2025-03",
        kwh: null,
        kwhPerM2: null,
        degreeDays: null,
        kwhPerM2PerDegreeDay: null,
        estimatedShare: 0,
        status: "missing",
      },
      // Half a month: its kWh/m² is shown, never divided by the whole month's degree-days.
      {
        month: "2025-04",
        kwh: 5_000,
        kwhPerM2: 5,
        degreeDays: 150,
        kwhPerM2PerDegreeDay: null,
        estimatedShare: 0,
        status: "partial",
      },
    ]);
    expect(result.estimatedMonths).toEqual(["2025-02"]);
    expect(result.partialMonths).toEqual(["2025-04"]);
    expect(result.missingMonths).toEqual(["2025-03"]);
    // The 2024–2025 season (October–April) holds 55,000 kWh of what is known, and says it is incomplete.
    expect(result.seasons).toEqual([
      {
        season: "2024-2025",
        from: "2024-10",
        to: "2025-04",
        kwh: 55_000,
        kwhPerM2: 55,
        degreeDays: null,
        kwhPerM2PerDegreeDay: null,
        complete: false,
      },
    ]);
    expect(result.years).toEqual([
      {
        year: 2025,
        kwh: 55_000,
        kwhPerM2: 55,
        degreeDays: null,
        kwhPerM2PerDegreeDay: null,
        complete: false,
      },
    ]);
  });

  it("sums a complete heating season and divides it by its degree-days", () => {
    // Seven months of 12,000 kWh and 300 DD: 84,000 kWh, 84 kWh/m², 2,100 DD, 84 / 2,100 = 0.04.
    const months = ["2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04"];
    const result = buildingIndicators({
      heatedAreaM2: 1000,
      from: "2024-10",
      to: "2025-04",
      months: months.map((m) => month(m, 12_000, 300)),
    });
    const season = result.seasons.find((s) => s.season === "2024-2025");
    expect(season).toMatchObject({ kwh: 84_000, kwhPerM2: 84, degreeDays: 2_100, complete: true });
    expect(season?.kwhPerM2PerDegreeDay).toBeCloseTo(0.04, 12);
    // Summer months with almost no degree-days get no kWh per degree-day (it would be hot water).
    const summer = buildingIndicators({
      heatedAreaM2: 1000,
      from: "2025-07",
      to: "2025-07",
      months: [month("2025-07", 2_000, 4)],
    });
    expect(summer.monthly[0]?.kwhPerM2PerDegreeDay).toBeNull();
  });

  it("adds the building's heating energies of a month together", () => {
    const rows = [
      { ...month("2025-01", 30_000, 400), energy: "gas" },
      { ...month("2025-01", 2_000, 400, { estimatedKwh: 500, coveredDays: 20 }), energy: "heat" },
    ];
    expect(heatingMonths(rows)).toEqual([
      { month: "2025-01", kwh: 32_000, estimatedKwh: 500, coveredDays: 31, degreeDays: 400 },
    ]);
    expect(shiftMonth("2025-01", -1)).toBe("2024-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
  });
});

// Brussels midnight in winter is 23:00 UTC the day before.
const at = (day: string) => new Date(`${day}T00:00:00+01:00`);
const heatMeter: Meter = {
  id: "m-heat",
  kind: "heat",
  unit: "kwh",
  registers: ["single"],
  startedAt: at("2025-01-01"),
};
const reading = (day: string, value: number): Reading => ({
  id: `r-${day}`,
  register: "single",
  readAt: at(day),
  value,
  clientId: `c-${day}`,
  flags: day === "2025-01-01" ? ["start"] : [],
});
const heatReadings = [reading("2025-01-01", 0), reading("2025-02-01", 3_100), reading("2025-03-16", 7_500)];

const pad = (n: number) => String(n).padStart(2, "0");
/** A whole day of the heat meter's smart-meter data (its daily total). */
const smartDay = (day: string, kwh: number): MeterIntervalDay => ({
  meterId: "m-heat",
  register: "single",
  day,
  slotMinutes: 1440,
  measuredSlots: 1,
  totalKwh: kwh,
  totalNative: kwh,
});

function degreeDaysFeb10Mar5(): Map<string, number> {
  const dd = new Map<string, number>();
  for (let d = 1; d <= 28; d++) dd.set(`2025-02-${String(d).padStart(2, "0")}`, 10);
  for (let d = 1; d <= 31; d++) dd.set(`2025-03-${String(d).padStart(2, "0")}`, 5);
  return dd;
}

describe("a building's monthly rollup from its meter readings", () => {
  it("keeps a month read at both ends as measured, and spreads a period over two months evenly without a signature", () => {
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      degreeDays: degreeDaysFeb10Mar5(),
      signature: null,
    });
    // 1 Feb – 16 Mar: 4,400 kWh over 43 days: 28/43 in February, 15/43 in March; both estimated.
    expect(months.map((m) => m.month)).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(months[0]).toEqual({
      energy: "heat",
      month: "2025-01",
      kwh: 3_100,
      estimatedKwh: 0,
      coveredDays: 31,
      degreeDays: null,
    });
    expect(months[1]?.kwh).toBeCloseTo((4_400 * 28) / 43, 9);
    expect(months[1]?.estimatedKwh).toBeCloseTo((4_400 * 28) / 43, 9);
    expect(months[1]).toMatchObject({ coveredDays: 28, degreeDays: 280 });
    expect(months[2]?.kwh).toBeCloseTo((4_400 * 15) / 43, 9);
    // Nothing is placed after the last reading: March is covered 15 days of 31.
    expect(months[2]).toMatchObject({ coveredDays: 15, degreeDays: 155 });
  });

  it("spreads heating by what the signature expects of each day", () => {
    // 50 kWh/day + 10 kWh/DD: a February day (10 DD) expects 150 kWh, a March day (5 DD) 100 kWh.
    // 28 × 150 = 4,200 and 15 × 100 = 1,500: February gets 4,400 × 4,200 / 5,700 = 3,242.105… kWh.
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      degreeDays: degreeDaysFeb10Mar5(),
      signature: { interceptKwhPerDay: 50, heatingKwhPerDegreeDay: 10 },
    });
    expect(months[1]?.kwh).toBeCloseTo((4_400 * 4_200) / 5_700, 9);
    expect(months[2]?.kwh).toBeCloseTo((4_400 * 1_500) / 5_700, 9);
  });

  it("takes a month's smart-meter data instead of its readings", () => {
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      // 3,050.5 kWh in January: 30 days of 98.5 and one of 95.5.
      intervalDays: Array.from({ length: 31 }, (_, i) => smartDay(`2025-01-${pad(i + 1)}`, i ? 98.5 : 95.5)),
      degreeDays: new Map(),
      signature: null,
    });
    expect(months[0]).toEqual({
      energy: "heat",
      month: "2025-01",
      kwh: 3_050.5,
      estimatedKwh: 0,
      coveredDays: 31,
      degreeDays: null,
    });
  });

  it("takes the readings' share of the days before a smart meter starting mid-month, and keeps the month whole", () => {
    // Read on 1 January, 1 February (3,100) and 16 March (7,500); 120 kWh a day from the smart meter
    // from 15 February to 31 March.
    const days = [
      ...Array.from({ length: 14 }, (_, i) => smartDay(`2025-02-${pad(15 + i)}`, 120)),
      ...Array.from({ length: 31 }, (_, i) => smartDay(`2025-03-${pad(i + 1)}`, 120)),
    ];
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      intervalDays: days,
      degreeDays: degreeDaysFeb10Mar5(),
      signature: null,
    });
    expect(months.map((m) => m.month)).toEqual(["2025-01", "2025-02", "2025-03"]);
    // 1 Feb – 16 Mar: 4,400 kWh by the index. The smart meter measured 29 × 120 = 3,480 kWh of it
    // (15 February – 15 March), so 1–14 February share the other 920 kWh (estimated: the period
    // reaches into March); 15–28 February, 14 × 120 kWh measured.
    expect(months[1]?.kwh).toBeCloseTo(920 + 14 * 120, 9);
    expect(months[1]?.estimatedKwh).toBeCloseTo(920, 9);
    expect(months[1]).toMatchObject({ coveredDays: 28 });
    // March: the smart meter's 31 days, the readings' share of 1–15 March replaced, not added.
    expect(months[2]).toMatchObject({ kwh: 31 * 120, estimatedKwh: 0, coveredDays: 31 });
    // The period still adds up to its index difference: February and 1–15 March.
    expect((months[1]?.kwh ?? 0) + 15 * 120).toBeCloseTo(4_400, 9);
  });

  it("gives the days of a period the smart meter did not measure what its index difference leaves", () => {
    // 10 whole smart-meter days of 15 kWh within 1 January – 1 February (3,100 kWh): the other 21 days
    // share 3,100 − 150 kWh, and January is still the 3,100 kWh its two readings say.
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      intervalDays: Array.from({ length: 10 }, (_, i) => smartDay(`2025-01-${pad(i + 11)}`, 15)),
      degreeDays: new Map(),
      signature: null,
    });
    expect(months[0]).toMatchObject({ month: "2025-01", coveredDays: 31, estimatedKwh: 0 });
    expect(months[0]?.kwh).toBeCloseTo(3_100, 9);
  });

  it("keeps the readings' share of the part of a day the smart meter did not measure, estimated", () => {
    // 96 quarter-hours on 10 February, only 48 measured (60 kWh): the index difference less those
    // 60 kWh is shared by the 42 unmeasured days and the unmeasured half of 10 February.
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      intervalDays: [{ ...smartDay("2025-02-10", 60), slotMinutes: 15, measuredSlots: 48 }],
      degreeDays: degreeDaysFeb10Mar5(),
      signature: null,
    });
    const perDay = (4_400 - 60) / 42.5;
    expect(months[1]?.kwh).toBeCloseTo(27 * perDay + 60 + perDay / 2, 9);
    expect(months[1]?.estimatedKwh).toBeCloseTo(27 * perDay + perDay / 2, 9);
    expect(months[1]).toMatchObject({ coveredDays: 28 });
    expect((months[1]?.kwh ?? 0) + (months[2]?.kwh ?? 0)).toBeCloseTo(4_400, 9);
  });

  it("counts the share of a smart-meter day the operator estimated as estimated", () => {
    // 31 January: 96 quarter-hours, 24 of them estimated by the operator.
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      intervalDays: Array.from({ length: 31 }, (_, i) => ({
        ...smartDay(`2025-01-${pad(i + 1)}`, 100),
        ...(i === 30 ? { slotMinutes: 15, measuredSlots: 96, estimatedSlots: 24 } : {}),
      })),
      degreeDays: new Map(),
      signature: null,
    });
    expect(months[0]).toMatchObject({ kwh: 3_100, estimatedKwh: 25, coveredDays: 31 });
  });

  it("counts a smart-meter day missing slots after the last reading as a day without whole figures", () => {
    // Read last on 16 March; on 20 March the smart meter measured 48 of 96 quarter-hours (60 kWh).
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      intervalDays: [{ ...smartDay("2025-03-20", 60), slotMinutes: 15, measuredSlots: 48 }],
      degreeDays: degreeDaysFeb10Mar5(),
      signature: null,
    });
    // March: 1–15 from the readings, 20 March's 60 kWh counted, but still 15 whole days of 31.
    expect(months[2]?.kwh).toBeCloseTo((4_400 * 15) / 43 + 60, 9);
    expect(months[2]).toMatchObject({ coveredDays: 15 });
  });

  it("spreads a period evenly while one of its days has no degree-days yet, not as a day without heating", () => {
    // March's degree-days not published: the signature cannot weigh 1–15 March, so the period
    // 1 February – 16 March is spread evenly (28/43 in February), not 4,200/4,250 as if March were mild.
    const febOnly = new Map([...degreeDaysFeb10Mar5()].filter(([day]) => day < "2025-03"));
    const months = buildingMonths({
      meters: [{ meter: heatMeter, readings: heatReadings, deliveries: [] }],
      degreeDays: febOnly,
      signature: { interceptKwhPerDay: 50, heatingKwhPerDegreeDay: 10 },
    });
    expect(months[1]?.kwh).toBeCloseTo((4_400 * 28) / 43, 9);
    expect(months[2]?.kwh).toBeCloseTo((4_400 * 15) / 43, 9);
  });

  it("leaves a month partial when one of two boilers read side by side is no longer read", () => {
    const second: Meter = { ...heatMeter, id: "m-heat-2" };
    const secondReadings = [reading("2025-01-01", 0), reading("2025-02-01", 1_000)].map((r) => ({
      ...r,
      id: `2-${r.id}`,
      clientId: `2-${r.clientId}`,
    }));
    const months = buildingMonths({
      meters: [
        { meter: heatMeter, readings: heatReadings, deliveries: [] },
        { meter: second, readings: secondReadings, deliveries: [] },
      ],
      degreeDays: degreeDaysFeb10Mar5(),
      signature: null,
    });
    expect(months[0]).toMatchObject({ month: "2025-01", coveredDays: 31 });
    expect(months[0]?.kwh).toBeCloseTo(4_100, 9);
    // February: the first boiler's meter counts, the second's is silent: 0 of 28 days are whole.
    expect(months[1]).toMatchObject({ month: "2025-02", coveredDays: 0 });
  });

  it("keeps a month whole across a meter replaced in the middle of it", () => {
    const old: Meter = { ...heatMeter, closedAt: at("2025-01-15") };
    const successor: Meter = { ...heatMeter, id: "m-heat-new", startedAt: at("2025-01-15") };
    const months = buildingMonths({
      meters: [
        { meter: old, readings: [reading("2025-01-01", 0), reading("2025-01-15", 1_400)], deliveries: [] },
        {
          meter: successor,
          readings: [
            { ...reading("2025-01-15", 0), id: "n0", clientId: "n0", flags: ["start"] },
            { ...reading("2025-02-01", 1_700), id: "n1", clientId: "n1" },
          ],
          deliveries: [],
        },
      ],
      degreeDays: new Map(),
      signature: null,
    });
    expect(months[0]).toMatchObject({ month: "2025-01", coveredDays: 31 });
    expect(months[0]?.kwh).toBeCloseTo(3_100, 9);
  });

  it("sums a month's degree-days only when every day has one", () => {
    const dd = degreeDaysFeb10Mar5();
    expect(monthDegreeDays("2025-02", dd)).toBe(280);
    dd.delete("2025-02-14");
    expect(monthDegreeDays("2025-02", dd)).toBeNull();
  });
});

describe("the months a span's seasons and years need", () => {
  it("reach back to the season's October or the year's January, and on to April or December", () => {
    expect(wholeSeasonsAndYears("2024-03", "2026-02")).toEqual({ from: "2023-10", to: "2026-12" });
    expect(wholeSeasonsAndYears("2024-12", "2026-11")).toEqual({ from: "2024-01", to: "2027-04" });
    expect(wholeSeasonsAndYears("2025-05", "2025-09")).toEqual({ from: "2025-01", to: "2025-12" });
  });
});

describe("a building's heating series (what the portfolio reads)", () => {
  const month = (energy: BuildingMonth["energy"], m: string, kwh: number): BuildingMonth => ({
    energy,
    month: m,
    kwh,
    estimatedKwh: 0,
    coveredDays: 30,
    degreeDays: null,
  });

  it("adds the heating energies of a month, leaves the common parts' electricity out, and a gap null", () => {
    expect(
      heatingSeries([
        month("heat", "2025-11", 3_000),
        month("electricity", "2025-10", 400),
        month("pellets", "2025-11", 500),
        month("heat", "2026-01", 2_500),
        month("electricity", "2026-02", 400),
      ]),
    ).toEqual({ fromMonth: "2025-11", kwh: [3_500, null, 2_500] });
  });

  it("is empty for a building without heating data", () => {
    expect(heatingSeries([month("electricity", "2025-10", 400)])).toEqual({ fromMonth: null, kwh: [] });
  });
});
