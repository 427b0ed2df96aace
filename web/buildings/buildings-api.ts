import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const buildings = client.api.buildings;
const building = buildings[":id"];

export type Building = InferResponseType<(typeof building)["$get"], 200>;
export type HeatingSystem = Building["heatingSystem"];
export type Dwelling = InferResponseType<(typeof building.dwellings)["$get"], 200>[number];
export type BuildingEvent = InferResponseType<(typeof building.events)["$get"], 200>[number];
export type EventKind = BuildingEvent["kind"];
export type NewEvent = InferRequestType<(typeof building.events)["$post"]>["json"];
export type EventChanges = InferRequestType<(typeof building.events)[":eventId"]["$patch"]>["json"];
export type BuildingMeter = InferResponseType<(typeof building.meters)["$get"], 200>[number];
export type RenovationSavings = InferResponseType<(typeof building.savings)["$get"], 200>;
export type RenovationEnergy = RenovationSavings["energy"];
export type BuildingImport = InferResponseType<(typeof buildings.import)["$post"], 201>;
export type Household = InferResponseType<typeof client.api.households.$get, 200>[number];
export type Portfolio = InferResponseType<typeof buildings.portfolio.$get, 200>;
export type Indicators = InferResponseType<(typeof building.indicators)["$get"], 200>;

/** The whole portfolio, 2,000 buildings a call (the route's largest page): filtered and sorted on the phone. */
async function wholePortfolio(): Promise<Portfolio> {
  const first = await request(buildings.portfolio.$get({ query: { limit: "2000" } }));
  while (first.buildings.length < first.total) {
    const offset = String(first.buildings.length);
    const next = await request(buildings.portfolio.$get({ query: { limit: "2000", offset } }));
    if (!next.buildings.length) break;
    first.buildings.push(...next.buildings);
  }
  return first;
}

/** The buildings calls, one line each: the pages never build URLs. */
export const buildingsApi = {
  portfolio: wholePortfolio,
  indicators: (id: string) => request(building.indicators.$get({ param: { id }, query: {} })),
  get: (id: string) => request(building.$get({ param: { id } })),
  dwellings: (id: string) => request(building.dwellings.$get({ param: { id } })),
  linkHousehold: (id: string, dwellingId: string, householdId: string | null) =>
    request(
      building.dwellings[":dwellingId"].household.$put({ param: { id, dwellingId }, json: { householdId } }),
    ),
  events: (id: string) => request(building.events.$get({ param: { id } })),
  addEvent: (id: string, json: NewEvent) => request(building.events.$post({ param: { id }, json })),
  updateEvent: (id: string, eventId: string, json: EventChanges) =>
    request(building.events[":eventId"].$patch({ param: { id, eventId }, json })),
  meters: (id: string) => request(building.meters.$get({ param: { id } })),
  savings: (id: string, event: string, energy: RenovationEnergy) =>
    request(building.savings.$get({ param: { id }, query: { event, energy } })),
  /** The CSV goes as it is (`text/csv`), streamed by the browser from the disk. */
  importFile: (file: File) =>
    request(buildings.import.$post({}, { init: { body: file }, headers: { "content-type": "text/csv" } })),
  households: () => request(client.api.households.$get()),
};
