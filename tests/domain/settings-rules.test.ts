import { describe, expect, it } from "vitest";
import { costByDay } from "../../api/consumption/cost.ts";
import {
  type TariffRow,
  tariffInputProblems,
  toCo2Factor,
  toConversionSettings,
  toTariff,
} from "../../api/settings/settings-rules.ts";

const row = (overrides: Partial<TariffRow> = {}): TariffRow => ({
  id: "t1",
  householdId: null,
  energy: "electricity",
  validFrom: "2025-01-01",
  validTo: null,
  unit: "kwh",
  pricesEurPerUnit: { single: null, day: 0.32, night: 0.23, exclusiveNight: null, injection: -0.03 },
  fixedEurPerYear: 0,
  vatRate: 0.06,
  pricesIncludeVat: false,
  social: false,
  label: "Électricité",
  isDemo: true,
  ...overrides,
});

describe("stored settings as the consumption rules read them", () => {
  it("maps a tariff: registers with a price only, one injection price for both injection registers", () => {
    expect(toTariff(row())).toMatchObject({
      scope: "organisation",
      pricesEur: { day: 0.32, night: 0.23, injection_day: -0.03, injection_night: -0.03 },
    });
    expect(toTariff(row()).pricesEur).not.toHaveProperty("single");
    expect(toTariff(row({ householdId: "h" })).scope).toBe("household");
  });

  it("prices a night register and leaves a single register without a price null", () => {
    const part = {
      meterId: "m",
      kind: "electricity",
      unit: "kwh",
      day: "2025-03-03",
      estimated: false,
      coverage: 1,
    } as const;
    const { days } = costByDay({
      parts: [{ ...part, register: "night", quantity: 10 }],
      tariffs: [toTariff(row())],
      protectedCustomer: false,
    });
    // 10 kWh × 0.23 € × 1.06 = 2.438 €.
    expect(days[0]?.costEur).toBeCloseTo(2.438, 9);
    const single = costByDay({
      parts: [{ ...part, register: "single", quantity: 10 }],
      tariffs: [toTariff(row())],
      protectedCustomer: false,
    });
    expect(single.days[0]?.costEur).toBeNull();
  });

  it("maps calorific values and CO₂ factors", () => {
    expect(
      toConversionSettings([
        { id: "c", gasType: "L", kwhPerM3: 10.1, validFrom: "2025-01-01", validTo: null },
      ]),
    ).toEqual({
      defaultGasType: "H",
      calorificValues: [{ gasType: "L", kwhPerM3: 10.1, validFrom: "2025-01-01", validTo: null }],
    });
    expect(
      toCo2Factor({
        id: "f",
        energy: "gas",
        kgPerKwh: 0.2,
        source: "S",
        convention: "C",
        validFrom: null,
        validTo: null,
      }),
    ).toEqual({ kind: "gas", kgPerKwh: 0.2, source: "S", convention: "C", validTo: null });
  });

  it("finds what is wrong with a tariff, field by field", () => {
    expect(
      tariffInputProblems({
        energy: "gas",
        unit: "litre",
        validFrom: "2025-01-01",
        validTo: "2025-01-01",
        pricesEurPerUnit: { night: 0.1 },
      }).map((p) => [p.path.join("."), p.message]),
    ).toEqual([
      ["validTo", "settings.invalid_period"],
      ["unit", "settings.unit_not_for_energy"],
      ["pricesEurPerUnit.night", "settings.register_not_for_energy"],
    ]);
    expect(
      tariffInputProblems({ energy: "water", unit: "m3", validFrom: "2025-01-01", pricesEurPerUnit: {} }),
    ).toEqual([{ path: ["pricesEurPerUnit"], message: "settings.price_missing" }]);
  });
});
