import type { InferRequestType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const households = client.api.households[":id"];
const meters = client.api.meters[":meterId"];

export type CreateMeterInput = InferRequestType<(typeof households.meters)["$post"]>["json"];
export type ReplaceMeterInput = InferRequestType<(typeof meters.replace)["$post"]>["json"];
export type MeterKind = CreateMeterInput["kind"];

/** Staff set up a household's meters: add one, or declare that one was replaced. */
export const meterSetupApi = {
  createMeter: (householdId: string, json: CreateMeterInput) =>
    request(households.meters.$post({ param: { id: householdId }, json })),
  replaceMeter: (meterId: string, json: ReplaceMeterInput) =>
    request(meters.replace.$post({ param: { meterId }, json })),
};
