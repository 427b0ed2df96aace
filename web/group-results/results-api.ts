import type { InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { downloadFile } from "../lib/download.ts";

const group = client.api.groups[":id"];
const report = client.api.organisations[":id"]["programme-report"];

export type Dashboard = InferResponseType<(typeof group.dashboard)["$get"], 200>;
export type DashboardMember = Dashboard["members"][number];
export type SharingMember = Extract<DashboardMember, { sharing: true }>;
export type GroupSavings = Dashboard["savings"][number];
export type Energy = GroupSavings["energy"];
export type NotCountedReason = GroupSavings["notCounted"][number]["reason"];
export type ProgrammeReport = InferResponseType<(typeof report)["$get"], 200>;
export type Partner = keyof ProgrammeReport["referrals"];

/** The calls of the dashboard and the programme report, one line each. */
export const resultsApi = {
  dashboard: (groupId: string) => request(group.dashboard.$get({ param: { id: groupId } })),
  report: (organisationId: string, from: string, to: string) =>
    request(report.$get({ param: { id: organisationId }, query: { from, to, format: "json" } })),
  downloadCsv: (organisationId: string, from: string, to: string) =>
    downloadFile(
      report.$get({ param: { id: organisationId }, query: { from, to, format: "csv" } }),
      `rapport-programme-${from}-${to}.csv`,
    ),
};
