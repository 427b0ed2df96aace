import { z } from "@hono/zod-openapi";

/** Dates are `YYYY-MM-DD`; a season or occupancy's end is the first day no longer counted. */
const Day = z.string().openapi({ example: "2025-10-01" });

export const CostSplitInput = z
  .object({
    bill: z
      .object({
        totalEur: z.number().openapi({ example: 18_500 }),
        from: Day,
        to: Day.openapi({ example: "2026-05-01" }),
      })
      .nullable(),
    /**
     * Part split by floor area; the rest by measured heat. In thousandths (0.333 = 33.3 %); the float
     * noise of a percentage divided by 100 (0.33299999999999996) is taken off first.
     */
    fixedShare: z
      .number()
      .default(0.3)
      .transform((share) => Math.round(share * 1e9) / 1e9),
  })
  .openapi("CostSplitInput");

const ReadingUsed = z.object({ readingId: z.uuid(), readAt: z.string(), value: z.number() }).nullable();

export const ReadingsUsedSchema = z.array(
  z.object({
    dwellingId: z.uuid(),
    dwellingLabel: z.string(),
    meterId: z.uuid(),
    meterName: z.string(),
    kind: z.enum(["heat_cost_allocator", "heat"]),
    ratingFactor: z.number().nullable(),
    start: ReadingUsed,
    end: ReadingUsed,
    /** Why the meter's season is not used although both readings exist. */
    note: z.enum(["reset_in_season"]).nullable(),
  }),
);

export const StatementSchema = z
  .object({
    id: z.uuid(),
    dwellingId: z.uuid().nullable(),
    dwellingLabel: z.string(),
    /** Null: the housing company, for the days the dwelling stood empty. */
    householdId: z.uuid().nullable(),
    days: z.number().int(),
    fixedEur: z.number(),
    variableEur: z.number(),
    totalEur: z.number(),
    estimated: z.boolean(),
    estimateReason: z.enum(["missing_reading", "no_device"]).nullable(),
    periods: z.array(z.object({ from: z.string(), to: z.string() })),
    /** The statement's plain lines, in the caller's language, as computed. */
    lines: z.array(z.string()),
  })
  .openapi("CostSplitStatement");

/**
 * How much of the building the split covers, as it stood when computed (cost-split-coverage.ts): the
 * whole bill goes to the dwellings on file, and `warning` says when they look like only part of it.
 */
const CoverageSchema = z
  .object({
    dwellingsOnFile: z.number().int(),
    dwellingsInBuilding: z.number().int(),
    areaOnFileM2: z.number(),
    buildingAreaM2: z.number(),
    warning: z.enum(["dwellings_missing", "area_short"]).nullable(),
  })
  .openapi("CostSplitCoverage");

const CostSplitFields = {
  id: z.uuid(),
  buildingId: z.uuid(),
  seasonFrom: z.string(),
  seasonTo: z.string(),
  totalEur: z.number(),
  fixedShare: z.number(),
  status: z.enum(["draft", "final"]),
  fixedEur: z.number(),
  variableEur: z.number(),
  totalAreaM2: z.number(),
  variableBasis: z.enum(["allocator_units", "heat_kwh", "area"]),
  totalQuantity: z.number(),
  estimatePerM2: z.number().nullable(),
  /** Null for a split computed before its coverage was recorded. */
  coverage: CoverageSchema.nullable(),
  computedAt: z.date(),
  finalisedAt: z.date().nullable(),
};

export const CostSplitSummarySchema = z.object(CostSplitFields).openapi("CostSplitSummary");

export const CostSplitSchema = z
  .object({ ...CostSplitFields, readingsUsed: ReadingsUsedSchema, statements: z.array(StatementSchema) })
  .openapi("CostSplit");

/** Who sends a statement, and for which building: what a tenant files it under. */
export const StatementAnswerSchema = z
  .object({
    split: CostSplitSummarySchema,
    statement: StatementSchema,
    coverageNote: z.string().nullable().openapi({
      description:
        "The split's coverage warning in plain words, in the caller's language (the CSV's last column says the same); null when the split covers the whole building or predates coverage",
    }),
    organisation: z.object({ name: z.string() }),
    building: z.object({ name: z.string(), address: z.string(), postcode: z.string(), commune: z.string() }),
  })
  .openapi("CostSplitStatementAnswer");

export const StatementIdParam = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  statementId: z.uuid().openapi({ param: { name: "statementId", in: "path" } }),
});
