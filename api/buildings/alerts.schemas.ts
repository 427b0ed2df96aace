import { z } from "@hono/zod-openapi";
import { alertKind } from "../../db/schema/index.ts";
import { meterKind } from "../../db/schema/meters.ts";

export const ALERT_STATUSES = ["open", "acknowledged", "closed"] as const;

export const AlertsQuery = z.object({
  status: z.enum(ALERT_STATUSES).optional().openapi({
    description: "open: nobody looked yet; acknowledged: seen, not closed; closed (default: all)",
  }),
  buildingId: z.uuid().optional(),
});

export const CloseAlertInput = z.object({
  note: z
    .string()
    .trim()
    .max(500, { error: "alerts.note_too_long" })
    .optional()
    .openapi({ description: "What was done, e.g. 'summer stop of the boiler set again'" }),
});

export const AlertSchema = z
  .object({
    id: z.uuid(),
    buildingId: z.uuid(),
    buildingName: z.string(),
    buildingCode: z.string(),
    meterId: z.uuid().nullable(),
    meterName: z.string().nullable(),
    meterKind: z.enum(meterKind.enumValues).nullable(),
    kind: z.enum(alertKind.enumValues),
    status: z.enum(ALERT_STATUSES),
    periodFrom: z.string().openapi({ description: "First day the alert is about" }),
    periodTo: z.string().openapi({ description: "Day after the last one" }),
    seen: z
      .record(z.string(), z.unknown())
      .openapi({ description: "What was seen, in figures (kWh, days, indexes) the screen explains" }),
    openedAt: z.string(),
    acknowledgedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z
      .uuid()
      .nullable()
      .openapi({ description: "Who closed it; null when readings came back and it closed by itself" }),
    note: z.string().nullable(),
  })
  .openapi("BuildingAlert");
