import { z } from "@hono/zod-openapi";

export const OccupancyInput = z
  .object({
    /** Null: the dwelling stood empty. */
    householdId: z.uuid().nullable(),
    movedInOn: z.string().openapi({ example: "2026-01-15" }),
    /** The first day no longer lived there; null while still living there. */
    movedOutOn: z.string().nullable().default(null),
  })
  .openapi("OccupancyInput");

/** Only the fields sent change (a `.partial()` of the above would still default `movedOutOn` to null). */
export const UpdateOccupancyInput = z
  .object({
    householdId: z.uuid().nullable().optional(),
    movedInOn: z.string().optional(),
    movedOutOn: z.string().nullable().optional(),
  })
  .openapi("UpdateOccupancyInput");

export const OccupancySchema = z
  .object({
    id: z.uuid(),
    dwellingId: z.uuid(),
    householdId: z.uuid().nullable(),
    movedInOn: z.string(),
    movedOutOn: z.string().nullable(),
  })
  .openapi("Occupancy");

export const OccupancyIdParam = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  dwellingId: z.uuid().openapi({ param: { name: "dwellingId", in: "path" } }),
  occupancyId: z.uuid().openapi({ param: { name: "occupancyId", in: "path" } }),
});
