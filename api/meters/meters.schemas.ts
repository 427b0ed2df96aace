import { z } from "@hono/zod-openapi";
import { meterKind, register } from "../../db/schema/meters.ts";

// One source for the vocabularies: the database enums.
export const METER_KIND_VALUES = meterKind.enumValues;
export const REGISTER_VALUES = register.enumValues;

const Index = z.number().min(0).max(1e10);

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
  maxIndex: z.number().positive().max(1e10).optional(),
  gasType: z.enum(["H", "L"]).optional(),
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
    maxIndex: z.number().positive().max(1e10).optional(),
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

export const MeterSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    kind: z.enum(METER_KIND_VALUES),
    unit: z.enum(["kwh", "m3", "litre", "kg", "units"]),
    readingMode: z.enum(["cumulative_index", "stock_level", "deliveries_only"]),
    name: z.string(),
    icon: z.string(),
    registers: z.array(z.enum(REGISTER_VALUES)),
    ean: z.string().nullable(),
    serial: z.string().nullable(),
    maxIndex: z.number().nullable(),
    gasType: z.enum(["H", "L"]).nullable(),
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
  quantity: z.number().positive().max(1e6).openapi({ description: "Litres of oil, kg of pellets or wood" }),
  costEur: z.number().min(0).max(1e6).optional(),
  clientId: z.uuid(),
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
  amountEur: z.number().positive().max(10_000),
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
