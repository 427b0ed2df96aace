import { describe, expect, it } from "vitest";
import { addDays, dayNumber, type LocalDay } from "../../../api/consumption/brussels-days.ts";
import type { DayWeight } from "../../../api/consumption/day-spans.ts";
import { dayWeightsByEnergy } from "../../../api/consumption/heating-weights.ts";
import { householdConsumption } from "../../../api/consumption/household-consumption.ts";
import type { MeterKind } from "../../../api/meters/meter-kinds.ts";
import { heatingDayWeights } from "../../../api/savings/index.ts";
import { equiv165Weather } from "../../../api/weather/index.ts";
import { meter, reading, start } from "../meters/builders.ts";
import { belgianTemperatures, monthStarts } from "../savings/synthetic.ts";

/**
 * Gas read on 1 January, 30 January and 2 February 2025: 290 m³, then 60 m³ over 30 January,
 * 31 January and 1 February. The home's model expects 2 m³ a day plus 1 m³ per degree-day; those
 * three days had 10, 10 and 0 degree-days (weights 12, 12 and 2 of 26), the other days 5.
 */
const gas = meter({
  id: "g",
  kind: "gas",
  unit: "m3",
  gasType: "H",
  startedAt: new Date("2024-12-31T23:00:00Z"),
});
const gasData = {
  meter: gas,
  readings: [
    start(gas, 0),
    reading({ on: "2025-01-30", value: 290 }),
    reading({ on: "2025-02-02", value: 350 }),
  ],
  deliveries: [],
};
const degreeDays = new Map<number, number | undefined>([
  [dayNumber("2025-01-30"), 10],
  [dayNumber("2025-01-31"), 10],
  [dayNumber("2025-02-01"), 0],
]);
const byModel: DayWeight = (day) => {
  const dd = degreeDays.has(day) ? degreeDays.get(day) : 5;
  return dd === undefined ? undefined : 2 + dd;
};

const months = (heatingWeights?: ReadonlyMap<MeterKind, DayWeight>) =>
  householdConsumption({
    meters: [gasData],
    pricing: { tariffs: [], protectedCustomer: false },
    from: "2025-01-01",
    to: "2025-02-28",
    granularity: "month",
    heatingWeights,
  });

const quantities = (result: ReturnType<typeof months>) =>
  result.energies[0]?.periods.map((p) => [p.period, p.quantity]);

describe("heating spread over the days between two readings", () => {
  it("follows the cold of each day: 60 m³ × 24/26 to January, 60 × 2/26 to February", () => {
    const result = months(new Map([["gas", byModel]]));
    // 290 + 55.385 = 345.385 m³ in January, 4.615 m³ on 1 February.
    expect(quantities(result)).toEqual([
      ["2025-01", 345.385],
      ["2025-02", 4.615],
    ]);
    expect(result.notes).toContainEqual({ code: "heating_by_degree_days", energy: "gas" });
  });

  it("is even without the home's model: 20 m³ a day", () => {
    const result = months();
    expect(quantities(result)).toEqual([
      ["2025-01", 330],
      ["2025-02", 20],
    ]);
    expect(result.notes).not.toContainEqual({ code: "heating_by_degree_days", energy: "gas" });
  });

  it("is even when a day of the interval has no degree-days yet: unknown is not warm", () => {
    degreeDays.set(dayNumber("2025-01-31"), undefined);
    try {
      const result = months(new Map([["gas", byModel]]));
      expect(quantities(result)).toEqual([
        ["2025-01", 330],
        ["2025-02", 20],
      ]);
    } finally {
      degreeDays.set(dayNumber("2025-01-31"), 10);
    }
  });
});

describe("solar sent to the grid by a home heated with electricity", () => {
  it("is spread by the days alone: the sun does not follow the heating", () => {
    const solar = meter({
      id: "e",
      registers: ["single", "injection_day"],
      startedAt: new Date("2024-12-31T23:00:00Z"),
    });
    const result = householdConsumption({
      meters: [
        {
          meter: solar,
          readings: [
            start(solar, 0),
            start(solar, 0, "injection_day"),
            reading({ on: "2025-01-30", value: 290 }),
            reading({ on: "2025-01-30", value: 580, register: "injection_day" }),
            reading({ on: "2025-02-02", value: 350 }),
            reading({ on: "2025-02-02", value: 640, register: "injection_day" }),
          ],
          deliveries: [],
        },
      ],
      pricing: { tariffs: [], protectedCustomer: false },
      from: "2025-01-01",
      to: "2025-02-28",
      granularity: "month",
      heatingWeights: new Map([["electricity", byModel]]),
    });
    const february = result.energies[0]?.periods.find((p) => p.period === "2025-02");
    // Offtake follows the cold (60 × 2/26); injection is 60 kWh over three days, 20 on 1 February.
    expect(february?.quantity).toBe(4.615);
    expect(february?.injectionKwh).toBe(20);
  });
});

/**
 * A gas-heated home read on the 1st of each month through 2024, using exactly 10 kWh a day plus
 * 3 kWh per equivalent 16.5 degree-day, and cooking on electricity at 6 kWh a day.
 */
function homeOf2024() {
  const temperatures = belgianTemperatures("2023-12-01", "2025-01-03", 7);
  const weather = equiv165Weather({ kind: "temperatures", tmeanC: temperatures });
  const kwhOn = (day: LocalDay) => 10 + 3 * (weather.degreeDays.get(day) ?? 0);
  const gasMeter = meter({
    id: "g",
    kind: "gas",
    unit: "m3",
    gasType: "H",
    startedAt: new Date("2023-12-31T23:00:00Z"),
  });
  const electricityMeter = meter({ id: "e", startedAt: new Date("2023-12-31T23:00:00Z") });
  let m3 = 0;
  let day: LocalDay = "2024-01-01";
  const gasReadings = [start(gasMeter, 0)];
  const electricityReadings = [start(electricityMeter, 0)];
  for (const first of monthStarts("2024-02-01", "2025-01-01")) {
    for (; day < first; day = addDays(day, 1)) m3 += kwhOn(day) / 11.6;
    gasReadings.push(reading({ on: first, value: m3 }));
    electricityReadings.push(reading({ on: first, value: 6 * (dayNumber(first) - dayNumber("2024-01-01")) }));
  }
  return {
    weather,
    meters: [
      { meter: gasMeter, readings: gasReadings, deliveries: [] },
      { meter: electricityMeter, readings: electricityReadings, deliveries: [] },
    ],
  };
}

describe("the home's own model behind the spread", () => {
  it("is its savings model: 10 kWh a day and 3 kWh per degree-day, for the energy that heats it", () => {
    const { weather, meters } = homeOf2024();
    const weights = heatingDayWeights({
      energies: ["gas", "electricity"],
      meters,
      intervalDays: [],
      weather,
      until: "2024-12-31",
    });
    // Electricity at a flat 6 kWh a day has no heating: spread evenly, as the rest is.
    expect([...weights.keys()]).toEqual(["gas"]);
    expect(weights.get("gas")?.interceptKwhPerDay).toBeCloseTo(10, 6);
    expect(weights.get("gas")?.heatingKwhPerDegreeDay).toBeCloseTo(3, 6);
    const frosty = [...weather.degreeDays].find(([, dd]) => dd > 10) as [LocalDay, number];
    const weightOf = dayWeightsByEnergy(weights, { degreeDays: weather.degreeDays, normals: new Map() }).get(
      "gas",
    );
    expect(weightOf?.(dayNumber(frosty[0]))).toBeCloseTo(10 + 3 * frosty[1], 6);
    expect(weightOf?.(dayNumber("2030-01-01"))).toBeUndefined();
    // A day not published yet weighs its month's normal degree-days (396 in January), spread evenly.
    const withNormals = dayWeightsByEnergy(weights, {
      degreeDays: weather.degreeDays,
      normals: new Map([[1, 396]]),
    }).get("gas");
    expect(withNormals?.(dayNumber(frosty[0]))).toBeCloseTo(10 + 3 * frosty[1], 6);
    expect(withNormals?.(dayNumber("2030-01-15"))).toBeCloseTo(10 + (3 * 396) / 31, 6);
    expect(withNormals?.(dayNumber("2030-02-15"))).toBeUndefined();
  });

  it("is not there before a year of readings: the method cannot tell heating from the rest yet", () => {
    const { weather, meters } = homeOf2024();
    const weights = heatingDayWeights({
      energies: ["gas"],
      meters,
      intervalDays: [],
      weather,
      until: "2024-06-30",
    });
    expect(weights.size).toBe(0);
  });
});
