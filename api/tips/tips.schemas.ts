import { z } from "@hono/zod-openapi";
import { heatingType } from "../../db/schema/households.ts";
import { tipCategory, tipCost, tipEffort, tipOccupancy } from "../../db/schema/tips.ts";

const TipText = z.object({
  title: z.string().trim().min(3).max(120),
  body: z.string().trim().min(20).max(1200),
});

const TipTexts = z
  .object({ fr: TipText.optional(), nl: TipText.optional(), en: TipText.optional(), de: TipText.optional() })
  .strict()
  .refine((t) => t.fr ?? t.nl ?? t.en ?? t.de, { error: "tips.text_required" })
  .openapi({ description: "Title and explanation per language; an organisation's tip needs one at least" });

const Saving = z
  .object({
    percentOfUse: z.number().positive().max(100).optional(),
    kwhPerYear: z.number().positive().optional(),
    m3WaterPerYear: z.number().positive().optional(),
    eurPerYear: z.number().positive().optional(),
    appliesTo: z.enum(["heating", "hot_water", "electricity", "water"]),
    source: z.string().trim().min(2).max(300).openapi({ description: "Where the figure comes from" }),
  })
  .strict()
  .refine((s) => s.percentOfUse ?? s.kwhPerYear ?? s.m3WaterPerYear ?? s.eurPerYear, {
    error: "tips.saving_needs_figure",
  })
  .openapi({ description: "Only where a source gives a figure" });

const tipFields = {
  category: z.enum(tipCategory.enumValues),
  heatingTypes: z
    .array(z.enum(heatingType.enumValues))
    .max(6)
    .openapi({ description: "Heating types the tip fits; empty for every home" }),
  occupancy: z.enum(tipOccupancy.enumValues),
  effort: z.enum(tipEffort.enumValues),
  cost: z.enum(tipCost.enumValues).openapi({ description: "free: €0 · low: < €50 · medium: €50–500 · high" }),
  saving: Saving.nullable(),
  text: TipTexts,
};

export const CreateTipInput = z.object({
  ...tipFields,
  heatingTypes: tipFields.heatingTypes.default([]),
  occupancy: tipFields.occupancy.default("any"),
  saving: tipFields.saving.default(null),
});

export const UpdateTipInput = z.object(tipFields).partial();

export const TipQuery = z.object({
  category: z.enum(tipCategory.enumValues).optional(),
  heatingType: z
    .enum(heatingType.enumValues)
    .optional()
    .openapi({ description: "Tips that fit this heating type (those for every home included)" }),
});

export const TipSchema = z
  .object({
    id: z.uuid(),
    scope: z.enum(["platform", "organisation"]).openapi({ description: "platform tips are read-only" }),
    key: z.string().nullable(),
    category: z.enum(tipCategory.enumValues),
    heatingTypes: z.array(z.enum(heatingType.enumValues)),
    occupancy: z.enum(tipOccupancy.enumValues),
    effort: z.enum(tipEffort.enumValues),
    cost: z.enum(tipCost.enumValues),
    saving: z.record(z.string(), z.union([z.number(), z.string()])).nullable(),
    text: z.record(z.string(), z.object({ title: z.string(), body: z.string() })),
  })
  .openapi("Tip");
