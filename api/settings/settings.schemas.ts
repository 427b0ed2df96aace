import { z } from "@hono/zod-openapi";
import { gasType, meterKind } from "../../db/schema/meters.ts";
import { tariffUnit } from "../../db/schema/settings.ts";
import { isLocalDay } from "../consumption/brussels-days.ts";
import { tariffInputProblems } from "./settings-rules.ts";

// One source for the vocabularies: the database enums. Allocator units are priced by the heating
// cost split, and neither they nor water have kWh to carry a CO₂ factor.
export const TARIFF_ENERGIES = z.enum(meterKind.enumValues).exclude(["heat_cost_allocator"]);
export const CO2_ENERGIES = z.enum(meterKind.enumValues).exclude(["heat_cost_allocator", "water"]);

export const Day = z
  .string()
  .refine(isLocalDay, { error: "settings.invalid_day" })
  .openapi({ example: "2026-01-01", description: "YYYY-MM-DD (a Brussels day)" });
const DayTo = Day.nullable().openapi({ description: "Exclusive end day; null or absent when open-ended" });

// Steps are the stored decimals (db/schema/settings.ts): a finer value is refused, never rounded.
const OfftakePrice = z.number().min(0).max(100).multipleOf(0.000001);

export const PricesEurPerUnit = z
  .object({
    single: OfftakePrice.nullable().optional(),
    day: OfftakePrice.nullable().optional(),
    night: OfftakePrice.nullable().optional(),
    exclusiveNight: OfftakePrice.nullable().optional(),
    injection: z.number().min(-100).max(100).multipleOf(0.000001).nullable().optional().openapi({
      description: "€ charged per kWh sent to the grid (both injection registers); negative when paid",
    }),
  })
  .openapi({ description: "€ per `unit`, by register; a register without a price has no tariff" });

const tariffFields = {
  energy: TARIFF_ENERGIES,
  validFrom: Day,
  validTo: DayTo.optional(),
  unit: z.enum(tariffUnit.enumValues).openapi({ description: "What prices are per (kWh unless said)" }),
  pricesEurPerUnit: PricesEurPerUnit,
  fixedEurPerYear: z.number().min(0).max(10_000).multipleOf(0.01),
  vatRate: z
    .number()
    .min(0)
    .max(0.3)
    // Typed in % on the settings screen: 4 decimals of the rate are 2 of the percentage.
    .multipleOf(0.0001, { error: "settings.vat_rate_decimals" })
    .openapi({ example: 0.06, description: "0.06 for 6 %" }),
  pricesIncludeVat: z.boolean(),
  social: z.boolean().openapi({ description: "The social tariff: applies to protected customers only" }),
  label: z.string().trim().min(1).max(120),
  isDemo: z.boolean().openapi({ description: "Made-up demonstration values" }),
};

export const CreateTariffInput = z
  .object({
    ...tariffFields,
    householdId: z
      .uuid()
      .optional()
      .openapi({ description: "A household's own contract; absent for the default" }),
    unit: tariffFields.unit.default("kwh"),
    fixedEurPerYear: tariffFields.fixedEurPerYear.default(0),
    pricesIncludeVat: tariffFields.pricesIncludeVat.default(false),
    social: tariffFields.social.default(false),
    isDemo: tariffFields.isDemo.default(false),
  })
  .superRefine((input, ctx) => {
    for (const problem of tariffInputProblems(input)) ctx.addIssue({ code: "custom", ...problem });
  });

/** Any field but the household; the merged tariff is checked again by the action. */
export const UpdateTariffInput = z.object(tariffFields).partial();

export const TariffSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid().nullable(),
    ...tariffFields,
    energy: z.enum(meterKind.enumValues),
    validTo: z.string().nullable(),
    pricesEurPerUnit: z.object({
      single: z.number().nullable(),
      day: z.number().nullable(),
      night: z.number().nullable(),
      exclusiveNight: z.number().nullable(),
      injection: z.number().nullable(),
    }),
  })
  .openapi("Tariff");

export const TariffListQuery = z.object({
  householdId: z
    .uuid()
    .optional()
    .openapi({ description: "A household's own contracts; the organisation's defaults when absent" }),
});

const calorificFields = {
  gasType: z.enum(gasType.enumValues),
  kwhPerM3: z
    .number()
    .min(8)
    .max(14)
    .multipleOf(0.001)
    .openapi({ description: "Gross (PCS) kWh per m³, as on bills" }),
  validFrom: Day,
  validTo: DayTo.optional(),
};

export const CreateCalorificValueInput = z.object(calorificFields).superRefine(periodIssue);
export const UpdateCalorificValueInput = z.object(calorificFields).partial();
export const CalorificValueSchema = z
  .object({ id: z.uuid(), ...calorificFields, validTo: z.string().nullable() })
  .openapi("CalorificValue");

const co2Fields = {
  energy: CO2_ENERGIES,
  kgPerKwh: z.number().min(0).max(2).multipleOf(0.00001),
  source: z.string().trim().min(1).max(200),
  convention: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .openapi({ description: "e.g. direct emissions per kWh PCS; biogenic CO₂ counted as neutral" }),
  validFrom: Day.nullable().optional(),
  validTo: DayTo.optional(),
};

export const CreateCo2FactorInput = z.object(co2Fields).superRefine(periodIssue);
export const UpdateCo2FactorInput = z.object(co2Fields).partial();
export const Co2FactorSchema = z
  .object({
    id: z.uuid(),
    ...co2Fields,
    energy: z.enum(meterKind.enumValues),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
  })
  .openapi("Co2Factor");

function periodIssue(
  input: { validFrom?: string | null; validTo?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (input.validFrom && input.validTo && input.validTo <= input.validFrom)
    ctx.addIssue({ code: "custom", path: ["validTo"], message: "settings.invalid_period" });
}
