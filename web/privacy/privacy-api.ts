import type { InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { downloadFile } from "../lib/download.ts";

const household = client.api.households[":id"];

export type AuditEntry = InferResponseType<(typeof household)["audit-log"]["$get"], 200>[number];
export type DataFormat = "json" | "csv";

/** Privacy and export calls of a household's file and of the household's own home. */
export const privacyApi = {
  /** Everything the app holds about the household: JSON, or a ZIP of CSV files. */
  downloadData: (id: string, format: DataFormat) =>
    downloadFile(
      household["data-export"].$get({ param: { id }, query: { format } }),
      `data.${format === "csv" ? "zip" : "json"}`,
    ),
  downloadReadings: (id: string) =>
    downloadFile(household.readings.export.$get({ param: { id }, query: { format: "csv" } }), "readings.csv"),
  /** Monthly consumption from `from` to `to` (`YYYY-MM`, both included). */
  downloadConsumption: (id: string, range: { from: string; to: string }) =>
    downloadFile(
      household.consumption.export.$get({ param: { id }, query: { format: "csv", ...range } }),
      "consumption.csv",
    ),
  /** A page older than the entry seen last (entries of one instant are ordered by id). */
  auditLog: (id: string, last?: { at: string; id: string }) =>
    request(
      household["audit-log"].$get({
        param: { id },
        query: last ? { before: last.at, beforeId: last.id } : {},
      }),
    ),
  erase: (id: string, confirmCode: string) =>
    request(household.erase.$post({ param: { id }, json: { confirmCode } })),
};
