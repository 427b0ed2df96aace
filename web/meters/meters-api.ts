import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { remember, withOfflineCopy } from "../lib/offline-copy.ts";
import { session } from "../lib/session.ts";

const meters = client.api.meters[":meterId"];
const households = client.api.households[":id"];

export type Meter = InferResponseType<(typeof households.meters)["$get"], 200>[number];
export type Reading = InferResponseType<(typeof meters.readings)["$get"], 200>[number];
export type ReadingInput = InferRequestType<(typeof meters.readings)["$post"]>["json"];
export type Register = Meter["registers"][number];
export type Unit = Meter["unit"];
export type DeliveryInput = InferRequestType<(typeof meters.deliveries)["$post"]>["json"];
export type CorrectionInput = InferRequestType<(typeof client.api.readings)[":id"]["$patch"]>["json"];
export type HouseholdDetail = InferResponseType<(typeof households)["$get"], 200>;
export type Consumption = InferResponseType<(typeof households.consumption)["$get"], 200>;

const userId = () => session.me.value?.user.id;

/** The meters, kept on the phone one by one too: a meter's entry page then opens offline. */
async function listMeters(householdId: string): Promise<Meter[]> {
  const list = await withOfflineCopy({
    userId: userId(),
    key: `meters ${householdId}`,
    load: () => request(households.meters.$get({ param: { id: householdId } })),
  });
  const id = userId();
  if (id) await Promise.all(list.map((m) => remember({ userId: id, key: `meter ${m.id}`, answer: m })));
  return list;
}

/** The calls of the meters pages, one line each: pages and state never build URLs. */
export const metersApi = {
  listMeters,
  getMeter: (meterId: string) =>
    withOfflineCopy({
      userId: userId(),
      key: `meter ${meterId}`,
      load: () => request(meters.$get({ param: { meterId } })),
    }),
  listReadings: (meterId: string) =>
    withOfflineCopy({
      userId: userId(),
      key: `readings ${meterId}`,
      load: () => request(meters.readings.$get({ param: { meterId } })),
    }),
  addReading: (meterId: string, json: ReadingInput) =>
    request(meters.readings.$post({ param: { meterId }, json })),
  correctReading: (id: string, json: CorrectionInput) =>
    request(client.api.readings[":id"].$patch({ param: { id }, json })),
  deleteReading: (id: string) => request(client.api.readings[":id"].$delete({ param: { id } })),
  addDelivery: (meterId: string, json: DeliveryInput) =>
    request(meters.deliveries.$post({ param: { meterId }, json })),
  getHousehold: (id: string) => request(households.$get({ param: { id } })),
  /** Totals over Brussels days, both inclusive (`YYYY-MM-DD`). */
  getConsumption: (id: string, query: { from: string; to: string }) =>
    request(households.consumption.$get({ param: { id }, query: { ...query, granularity: "year" } })),
  recordAdviserConsent: (id: string) =>
    request(households.consent.$post({ param: { id }, json: { scope: "adviser", granted: true } })),
};
