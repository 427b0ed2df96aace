import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { downloadFile } from "../lib/download.ts";

const ofBuilding = client.api.buildings[":id"]["cost-splits"];
const split = client.api["cost-splits"][":id"];

export type CostSplit = InferResponseType<(typeof split)["$get"], 200>;
export type CostSplitSummary = InferResponseType<(typeof ofBuilding)["$get"], 200>[number];
export type CostSplitRequest = InferRequestType<(typeof ofBuilding)["$post"]>["json"];
export type StatementAnswer = InferResponseType<(typeof split.statements)[":statementId"]["$get"], 200>;

/** The heating cost split calls, one line each. */
export const costSplitApi = {
  list: (id: string) => request(ofBuilding.$get({ param: { id } })),
  compute: (id: string, json: CostSplitRequest) => request(ofBuilding.$post({ param: { id }, json })),
  get: (id: string) => request(split.$get({ param: { id } })),
  finalise: (id: string) => request(split.finalise.$post({ param: { id } })),
  statement: (id: string, statementId: string) =>
    request(split.statements[":statementId"].$get({ param: { id, statementId } })),
  downloadCsv: (id: string) => downloadFile(split["statements.csv"].$get({ param: { id } }), "decomptes.csv"),
};
