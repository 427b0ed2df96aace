import { describe, expect, it } from "vitest";
import { toCo2Parts } from "../../../api/consumption/co2.ts";
import { DEFAULT_CONVERSION, kwhPerUnit, toKwhParts } from "../../../api/consumption/conversion.ts";
import type { DayPart } from "../../../api/consumption/types.ts";

const part = (overrides: Partial<DayPart>): DayPart => ({
  meterId: "m",
  kind: "electricity",
  unit: "kwh",
  register: "single",
  day: "2024-03-05",
  quantity: 100,
  estimated: false,
  coverage: 1,
  ...overrides,
});

describe("kWh per unit", () => {
  const day = "2024-03-05";

  it("uses the CREG typical gross calorific values: H gas 11.6, L gas 10.3 kWh/m³", () => {
    expect(kwhPerUnit({ kind: "gas", unit: "m3", day })).toBe(11.6);
    expect(kwhPerUnit({ kind: "gas", unit: "m3", gasType: "L", day })).toBe(10.3);
    expect(kwhPerUnit({ kind: "gas", unit: "m3", day, settings: { defaultGasType: "L" } })).toBe(10.3);
    expect(kwhPerUnit({ kind: "gas", unit: "kwh", day })).toBe(1);
  });

  it("uses the organisation's calorific value of the day, for the right gas", () => {
    const settings = {
      ...DEFAULT_CONVERSION,
      calorificValues: [
        { gasType: "H" as const, validFrom: "2024-01-01", validTo: "2024-02-01", kwhPerM3: 11.2 },
        { gasType: "H" as const, validFrom: "2024-02-01", validTo: "2024-03-01", kwhPerM3: 11.5 },
        { gasType: "L" as const, validFrom: "2024-01-01", kwhPerM3: 9.9 },
      ],
    };
    const gas = (d: string, gasType: "H" | "L" = "H") =>
      kwhPerUnit({ kind: "gas", unit: "m3", gasType, day: d, settings });
    expect(gas("2024-01-31")).toBe(11.2);
    expect(gas("2024-02-01")).toBe(11.5);
    expect(gas("2024-03-01")).toBe(11.6);
    expect(gas("2024-03-01", "L")).toBe(9.9);
  });

  it("converts oil at 10 kWh/l, pellets 4.86 kWh/kg, dry logs 4.17 kWh/kg (wet 2.5)", () => {
    expect(kwhPerUnit({ kind: "heating_oil", unit: "litre", day })).toBe(10);
    expect(kwhPerUnit({ kind: "pellets", unit: "kg", day })).toBe(4.86);
    expect(kwhPerUnit({ kind: "wood", unit: "kg", day })).toBe(4.17);
    expect(
      kwhPerUnit({ kind: "wood", unit: "kg", day, settings: { defaultGasType: "H", wood: "logs_wet" } }),
    ).toBe(2.5);
  });

  it("keeps electricity and heat in kWh, and gives water and allocators no kWh", () => {
    expect(kwhPerUnit({ kind: "electricity", unit: "kwh", day })).toBe(1);
    expect(kwhPerUnit({ kind: "heat", unit: "kwh", day })).toBe(1);
    expect(kwhPerUnit({ kind: "water", unit: "m3", day })).toBeNull();
    expect(kwhPerUnit({ kind: "heat_cost_allocator", unit: "units", day })).toBeNull();
  });
});

describe("toKwhParts", () => {
  it("converts each day with its own factor and leaves out what has no kWh", () => {
    const parts = [
      part({ kind: "gas", unit: "m3", gasType: "H", quantity: 10 }),
      part({ kind: "gas", unit: "m3", gasType: "L", quantity: 10 }),
      part({ kind: "heating_oil", unit: "litre", quantity: 100 }),
      part({ kind: "water", unit: "m3", quantity: 1 }),
      part({ kind: "heat_cost_allocator", unit: "units", quantity: 5 }),
    ];
    expect(toKwhParts({ parts }).map((p) => [p.kind, p.unit, p.quantity])).toEqual([
      ["gas", "kwh", 116],
      ["gas", "kwh", 103],
      ["heating_oil", "kwh", 1000],
    ]);
  });
});

describe("CO₂", () => {
  it("applies the default factors: gas 0.181 kg/kWh PCS, oil 0.263 kg/kWh PCI, electricity 0.22, wood 0", () => {
    const kwhParts = toKwhParts({
      parts: [
        part({ kind: "gas", unit: "m3", quantity: 100 }), // 1160 kWh × 0.181 = 209.96 kg
        part({ kind: "heating_oil", unit: "litre", quantity: 100 }), // 1000 kWh × 0.263 = 263 kg
        part({ kind: "electricity", quantity: 100 }), // 100 kWh × 0.22 = 22 kg
        part({ kind: "pellets", unit: "kg", quantity: 100 }), // biogenic: 0
      ],
    });
    const { parts, missingKinds } = toCo2Parts({ kwhParts });
    expect(parts.map((p) => [p.kind, Number(p.quantity.toFixed(9))])).toEqual([
      ["gas", 209.96],
      ["heating_oil", 263],
      ["electricity", 22],
      ["pellets", 0],
    ]);
    expect(missingKinds).toEqual([]);
  });

  it("lets an organisation set its own factors (dated), and says which kinds have none", () => {
    const factors = [
      {
        kind: "electricity" as const,
        kgPerKwh: 0.03,
        source: "green supply contract",
        convention: "supplier mix",
        validFrom: "2024-01-01",
      },
    ];
    const kwhParts = [
      part({ quantity: 100 }),
      part({ day: "2023-12-31", quantity: 100 }),
      part({ kind: "heat", quantity: 50 }),
    ];
    const { parts, missingKinds } = toCo2Parts({ kwhParts, factors });
    expect(parts.map((p) => Number(p.quantity.toFixed(9)))).toEqual([3, 22]);
    expect(missingKinds).toEqual(["heat"]);
  });

  it("gives injected electricity no CO₂", () => {
    const { parts } = toCo2Parts({ kwhParts: [part({ register: "injection_day", quantity: 100 })] });
    expect(parts).toEqual([]);
  });
});
