import { z } from "@hono/zod-openapi";
import { role } from "../../db/schema/organisations.ts";
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX } from "./audit-log.ts";
import { EXPORT_AUDIT_LIMIT } from "./data-export.ts";

export const DataExportQuery = z.object({
  format: z
    .enum(["json", "csv"])
    .default("json")
    .openapi({ description: "json (one document) or csv (a ZIP of CSV files for Belgian Excel)" }),
});

export const EraseInput = z.object({
  confirmCode: z.string().trim().min(1).max(40).openapi({ description: "The household's code, typed again" }),
});

export const AuditLogQuery = z.object({
  before: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: "Entries older than this instant (the `at` of the last one seen)" }),
  beforeId: z.uuid().optional().openapi({
    description: "With `before`: the `id` of the last one seen, so entries of that same instant follow",
  }),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT),
});

export const AuditEntrySchema = z
  .object({
    id: z.uuid(),
    at: z.date(),
    action: z.string().openapi({ example: "household.readings_viewed" }),
    actor: z
      .object({ name: z.string(), role: z.enum(role.enumValues).nullable() })
      .nullable()
      .openapi({ description: "null once the actor's account is gone (e.g. the erased household's own)" }),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi("AuditEntry");

/** The data export's JSON form; its parts are described in api/privacy/data-export.ts. */
export const DataExportSchema = z
  .object({
    exportedAt: z.date(),
    household: z.record(z.string(), z.unknown()),
    account: z.record(z.string(), z.unknown()).nullable(),
    sessions: z.array(z.record(z.string(), z.unknown())),
    consents: z.array(z.record(z.string(), z.unknown())),
    meters: z.array(z.record(z.string(), z.unknown())),
    readings: z.array(z.record(z.string(), z.unknown())),
    deliveries: z.array(z.record(z.string(), z.unknown())),
    topUps: z.array(z.record(z.string(), z.unknown())),
    contracts: z.array(z.record(z.string(), z.unknown())),
    imports: z.array(z.record(z.string(), z.unknown())),
    intervalDays: z.array(z.record(z.string(), z.unknown())),
    auditLog: z.array(AuditEntrySchema),
    auditLogCount: z
      .object({
        kept: z.int().openapi({ description: "Entries in auditLog" }),
        total: z.int().openapi({ description: "Entries the household's audit log has in all" }),
        truncated: z.boolean().openapi({
          description: `true: auditLog holds only the newest ${EXPORT_AUDIT_LIMIT} entries; the coordinator's audit-log view pages further`,
        }),
      })
      .openapi({
        description: "Whether the export holds the whole audit log (the ZIP adds a read-me file when not)",
      }),
    comfortCheckIns: z.array(z.record(z.string(), z.unknown())),
    groupMemberships: z.array(z.record(z.string(), z.unknown())),
    attendance: z.array(z.record(z.string(), z.unknown())),
    commitments: z.array(z.record(z.string(), z.unknown())),
    kitItems: z.array(z.record(z.string(), z.unknown())),
    homeVisits: z.array(z.record(z.string(), z.unknown())),
    referrals: z.array(z.record(z.string(), z.unknown())),
    sharedTips: z.array(z.record(z.string(), z.unknown())),
    comfortSurveyAnswers: z.array(z.record(z.string(), z.unknown())),
    consultationAnswers: z.array(z.record(z.string(), z.unknown())),
    occupancies: z.array(z.record(z.string(), z.unknown())),
    heatingCostStatements: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi("HouseholdDataExport");
