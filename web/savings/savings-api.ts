import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const household = client.api.households[":id"];

export type Savings = InferResponseType<(typeof household.savings)["$get"], 200>;
export type SavingsEnergy = Savings["energy"];
export type Verdict = Savings["verdict"];
export type SavingsFlag = Savings["flags"][number];
export type SignaturePoint = Savings["points"][number];
type Meter = InferResponseType<(typeof household.meters)["$get"], 200>[number];
export type MeterKind = Meter["kind"];
export type HouseholdDetail = InferResponseType<(typeof household)["$get"], 200>;
export type BillProjection = InferResponseType<(typeof household)["bill-projection"]["$get"], 200>;
export type EnergyGuards = InferResponseType<(typeof household)["energy-guards"]["$get"], 200>;
export type CheckInInput = InferRequestType<(typeof household)["comfort-checkins"]["$post"]>["json"];

/** The calls of the savings pages, one line each. */
export const savingsApi = {
  /** Weather-normalised savings of one energy since `start` (`YYYY-MM-DD`; by default since joining a group). */
  getSavings: ({
    householdId,
    energy,
    start,
  }: {
    householdId: string;
    energy: SavingsEnergy;
    start?: string;
  }) =>
    request(
      household.savings.$get({ param: { id: householdId }, query: start ? { energy, start } : { energy } }),
    ),
  /** The kinds of the household's meters (a replaced meter and its successor count once). */
  meterKinds: async (householdId: string): Promise<MeterKind[]> => {
    const meters = await request(household.meters.$get({ param: { id: householdId } }));
    return meters.map((m) => m.kind);
  },
  getHousehold: (householdId: string) => request(household.$get({ param: { id: householdId } })),
  /** The year's bill: measured so far, the model on normal weather for the rest, against the advances. */
  getBillProjection: (householdId: string) =>
    request(household["bill-projection"].$get({ param: { id: householdId } })),
  /** Signs of hardship, for the adviser: possible restriction, top-ups stopping, a cold or damp home. */
  getEnergyGuards: (householdId: string) =>
    request(household["energy-guards"].$get({ param: { id: householdId } })),
  /** One comfort check-in (idempotent by its clientId). */
  addCheckIn: (householdId: string, json: CheckInInput) =>
    request(household["comfort-checkins"].$post({ param: { id: householdId }, json })),
  /** The comfort check-ins of the last twelve months, the latest first. */
  listCheckIns: (householdId: string) =>
    request(household["comfort-checkins"].$get({ param: { id: householdId } })),
};
