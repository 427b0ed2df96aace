import { z } from "zod";

/**
 * The shape of `seeds/reference/tips.json`, the platform's library of tips (groups issue §5).
 * Categories are the session themes, so planning a session can propose tips for the themes not yet covered.
 */
export const TIP_CATEGORIES = [
  "heating",
  "hot_water",
  "electricity_appliances",
  "bills_contracts",
  "social_tariff_aid",
  "comfort_humidity",
  "collective_heating",
] as const;

export const TIP_HEATING_TYPES = [
  "individual_gas",
  "electric",
  "heating_oil",
  "wood_pellets",
  "heat_pump",
  "collective",
] as const;

const text = z.object({ title: z.string().min(3).max(120), body: z.string().min(20).max(1200) }).strict();

export const referenceTipSchema = z
  .object({
    /** Stable kebab-case key: the seed updates the tip with this key, never duplicates it. */
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    category: z.enum(TIP_CATEGORIES),
    /** Heating types the tip fits; empty means every home. */
    heatingTypes: z.array(z.enum(TIP_HEATING_TYPES)),
    occupancy: z.enum(["any", "tenant", "owner"]),
    effort: z.enum(["low", "medium", "high"]),
    /** free: €0 · low: under €50 · medium: €50–500 · high: over €500. */
    cost: z.enum(["free", "low", "medium", "high"]),
    /** Only where a cited source gives a figure; `source` is a key of the tips table in SOURCES.md. */
    saving: z
      .object({
        percentOfUse: z.number().positive().max(100).optional(),
        kwhPerYear: z.number().positive().optional(),
        m3WaterPerYear: z.number().positive().optional(),
        eurPerYear: z.number().positive().optional(),
        appliesTo: z.enum(["heating", "hot_water", "electricity", "water"]),
        source: z.string().regex(/^T\d{2}$/),
      })
      .strict()
      .refine((s) => s.percentOfUse ?? s.kwhPerYear ?? s.m3WaterPerYear ?? s.eurPerYear, {
        message: "a saving needs at least one figure",
      })
      .nullable(),
    text: z.object({ fr: text, nl: text, en: text, de: text }).strict(),
  })
  .strict();

export type ReferenceTip = z.infer<typeof referenceTipSchema>;

export const referenceTipsSchema = z
  .array(referenceTipSchema)
  .min(40)
  .refine((tips) => new Set(tips.map((t) => t.key)).size === tips.length, {
    message: "tip keys must be unique",
  });
