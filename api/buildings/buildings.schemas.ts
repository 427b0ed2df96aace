import { z } from "@hono/zod-openapi";
import { buildingEventKind, buildingHeatingSystem, dwellingPosition } from "../../db/schema/buildings.ts";
import { isLocalDay } from "../consumption/brussels-days.ts";
import { CreateMeterInput } from "../meters/index.ts";

// One source for the vocabularies: the database enums.
export const HEATING_SYSTEMS = buildingHeatingSystem.enumValues;
export const DWELLING_POSITIONS = dwellingPosition.enumValues;
export const EVENT_KINDS = buildingEventKind.enumValues;

/** One decimal at most: what the numeric columns keep (a retry must equal the stored row). */
const AreaM2 = z.number().positive().max(9_999_999).multipleOf(0.1);
const Day = z
  .string()
  .refine(isLocalDay, { error: "building.invalid_day" })
  .openapi({ example: "2025-09-15" });

export const BuildingInput = z.object({
  code: z.string().trim().min(1).max(40).openapi({ description: "The housing company's own reference" }),
  name: z.string().trim().min(1).max(120),
  address: z.string().trim().min(1).max(200).openapi({ example: "Rue des Tilleuls 12" }),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { error: "building.postcode_format" }),
  commune: z.string().trim().min(1).max(80),
  heatedAreaM2: AreaM2.openapi({ description: "Heated floor area, m² (one decimal at most)" }),
  dwellingCount: z.number().int().positive().max(10_000),
  heatingSystem: z.enum(HEATING_SYSTEMS),
  constructionYear: z.number().int().min(1800).max(2100).nullable().default(null),
});

export const UpdateBuildingInput = BuildingInput.partial().extend({
  constructionYear: z.number().int().min(1800).max(2100).nullable().optional(),
});

export const BuildingSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    address: z.string(),
    postcode: z.string(),
    commune: z.string(),
    heatedAreaM2: z.number(),
    dwellingCount: z.number().openapi({ description: "As the company declares it" }),
    dwellingsOnFile: z.number().openapi({ description: "Dwellings entered so far" }),
    heatingSystem: z.enum(HEATING_SYSTEMS),
    constructionYear: z.number().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .openapi("Building");

export const BuildingListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(2000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const BuildingListSchema = z
  .object({ items: z.array(BuildingSchema), total: z.number() })
  .openapi("BuildingList");

export const DwellingInput = z.object({
  unitLabel: z.string().trim().min(1).max(40).openapi({ example: "B12" }),
  floorAreaM2: AreaM2.max(99_999),
  floor: z
    .number()
    .int()
    .min(-5)
    .max(200)
    .nullable()
    .default(null)
    .openapi({ description: "0: ground floor" }),
  position: z.enum(DWELLING_POSITIONS).nullable().default(null),
});

export const UpdateDwellingInput = z.object({
  unitLabel: DwellingInput.shape.unitLabel.optional(),
  floorAreaM2: DwellingInput.shape.floorAreaM2.optional(),
  floor: z.number().int().min(-5).max(200).nullable().optional(),
  position: z.enum(DWELLING_POSITIONS).nullable().optional(),
});

export const LinkHouseholdInput = z.object({
  householdId: z.uuid().nullable().openapi({ description: "The tenant household; null when it moved out" }),
});

export const DwellingSchema = z
  .object({
    id: z.uuid(),
    buildingId: z.uuid(),
    unitLabel: z.string(),
    floorAreaM2: z.number(),
    floor: z.number().nullable(),
    position: z.enum(DWELLING_POSITIONS).nullable(),
    householdId: z.uuid().nullable(),
    householdPseudonym: z.string().nullable().openapi({ description: "null when none, or erased" }),
  })
  .openapi("Dwelling");

export const EventInput = z.object({
  kind: z.enum(EVENT_KINDS),
  label: z.string().trim().min(1).max(200),
  startedOn: Day,
  completedOn: Day.nullable().default(null).openapi({ description: "null while the works are under way" }),
});

export const UpdateEventInput = z.object({
  kind: z.enum(EVENT_KINDS).optional(),
  label: EventInput.shape.label.optional(),
  startedOn: Day.optional(),
  completedOn: Day.nullable().optional(),
});

export const EventSchema = z
  .object({
    id: z.uuid(),
    buildingId: z.uuid(),
    kind: z.enum(EVENT_KINDS),
    label: z.string(),
    startedOn: z.string(),
    completedOn: z.string().nullable(),
  })
  .openapi("BuildingEvent");

/** A meter of the housing company: a household's meter input, plus an allocator's rating factor. */
export const CompanyMeterInput = CreateMeterInput.extend({
  ratingFactor: z
    .number()
    .positive()
    .max(999)
    .multipleOf(0.001)
    .optional()
    .openapi({ description: "Heat-cost allocators (required for them): the radiator's rating factor" }),
});

export const DwellingIdParam = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  dwellingId: z.uuid().openapi({ param: { name: "dwellingId", in: "path" } }),
});

export const EventIdParam = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  eventId: z.uuid().openapi({ param: { name: "eventId", in: "path" } }),
});

export const BUILDING_FILE_BODY = {
  required: true,
  description:
    "A CSV of buildings or of dwellings (`;` or `,`, first line the column names in French; see README), as the body or as the multipart field `file`",
  content: {
    "text/csv": { schema: { type: "string" as const } },
    "multipart/form-data": {
      schema: {
        type: "object" as const,
        required: ["file"],
        properties: { file: { type: "string" as const, format: "binary" } },
      },
    },
  },
};

export const BuildingImportSchema = z
  .object({
    kind: z.enum(["buildings", "dwellings"]),
    rowsRead: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
  })
  .openapi("BuildingImport");
