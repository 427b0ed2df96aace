import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { tariffs } from "../db/schema/index.ts";

type DemoTariff = Omit<typeof tariffs.$inferInsert, "organisationId" | "isDemo">;

const DEMO = "valeurs de démonstration";

/**
 * Demo price lists for the demo CPAS: made-up but plausible Belgian all-in residential prices
 * (energy, network, taxes) in € per kWh excluding 6 % VAT, labelled as demo values. Protected
 * customers pay the published federal social tariff, which the consumption endpoint takes from the
 * reference data up to 2024-Q4 (single-rate electricity and gas); from 2025 the demo carries its own
 * social tariff, labelled as demo values too, close to the last published quarter.
 */
const DEMO_TARIFFS: DemoTariff[] = [
  {
    energy: "electricity",
    validFrom: "2024-01-01",
    validTo: "2025-01-01",
    priceSingleEur: "0.3000",
    priceDayEur: "0.3300",
    priceNightEur: "0.2400",
    priceExclusiveNightEur: "0.2100",
    priceInjectionEur: "-0.0400",
    fixedEurPerYear: "120",
    vatRate: "0.06",
    label: `Électricité 2024 (${DEMO})`,
  },
  {
    energy: "electricity",
    validFrom: "2025-01-01",
    priceSingleEur: "0.2900",
    priceDayEur: "0.3200",
    priceNightEur: "0.2300",
    priceExclusiveNightEur: "0.2000",
    priceInjectionEur: "-0.0300",
    fixedEurPerYear: "130",
    vatRate: "0.06",
    label: `Électricité 2025–2026 (${DEMO})`,
  },
  {
    energy: "gas",
    validFrom: "2024-01-01",
    validTo: "2025-01-01",
    priceSingleEur: "0.0950",
    fixedEurPerYear: "90",
    vatRate: "0.06",
    label: `Gaz 2024 (${DEMO})`,
  },
  {
    energy: "gas",
    validFrom: "2025-01-01",
    priceSingleEur: "0.0900",
    fixedEurPerYear: "95",
    vatRate: "0.06",
    label: `Gaz 2025–2026 (${DEMO})`,
  },
  {
    energy: "electricity",
    validFrom: "2025-01-01",
    priceSingleEur: "0.1900",
    priceDayEur: "0.2000",
    priceNightEur: "0.1600",
    priceExclusiveNightEur: "0.1400",
    vatRate: "0.06",
    pricesIncludeVat: true,
    social: true,
    label: `Tarif social électricité 2025–2026 (${DEMO}, TVA comprise)`,
  },
  {
    energy: "gas",
    validFrom: "2025-01-01",
    priceSingleEur: "0.0513",
    vatRate: "0.06",
    pricesIncludeVat: true,
    social: true,
    label: `Tarif social gaz 2025–2026 (${DEMO}, TVA comprise)`,
  },
];

/** Adds the demo tariffs the organisation does not have yet (matched by label): safe at every start. */
export async function seedDemoSettings(db: Db, { organisationId }: { organisationId: string }) {
  const existing = await db
    .select({ label: tariffs.label })
    .from(tariffs)
    .where(and(eq(tariffs.organisationId, organisationId), eq(tariffs.isDemo, true)));
  const have = new Set(existing.map((t) => t.label));
  const missing = DEMO_TARIFFS.filter((t) => !have.has(t.label));
  if (missing.length)
    await db.insert(tariffs).values(missing.map((t) => ({ ...t, organisationId, isDemo: true })));
}
