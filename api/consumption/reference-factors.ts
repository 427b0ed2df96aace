/**
 * Default factors, as constants so nothing reads files at run time. Each names the row of the CSV in
 * `seeds/reference/` it comes from; a test reads those CSVs and checks every value here against its
 * row, so a changed CSV or a typo here fails the build. Sources and trust: seeds/reference/SOURCES.md.
 */

export interface CsvCitation {
  /** File in `seeds/reference/`. */
  file: string;
  /** Cells that identify the row: column name → exact text. */
  match: Record<string, string>;
  /** Column holding the number. */
  column: string;
  /** value = number in the CSV × scale (g → kg: 0.001; c€ → €: 0.01). */
  scale?: number;
}

export interface ReferenceNumber {
  value: number;
  cite: CsvCitation;
}

const conversion = (energyCarrier: string, sourceId: string): CsvCitation => ({
  file: "conversion_factors.csv",
  match: { energy_carrier: energyCarrier, source_id: sourceId },
  column: "value",
});

const co2 = (energyCarrier: string, sourceId: string, scale?: number): CsvCitation => ({
  file: "co2_emission_factors.csv",
  match: { energy_carrier: energyCarrier, source_id: sourceId },
  column: "value",
  ...(scale === undefined ? {} : { scale }),
});

/** kWh per native unit. Gas on the gross calorific value (PCS) as bills use; the rest on PCI. */
export const CONVERSION = {
  /** CREG typical H gas, PCS. */
  gasHKwhPerM3: { value: 11.6, cite: conversion("natural gas H (rich)", "S10") },
  /** CREG typical L gas, PCS. */
  gasLKwhPerM3: { value: 10.3, cite: conversion("natural gas L (poor)", "S10") },
  /** PCI (36 MJ/l). */
  heatingOilKwhPerLitre: { value: 10, cite: conversion("heating oil (gasoil)", "S15") },
  /** PCI, approximate. */
  pelletsKwhPerKg: { value: 4.86, cite: conversion("wood pellets", "S15") },
  /** PCI of air-dried logs, approximate: the default for wood. */
  woodDryKwhPerKg: { value: 4.17, cite: conversion("logs, dry", "S15") },
  /** PCI of wet (fresh) logs, for an organisation that knows its households burn green wood. */
  woodWetKwhPerKg: { value: 2.5, cite: conversion("logs, wet", "S15") },
} as const satisfies Record<string, ReferenceNumber>;

/**
 * kg CO₂ per kWh, direct (combustion) emissions per kWh on the same calorific basis as our kWh:
 * - gas: PEB 2021 annex F expressed per kWh PCS (181 g), matching gas kWh taken from bills' PCS;
 * - heating oil: PEB value per kWh PCI (0.263 kg, = 3.058 t/toe), matching 10 kWh/l which is PCI;
 * - wood and pellets: 0, biogenic CO₂ counted as neutral (PEB 2021 convention);
 * - electricity: average supplied electricity 0.22 kg/kWh (federal energywatchers.be), what a
 *   household's consumption causes on average; not the PEB marginal-plant 644 g, which serves to
 *   compare building designs and would make every electric kWh look three times worse.
 * Heat (from a collective boiler) has no default: its building's gas meter already carries it.
 */
export const CO2 = {
  gasKgPerKwhPcs: { value: 0.181, cite: co2("natural gas", "S17", 0.001) },
  heatingOilKgPerKwhPci: { value: 0.263, cite: co2("heating oil (gasoil)", "S15") },
  electricityKgPerKwh: { value: 0.22, cite: co2("electricity, standard", "S18") },
  woodAndPelletsKgPerKwh: { value: 0, cite: co2("wood / pellets", "S17", 0.001) },
} as const satisfies Record<string, ReferenceNumber>;

export interface SocialTariffQuarter {
  /** First day of the quarter, inclusive (Brussels). */
  validFrom: string;
  /** First day of the next quarter, exclusive. */
  validTo: string;
  /** € per kWh, VAT included, single-rate electricity. */
  electricityEurPerKwh: ReferenceNumber;
  /** € per kWh (PCS), VAT included. */
  gasEurPerKwh: ReferenceNumber;
}

const social = (metric: string, period: string, electricity: number, gas: number) => {
  const cite = (column: string): CsvCitation => ({
    file: "energy_prices.csv",
    match: { tariff_or_metric: metric, period },
    column,
    scale: 0.01,
  });
  const [year, quarter] = period.split("-Q").map(Number) as [number, number];
  const month = (q: number, y: number) => `${y}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01`;
  return {
    validFrom: month(quarter, year),
    validTo: quarter === 4 ? month(1, year + 1) : month(quarter + 1, year),
    electricityEurPerKwh: { value: electricity, cite: cite("electricity") },
    gasEurPerKwh: { value: gas, cite: cite("gas") },
  };
};

/**
 * Federal social tariff for protected customers, set by CREG each quarter (published figures, VAT
 * included). Only the kWh price is known: no fixed component, and only single-rate electricity, so a
 * day/night or exclusive-night register of a protected customer has no reference price (cost null
 * with "tarif manquant" rather than a guess). No quarter after 2024-Q4 was verified.
 */
export const SOCIAL_TARIFF_QUARTERS: readonly SocialTariffQuarter[] = [
  social("federal social tariff (single-rate electricity)", "2022-Q4", 0.2651, 0.034),
  social("federal social tariff", "2023-Q1", 0.28579, 0.03729),
  social("federal social tariff", "2023-Q2", 0.30782, 0.04084),
  social("federal social tariff", "2023-Q3", 0.22238, 0.04471),
  social("federal social tariff", "2023-Q4", 0.21568, 0.04902),
  social("federal social tariff", "2024-Q1", 0.23441, 0.05371),
  social("federal social tariff", "2024-Q2", 0.18183, 0.04331),
  social("federal social tariff", "2024-Q3", 0.17203, 0.04457),
  social("federal social tariff", "2024-Q4", 0.18923, 0.05126),
];
