import { describe, expect, it } from "vitest";
import { startOfBrusselsDay } from "../../../api/consumption/brussels-days.ts";
import type { Tariff } from "../../../api/consumption/tariff-rules.ts";
import type { Meter, Reading } from "../../../api/meters/meter-rules.ts";
import { priceOfKwhSaved } from "../../../api/savings/savings-value.ts";
import { readingPeriods } from "../../../api/savings/usage-periods.ts";

let n = 0;
const reading = (
  register: Reading["register"],
  day: string,
  value: number,
  flags: string[] = [],
): Reading => ({
  id: `r${++n}`,
  clientId: `c${n}`,
  register,
  readAt: startOfBrusselsDay(day),
  value,
  flags,
});

describe("reading-to-reading periods in kWh", () => {
  it("turns a gas index into kWh per period with the calorific value of the period's end", () => {
    const gas: Meter = {
      id: "g",
      kind: "gas",
      unit: "m3",
      registers: ["single"],
      startedAt: startOfBrusselsDay("2025-01-01"),
      gasType: "H",
    };
    const readings = [
      reading("single", "2025-01-01", 1000, ["start"]),
      reading("single", "2025-02-01", 1100),
      reading("single", "2025-03-01", 1180),
    ];
    const periods = readingPeriods({
      energy: "gas",
      meters: [{ meter: gas, readings, deliveries: [] }],
      conversion: {
        defaultGasType: "H",
        calorificValues: [{ gasType: "H", kwhPerM3: 11, validFrom: "2025-01-01", validTo: null }],
      },
    });
    expect(periods).toEqual([
      { from: "2025-01-01", to: "2025-02-01", usageKwh: 1100 },
      { from: "2025-02-01", to: "2025-03-01", usageKwh: 880 },
    ]);
  });

  it("adds day and night, leaves solar injection out, and keeps an index that went back as missing", () => {
    const meter: Meter = {
      id: "e",
      kind: "electricity",
      unit: "kwh",
      registers: ["day", "night", "injection_day"],
      startedAt: startOfBrusselsDay("2025-01-01"),
    };
    const readings = [
      ...["day", "night", "injection_day"].map((r) =>
        reading(r as Reading["register"], "2025-01-01", 100, ["start"]),
      ),
      reading("day", "2025-02-01", 300),
      reading("night", "2025-02-01", 250),
      reading("injection_day", "2025-02-01", 900),
      reading("day", "2025-03-01", 250),
      reading("night", "2025-03-01", 400),
      reading("injection_day", "2025-03-01", 1000),
    ];
    const periods = readingPeriods({ energy: "electricity", meters: [{ meter, readings, deliveries: [] }] });
    expect(periods).toEqual([
      { from: "2025-01-01", to: "2025-02-01", usageKwh: 350 },
      { from: "2025-02-01", to: "2025-03-01", usageKwh: null },
    ]);
    expect(readingPeriods({ energy: "gas", meters: [{ meter, readings, deliveries: [] }] })).toEqual([]);
  });

  it("runs a period on to the next reading of every register when one register was skipped", () => {
    const meter: Meter = {
      id: "e",
      kind: "electricity",
      unit: "kwh",
      registers: ["day", "night"],
      startedAt: startOfBrusselsDay("2026-01-01"),
    };
    const readings = [
      reading("day", "2026-01-01", 0, ["start"]),
      reading("night", "2026-01-01", 0, ["start"]),
      reading("day", "2026-02-01", 186),
      reading("night", "2026-02-01", 124),
      // The night register forgotten on 1 March.
      reading("day", "2026-03-01", 354),
      reading("day", "2026-04-01", 540),
      reading("night", "2026-04-01", 360),
      reading("day", "2026-05-01", 720),
      // And again on 1 May, the last reading: nothing after 1 April is complete.
    ];
    expect(readingPeriods({ energy: "electricity", meters: [{ meter, readings, deliveries: [] }] })).toEqual([
      { from: "2026-01-01", to: "2026-02-01", usageKwh: 310 },
      // Day 168 + 186, night 236: known from both registers over the two months.
      { from: "2026-02-01", to: "2026-04-01", usageKwh: 590 },
      { from: "2026-04-01", to: "2026-05-01", usageKwh: null },
    ]);
  });

  it("carries a reading taken twice in one day into the next period", () => {
    const gas: Meter = {
      id: "g",
      kind: "gas",
      unit: "m3",
      registers: ["single"],
      startedAt: startOfBrusselsDay("2025-01-01"),
      gasType: "H",
    };
    const evening = new Date(startOfBrusselsDay("2025-02-01").getTime() + 18 * 3_600_000);
    const readings = [
      reading("single", "2025-01-01", 1000, ["start"]),
      reading("single", "2025-02-01", 1100),
      { ...reading("single", "2025-02-01", 1105), readAt: evening },
      reading("single", "2025-03-01", 1180),
    ];
    const periods = readingPeriods({
      energy: "gas",
      meters: [{ meter: gas, readings, deliveries: [] }],
      conversion: {
        defaultGasType: "H",
        calorificValues: [{ gasType: "H", kwhPerM3: 10, validFrom: "2025-01-01", validTo: null }],
      },
    });
    expect(periods).toEqual([
      { from: "2025-01-01", to: "2025-02-01", usageKwh: 1000 },
      { from: "2025-02-01", to: "2025-03-01", usageKwh: 800 },
    ]);
  });
});

describe("what a kWh saved is worth", () => {
  const tariff = (over: Partial<Tariff>): Tariff => ({
    id: "t",
    energy: "gas",
    scope: "organisation",
    social: false,
    validFrom: "2025-01-01",
    unit: "kwh",
    pricesEur: { single: 0.1 },
    fixedEurPerYear: 100,
    vatRate: 0.06,
    pricesIncludeVat: false,
    ...over,
  });
  const value = (tariffs: Tariff[], energy: "gas" | "electricity" | "heating_oil" = "gas") =>
    priceOfKwhSaved({ tariffs, energy, day: "2025-06-01", protectedCustomer: false })?.eurPerKwh ?? null;

  it("is the energy price with VAT, without the fixed fees", () => {
    expect(value([tariff({})])).toBeCloseTo(0.106, 12);
  });
  it("converts a price per litre of heating oil into a price per kWh", () => {
    // 1 €/litre, VAT 21 % not included, 10 kWh per litre (reference factor).
    const oil = tariff({ energy: "heating_oil", unit: "litre", pricesEur: { single: 1 }, vatRate: 0.21 });
    expect(value([oil], "heating_oil")).toBeCloseTo(1.21 / 10, 2);
  });
  it("takes the mean of day and night prices, and is unknown without a tariff", () => {
    const dayNight = tariff({
      energy: "electricity",
      pricesEur: { day: 0.3, night: 0.2 },
      pricesIncludeVat: true,
    });
    expect(value([dayNight], "electricity")).toBeCloseTo(0.25, 12);
    expect(value([])).toBeNull();
  });
});
