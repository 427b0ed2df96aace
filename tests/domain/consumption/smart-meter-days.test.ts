import { describe, expect, it } from "vitest";
import { householdConsumption } from "../../../api/consumption/household-consumption.ts";
import type { IntervalDay } from "../../../api/consumption/interval-parts.ts";
import type { Tariff } from "../../../api/consumption/tariff-rules.ts";
import { at, meter, reading, start } from "../meters/builders.ts";

/** An electricity meter read at 00:00 on 1 April 2024 (index 0), and more readings as given. */
const electricity = meter({ id: "e", startedAt: at("2024-04-01") });

/** Full smart-meter days of April 2024 at `kwh` each, `estimatedSlots` of 96 estimated by the operator. */
const smartDays = (days: number[], kwh: number, estimatedSlots = 0): IntervalDay[] =>
  days.map((d) => ({
    register: "single",
    day: `2024-04-${String(d).padStart(2, "0")}`,
    slotMinutes: 15,
    measuredSlots: 96,
    estimatedSlots,
    totalKwh: kwh,
    totalNative: kwh,
  }));

const tenDays = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function april({
  readings,
  intervalDays,
  granularity = "month",
  from = "2024-04-01",
  to = "2024-04-30",
}: {
  readings: ReturnType<typeof reading>[];
  intervalDays: IntervalDay[];
  granularity?: "day" | "month";
  from?: string;
  to?: string;
}) {
  return householdConsumption({
    meters: [{ meter: electricity, readings: [start(electricity, 0), ...readings], deliveries: [] }].map(
      (m) => ({ ...m, intervalDays }),
    ),
    pricing: { tariffs: [], protectedCustomer: false },
    from,
    to,
    granularity,
  });
}

describe("smart-meter days inside a reading interval", () => {
  it("leave the index difference whole: the other days share what it leaves, estimated (worked example)", () => {
    // 0 on 1 April, 300 on 1 May; 1–10 April measured at 15 kWh a day (150 kWh). The other 20 days
    // share 300 − 150 = 150 kWh: 7.5 a day, estimated. April: 300 kWh, half of it measured.
    const readings = [reading({ on: "2024-05-01", value: 300 })];
    const month = april({ readings, intervalDays: smartDays(tenDays, 15) });
    expect(month.energies[0]?.periods[0]).toMatchObject({
      period: "2024-04",
      quantity: 300,
      estimatedShare: 0.5,
      coveredDays: 30,
    });
    const days = april({ readings, intervalDays: smartDays(tenDays, 15), granularity: "day" });
    const byDay = new Map(days.energies[0]?.periods.map((p) => [p.period, p]));
    expect(byDay.get("2024-04-05")).toMatchObject({ quantity: 15, estimatedShare: 0 });
    expect(byDay.get("2024-04-20")).toMatchObject({ quantity: 7.5, estimatedShare: 1 });
    expect(month.notes).toContainEqual({ code: "daily_split_estimated" });
  });

  it("never invent use: smart data above the index difference stay, the other days get 0", () => {
    // 100 kWh between the readings, but the smart meter measured 150 in ten days: April shows the
    // 150 measured (more than the indexes, visible as such); the other 20 days used 0, still covered.
    const readings = [reading({ on: "2024-05-01", value: 100 })];
    const month = april({ readings, intervalDays: smartDays(tenDays, 15) });
    expect(month.energies[0]?.periods[0]).toMatchObject({ quantity: 150, coveredDays: 30 });
    const days = april({ readings, intervalDays: smartDays(tenDays, 15), granularity: "day" });
    expect(days.energies[0]?.periods.find((p) => p.period === "2024-04-20")).toMatchObject({
      quantity: 0,
      coveredDays: 1,
    });
  });

  it("share a day read at noon with both intervals: the smart meter's hours count half to each", () => {
    // Read at 12:00 on 11 April; the file has 12 of its 24 hours (6 kWh, coverage 0.5).
    // 1 → 11 April 12:00: 10 days + half of the 11th; the smart meter's 6 kWh count 3 here, and the
    // unmeasured part is 10 + 0.5 × 0.5 = 10.25 days: 85 − 3 = 82 kWh over them, 8 a day.
    // 11 April 12:00 → 1 May: 19 days + the other half: 157 − 3 = 154 kWh over 19.25 days, 8 a day.
    const readings = [
      reading({ on: "2024-04-11T10:00:00Z", value: 85 }),
      reading({ on: "2024-05-01", value: 242 }),
    ];
    const half: IntervalDay = { ...smartDays([11], 6)[0], slotMinutes: 60, measuredSlots: 12 } as IntervalDay;
    const days = april({ readings, intervalDays: [half], granularity: "day" });
    const byDay = new Map(days.energies[0]?.periods.map((p) => [p.period, p]));
    // 11 April: 6 measured + 0.25 × 8 from each interval = 10 kWh, 4 of them estimated; one whole day.
    expect(byDay.get("2024-04-11")).toMatchObject({ quantity: 10, estimatedShare: 0.4, coveredDays: 1 });
    expect(byDay.get("2024-04-10")).toMatchObject({ quantity: 8, estimatedShare: 1 });
    expect(byDay.get("2024-04-12")).toMatchObject({ quantity: 8, estimatedShare: 1 });
    const month = april({ readings, intervalDays: [half] });
    expect(month.energies[0]?.periods[0]).toMatchObject({ quantity: 242, coveredDays: 30 });
  });

  it("count the interval's smart-meter days outside the window asked for", () => {
    // 300 kWh for April, 1–10 April measured at 15; asked for 21–30 April only: 7.5 a day.
    const readings = [reading({ on: "2024-05-01", value: 300 })];
    const result = april({ readings, intervalDays: smartDays(tenDays, 15), from: "2024-04-21" });
    expect(result.energies[0]?.periods[0]).toMatchObject({ quantity: 75, estimatedShare: 1, days: 10 });
  });
});

describe("values the grid operator estimated", () => {
  it("count as estimated, by their share of the day's slots", () => {
    // Only the smart meter: 15 kWh a day, 48 of each day's 96 quarter-hours "Geschat".
    const result = april({ readings: [], intervalDays: smartDays(tenDays, 15, 48), to: "2024-04-10" });
    expect(result.energies[0]?.periods[0]).toMatchObject({
      quantity: 150,
      estimatedShare: 0.5,
      coveredDays: 10,
    });
    const whole = april({ readings: [], intervalDays: smartDays([1], 15, 96), to: "2024-04-01" });
    expect(whole.energies[0]?.periods[0]).toMatchObject({ quantity: 15, estimatedShare: 1, coveredDays: 1 });
  });

  it("still take their place in a reading interval: the rest is spread as for measured days", () => {
    // The worked example above with every smart-meter value estimated: 300 kWh, all estimated.
    const readings = [reading({ on: "2024-05-01", value: 300 })];
    const result = april({ readings, intervalDays: smartDays(tenDays, 15, 96) });
    expect(result.energies[0]?.periods[0]).toMatchObject({ quantity: 300, estimatedShare: 1 });
  });
});

describe("a meter replaced during a day", () => {
  const tariffs: Tariff[] = [
    {
      id: "t",
      energy: "electricity",
      scope: "organisation",
      social: false,
      validFrom: "2020-01-01",
      unit: "kwh",
      pricesEur: { single: 0.3 },
      fixedEurPerYear: 366,
      vatRate: 0,
      pricesIncludeVat: true,
    },
  ];
  // The old meter, read on 1 March, is replaced on 15 March at 14:00; the new one is read on 1 April.
  const old = meter({ id: "old", startedAt: at("2024-01-01"), closedAt: at("2024-03-15T13:00:00Z") });
  const successor = meter({ id: "new", startedAt: at("2024-03-15T13:00:00Z") });
  const oldData = {
    meter: old,
    readings: [
      start(old, 0),
      reading({ on: "2024-03-01", value: 600 }),
      { ...reading({ on: "2024-03-15T13:00:00Z", value: 740 }), flags: ["final"] },
    ],
    deliveries: [],
  };
  const newData = {
    meter: successor,
    readings: [start(successor, 0), reading({ on: "2024-04-01", value: 170 })],
    deliveries: [],
  };

  it("leaves the month whole with its full fixed fee: the old and new meter cover the day together", () => {
    const result = householdConsumption({
      meters: [oldData, newData],
      pricing: { tariffs, protectedCustomer: false },
      from: "2024-03-01",
      to: "2024-03-31",
      granularity: "month",
    });
    // 140 + 170 = 310 kWh × 0.30 € + 31 days × 366 €/366 days = 93 + 31 = 124 €.
    expect(result.energies[0]?.periods[0]).toMatchObject({ quantity: 310, coveredDays: 31, costEur: 124 });
  });

  it("does not add up meters of another energy, nor meters read side by side", () => {
    // A gas meter starts when the electricity meter closes; a second electricity meter, read beside
    // the first, stops at the same moment. Neither covers the rest of 15 March for electricity.
    const gas = meter({ id: "gas", kind: "gas", unit: "m3", startedAt: at("2024-03-15T13:00:00Z") });
    const beside = meter({ id: "beside", startedAt: at("2024-01-01"), closedAt: at("2024-03-15T13:00:00Z") });
    const result = householdConsumption({
      meters: [
        oldData,
        { meter: gas, readings: [start(gas, 0), reading({ on: "2024-04-01", value: 50 })], deliveries: [] },
        {
          meter: beside,
          readings: [
            start(beside, 0),
            { ...reading({ on: "2024-03-15T13:00:00Z", value: 70 }), flags: ["final"] },
          ],
          deliveries: [],
        },
      ],
      pricing: { tariffs, protectedCustomer: false },
      from: "2024-03-01",
      to: "2024-03-31",
      granularity: "month",
    });
    const march = result.energies.find((e) => e.energy === "electricity")?.periods[0];
    expect(march?.coveredDays).toBe(Math.round((14 + 14 / 24) * 1000) / 1000);
  });
});
