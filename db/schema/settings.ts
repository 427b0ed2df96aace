import { boolean, date, index, numeric, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { households } from "./households.ts";
import { gasType, meterKind } from "./meters.ts";
import { organisations, users } from "./organisations.ts";

/** What a tariff's prices are per: kWh, or the meter's own unit (m³ of water, litres of oil, kg of pellets). */
export const tariffUnit = pgEnum("tariff_unit", ["kwh", "m3", "litre", "kg"]);

const audit = {
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/**
 * Price lists: the organisation's default (`household_id` null) or one household's own contract.
 * Validity is in Brussels days, `valid_to` exclusive. A register without a price has no tariff: its
 * cost is null ("tarif manquant"), never guessed. Prices are € per `unit`, VAT excluded unless
 * `prices_include_vat` (published consumer prices such as the social tariff include it).
 */
export const tariffs = pgTable(
  "tariffs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    householdId: uuid("household_id").references(() => households.id, { onDelete: "cascade" }),
    /** `meter_kind` minus heat-cost allocators, which the heating cost split prices. */
    energy: meterKind("energy").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    unit: tariffUnit("unit").notNull().default("kwh"),
    priceSingleEur: numeric("price_single_eur", { precision: 10, scale: 6 }),
    priceDayEur: numeric("price_day_eur", { precision: 10, scale: 6 }),
    priceNightEur: numeric("price_night_eur", { precision: 10, scale: 6 }),
    priceExclusiveNightEur: numeric("price_exclusive_night_eur", { precision: 10, scale: 6 }),
    /** Charged per kWh sent to the grid (both injection registers): negative when the household is paid. */
    priceInjectionEur: numeric("price_injection_eur", { precision: 10, scale: 6 }),
    fixedEurPerYear: numeric("fixed_eur_per_year", { precision: 10, scale: 2 }).notNull().default("0"),
    /** 0.06 for 6 %. */
    vatRate: numeric("vat_rate", { precision: 5, scale: 4 }).notNull(),
    pricesIncludeVat: boolean("prices_include_vat").notNull().default(false),
    /** Applies to protected customers only (and, for electricity and gas, only such tariffs apply to them). */
    social: boolean("social").notNull().default(false),
    label: text("label").notNull(),
    /** Made-up demo values: shown as such, never mistaken for real prices. */
    isDemo: boolean("is_demo").notNull().default(false),
    ...audit,
  },
  (t) => [index("tariffs_org_household_idx").on(t.organisationId, t.householdId, t.energy)],
);

/** kWh (gross, PCS) per m³ of gas, as printed on bills, by period; CREG typical values apply outside them. */
export const calorificValues = pgTable(
  "calorific_values",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    gasType: gasType("gas_type").notNull(),
    kwhPerM3: numeric("kwh_per_m3", { precision: 6, scale: 3 }).notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    ...audit,
  },
  (t) => [index("calorific_values_org_idx").on(t.organisationId, t.validFrom)],
);

/** An organisation's own CO₂ factors, each with its source and convention; they beat the shipped defaults. */
export const co2Factors = pgTable(
  "co2_factors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    energy: meterKind("energy").notNull(),
    kgPerKwh: numeric("kg_per_kwh", { precision: 8, scale: 5 }).notNull(),
    source: text("source").notNull(),
    convention: text("convention").notNull(),
    /** Open on both sides when absent. */
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    ...audit,
  },
  (t) => [index("co2_factors_org_idx").on(t.organisationId, t.energy)],
);
