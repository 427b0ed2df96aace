import { z } from "@hono/zod-openapi";
import { meterKind, register } from "../../db/schema/meters.ts";
import { NATIVE_UNITS } from "./meter-kinds.ts";

// One source for the vocabularies: the database enums.
export const METER_KIND_VALUES = meterKind.enumValues;
export const REGISTER_VALUES = register.enumValues;

/**
 * At most `digits` decimals: what the numeric column keeps. More would be rounded on storage, and a
 * retry with the same body would then no longer equal the stored row (a false 409).
 */
function atMostDecimals(digits: 2 | 3) {
  const pattern = new RegExp(`^-?\\d+(\\.\\d{1,${digits}})?$`);
  return (n: number) => pattern.test(String(n));
}
const threeDecimals = { error: "validation.at_most_3_decimals" } as const;
const twoDecimals = { error: "validation.at_most_2_decimals" } as const;

const Index = z.number().min(0).max(1e10).refine(atMostDecimals(3), threeDecimals);

/** A plain date `YYYY-MM-DD` (that day in Brussels) or ISO 8601 with an offset. */
export const Instant = z.string().max(40).openapi({
  example: "2026-10-12",
  description: "YYYY-MM-DD (that day in Europe/Brussels) or ISO 8601 with offset",
});

/** One number for a single-register meter, or one per register ({ "day": 1234, "night": 567 }). */
export const IndexPerRegister = z.union([Index, z.partialRecord(z.enum(REGISTER_VALUES), Index)]);

export const CreateMeterInput = z.object({
  kind: z.enum(METER_KIND_VALUES),
  name: z.string().trim().min(1).max(60),
  icon: z.string().trim().min(1).max(30).optional(),
  registers: z.array(z.enum(REGISTER_VALUES)).min(1).max(6).optional(),
  startedAt: Instant,
  startIndex: IndexPerRegister.optional().openapi({
    description: "Required unless the fuel is followed by deliveries",
  }),
  ean: z
    .string()
    .regex(/^\d{18}$/, { error: "validation.ean_format" })
    .optional(),
  serial: z.string().trim().max(40).optional(),
  maxIndex: z.number().positive().max(1e10).refine(atMostDecimals(3), threeDecimals).optional(),
  gasType: z.enum(["H", "L"]).optional(),
  clientId: z.uuid().optional().openapi({ description: "Sent again on a retry: the meter is created once" }),
});

export const ReplaceMeterInput = z.object({
  replacedAt: Instant,
  finalIndex: IndexPerRegister,
  newMeter: z.object({
    startIndex: IndexPerRegister,
    serial: z.string().trim().max(40).optional(),
    ean: z
      .string()
      .regex(/^\d{18}$/, { error: "validation.ean_format" })
      .optional(),
    maxIndex: z.number().positive().max(1e10).refine(atMostDecimals(3), threeDecimals).optional(),
  }),
});

export const ReadingInput = z.object({
  register: z.enum(REGISTER_VALUES).optional(),
  readAt: Instant,
  value: Index,
  clientId: z.uuid(),
  confirm: z.boolean().optional(),
  reset: z.boolean().optional(),
  note: z.string().trim().max(500).optional(),
});

export const ReadingSchema = z
  .object({
    id: z.uuid(),
    meterId: z.uuid(),
    register: z.enum(REGISTER_VALUES),
    readAt: z.date(),
    value: z.number(),
    source: z.enum(["household", "adviser", "import", "smart_meter", "estimate"]),
    flags: z.array(z.string()),
    clientId: z.uuid(),
    note: z.string().nullable(),
  })
  .openapi("Reading");

export const ReadingListItemSchema = ReadingSchema.extend({
  mine: z.boolean().openapi({ description: "The caller entered this reading" }),
  editable: z.boolean().openapi({
    description:
      "The caller may correct or delete it: its author or the coordinator, never a meter's start or final index",
  }),
}).openapi("ReadingListItem");

export const MeterSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid().nullable().openapi({
      description: "Exactly one of householdId, dwellingId and buildingId is set: the meter's owner",
    }),
    dwellingId: z.uuid().nullable(),
    buildingId: z.uuid().nullable(),
    kind: z.enum(METER_KIND_VALUES),
    unit: z.enum(NATIVE_UNITS),
    readingMode: z.enum(["cumulative_index", "stock_level", "deliveries_only"]),
    name: z.string(),
    icon: z.string(),
    registers: z.array(z.enum(REGISTER_VALUES)),
    ean: z.string().nullable(),
    serial: z.string().nullable(),
    maxIndex: z.number().nullable(),
    gasType: z.enum(["H", "L"]).nullable(),
    ratingFactor: z
      .number()
      .nullable()
      .openapi({ description: "Heat-cost allocators: the radiator's factor" }),
    startedAt: z.date(),
    closedAt: z.date().nullable(),
    replacesMeterId: z.uuid().nullable(),
    lastReadings: z.array(
      z.object({ register: z.enum(REGISTER_VALUES), readAt: z.date(), value: z.number() }),
    ),
  })
  .openapi("Meter");

export const CorrectReadingInput = z.object({
  readAt: Instant.optional(),
  value: Index.optional(),
  confirm: z.boolean().optional(),
  reset: z.boolean().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});

const LocalDay = z.string().max(10).openapi({ example: "2026-10-12", description: "YYYY-MM-DD" });

export const DeliveryInput = z.object({
  deliveredOn: LocalDay,
  quantity: z
    .number()
    .positive()
    .max(1e6)
    .refine(atMostDecimals(3), threeDecimals)
    .openapi({ description: "Litres of oil, kg of pellets or wood (3 decimals at most)" }),
  costEur: z.number().min(0).max(1e6).refine(atMostDecimals(2), twoDecimals).optional().openapi({
    description:
      "The invoice's total, € VAT included. A price per unit outside the plausible range (delivery-rules.ts) is refused with `delivery.price_implausible` unless `confirm`",
  }),
  clientId: z.uuid(),
  confirm: z.boolean().optional().openapi({
    description: "true: the household says the cost is right (after `delivery.price_implausible`)",
  }),
});

export const DeliverySchema = z
  .object({
    id: z.uuid(),
    meterId: z.uuid(),
    deliveredOn: z.string(),
    quantity: z.number(),
    costEur: z.number().nullable(),
    clientId: z.uuid(),
  })
  .openapi("Delivery");

export const TopUpInput = z.object({
  toppedUpOn: LocalDay,
  amountEur: z.number().positive().max(10_000).refine(atMostDecimals(2), twoDecimals),
  clientId: z.uuid(),
});

export const TopUpSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    toppedUpOn: z.string(),
    amountEur: z.number(),
    clientId: z.uuid(),
  })
  .openapi("TopUp");
