import { z } from "@hono/zod-openapi";
import { Day, RetryClientId } from "./groups.schemas.ts";

const Eur = z
  .number()
  .min(0)
  .max(100_000)
  // What numeric(12,2) keeps: more decimals would be rounded away on storage.
  .refine((n) => /^\d+(\.\d{1,2})?$/.test(String(n)), { error: "validation.at_most_2_decimals" });

export const CatalogueItemInput = z.object({
  name: z.string().trim().min(1).max(120).openapi({ example: "Ampoule LED 9 W" }),
  unitPriceEur: Eur,
  active: z.boolean().default(true),
});
export const UpdateCatalogueItemInput = z
  .object({ name: CatalogueItemInput.shape.name, unitPriceEur: Eur, active: z.boolean() })
  .partial();

export const KitCapInput = z.object({
  capEur: Eur.nullable().openapi({ description: "Kit € per household at most; null: no cap" }),
});

export const CatalogueItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  unitPriceEur: z.number(),
  active: z.boolean(),
});

export const CatalogueSchema = z
  .object({ capEur: z.number().nullable(), items: z.array(CatalogueItemSchema) })
  .openapi("KitCatalogue");

export const HandOutInput = z.object({
  catalogueItemId: z.uuid(),
  quantity: z.number().int().min(1).max(100),
  handedOn: Day.optional().openapi({ description: "Today when absent" }),
  confirmOverCap: z
    .boolean()
    .default(false)
    .openapi({ description: "Needed when the household's kit would go over the organisation's cap" }),
  clientId: RetryClientId,
});

export const HouseholdKitSchema = z
  .object({
    capEur: z.number().nullable(),
    totalEur: z.number(),
    items: z.array(
      z.object({
        id: z.uuid(),
        catalogueItemId: z.uuid(),
        name: z.string(),
        quantity: z.number().int(),
        unitPriceEur: z.number(),
        totalEur: z.number(),
        handedOn: z.string(),
        overCapConfirmed: z.boolean(),
      }),
    ),
  })
  .openapi("HouseholdKit");
