import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { downloadFile } from "../lib/download.ts";

const building = client.api.buildings[":id"];
const project = client.api.projects[":id"];

export type Project = InferResponseType<(typeof building.projects)["$get"], 200>[number];
export type ProjectObjective = Project["objectives"][number];
export type ObjectiveKind = ProjectObjective["kind"];
export type NewProject = InferRequestType<(typeof building.projects)["$post"]>["json"];
export type ProjectChanges = InferRequestType<(typeof project)["$patch"]>["json"];
export type BuildingReport = InferResponseType<(typeof building.report)["$get"], 200>;
export type ReportProject = BuildingReport["projects"][number];
export type ReportObjective = ReportProject["objectives"][number];

/** The calls of a building's projects and report, one line each. */
export const reportApi = {
  projects: (id: string) => request(building.projects.$get({ param: { id } })),
  addProject: (id: string, json: NewProject) => request(building.projects.$post({ param: { id }, json })),
  updateProject: (projectId: string, json: ProjectChanges) =>
    request(project.$patch({ param: { id: projectId }, json })),
  deleteProject: (projectId: string) => request(project.$delete({ param: { id: projectId } })),
  /** Without dates, the server's default: the twelve months ending with the last one fully read. */
  report: (id: string, from?: string, to?: string) =>
    request(
      building.report.$get({
        param: { id },
        query: { ...(from ? { from } : {}), ...(to ? { to } : {}), format: "json" },
      }),
    ),
  downloadCsv: (id: string, from: string, to: string) =>
    downloadFile(
      building.report.$get({ param: { id }, query: { from, to, format: "csv" } }),
      `rapport-batiment-${from}-${to}.csv`,
    ),
};
