import { z } from "@hono/zod-openapi";
import { heatingType } from "../../db/schema/households.ts";
import { LANGUAGES } from "../http/i18n.ts";

export const HEATING_TYPES = heatingType.enumValues;

/** What an adviser records about a household; every field optional on creation and on edit. */
export const HouseholdProfileInput = z.object({
  adults: z.int().min(1).max(20).nullable().optional(),
  children: z.int().min(0).max(20).nullable().optional(),
  heatingType: z.enum(HEATING_TYPES).nullable().optional(),
  // As stored: m² to a tenth, € to the cent (0.01 m² used to be saved as 0 without a word).
  floorAreaM2: z.number().min(1).max(2000).multipleOf(0.1).nullable().optional(),
  budgetMeter: z.boolean().optional(),
  protectedCustomer: z.boolean().optional().openapi({ description: "Entitled to the social tariff" }),
  billingMonth: z
    .int()
    .min(1)
    .max(12)
    .nullable()
    .optional()
    .openapi({ description: "Month of the yearly bill" }),
  monthlyAdvanceEur: z.number().min(0).max(5000).multipleOf(0.01).nullable().optional(),
});

export const CreateHouseholdInput = HouseholdProfileInput.extend({
  pseudonym: z.string().trim().min(1).max(80),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/, { error: "validation.household_code_format" })
    .min(3)
    .max(20)
    .optional(),
  language: z.enum(LANGUAGES).default("fr"),
  clientId: z
    .uuid()
    .optional()
    .openapi({ description: "Sent again with a retry: one household, and a new PIN in the answer (200)" }),
});

export const UpdateHouseholdInput = HouseholdProfileInput.extend({
  pseudonym: z.string().trim().min(1).max(80).optional(),
});

export const HouseholdSchema = z
  .object({ id: z.uuid(), code: z.string(), pseudonym: z.string(), createdAt: z.date() })
  .openapi("Household");

const ConsentSchema = z.object({ grantedAt: z.date() }).nullable();

export const HouseholdDetailSchema = HouseholdSchema.extend({
  consent: z.object({
    adviser: ConsentSchema,
    group: ConsentSchema,
    withdrawnByHousehold: z.object({ adviser: z.boolean(), group: z.boolean() }).openapi({
      description:
        "Per scope: not in force, and last withdrawn by the household's own account; only the household may give it again",
    }),
  }),
  profile: z
    .object({
      adults: z.number().nullable(),
      children: z.number().nullable(),
      heatingType: z.enum(HEATING_TYPES).nullable(),
      floorAreaM2: z.number().nullable(),
      budgetMeter: z.boolean(),
      protectedCustomer: z.boolean(),
      billingMonth: z.number().nullable(),
      monthlyAdvanceEur: z.number().nullable(),
      dwellingId: z.uuid().nullable(),
    })
    .nullable()
    .openapi({ description: "null when the household has not agreed to share its data with the adviser" }),
}).openapi("HouseholdDetail");

export const ConsentInput = z.object({
  scope: z.enum(["adviser", "group"]),
  granted: z
    .boolean()
    .openapi({ description: "true to record the household's agreement, false to withdraw it" }),
});
