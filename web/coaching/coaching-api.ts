import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const household = client.api.households[":id"];
const catalogue = client.api["kit-catalogue"];
const tips = client.api.tips;

export type HouseholdDetail = InferResponseType<typeof household.$get, 200>;
export type Commitment = InferResponseType<typeof household.commitments.$get, 200>[number];
export type CommitmentStatus = Commitment["status"];
export type Tip = InferResponseType<typeof tips.$get, 200>[number];
export type TipQuery = InferRequestType<typeof tips.$get>["query"];
export type TipInput = InferRequestType<typeof tips.$post>["json"];
export type TipCategory = Tip["category"];
export type HeatingType = Tip["heatingTypes"][number];
export type HouseholdKit = InferResponseType<(typeof household)["kit-items"]["$get"], 200>;
export type HandOutInput = InferRequestType<(typeof household)["kit-items"]["$post"]>["json"];
export type Visit = InferResponseType<typeof household.visits.$get, 200>[number];
export type VisitInput = InferRequestType<typeof household.visits.$post>["json"];
export type Referral = InferResponseType<typeof household.referrals.$get, 200>[number];
export type ReferralInput = InferRequestType<typeof household.referrals.$post>["json"];
export type Partner = Referral["partner"];
export type GroupView = InferResponseType<(typeof household)["group-view"]["$get"], 200>;

/** The calls of the coaching screens, one line each. */
export const coachingApi = {
  household: (id: string) => request(household.$get({ param: { id } })),
  groupView: (id: string) => request(household["group-view"].$get({ param: { id } })),
  commitments: (id: string) => request(household.commitments.$get({ param: { id } })),
  commit: (id: string, tipId: string, clientId: string) =>
    request(household.commitments.$post({ param: { id }, json: { tipId, clientId } })),
  /** Done, dropped or planned again, today (the API records the day and who said so). */
  setCommitment: (id: string, commitmentId: string, status: CommitmentStatus) =>
    request(household.commitments[":commitmentId"].$patch({ param: { id, commitmentId }, json: { status } })),
  tips: (query: TipQuery = {}) => request(tips.$get({ query })),
  addTip: (json: TipInput) => request(tips.$post({ json })),
  editTip: (id: string, json: Partial<TipInput>) => request(tips[":id"].$patch({ param: { id }, json })),
  shareTip: (id: string, text: string) =>
    request(household["shared-tips"].$post({ param: { id }, json: { text } })),
  kit: (id: string) => request(household["kit-items"].$get({ param: { id } })),
  handOut: (id: string, json: HandOutInput) => request(household["kit-items"].$post({ param: { id }, json })),
  catalogue: () => request(catalogue.$get()),
  visits: (id: string) => request(household.visits.$get({ param: { id } })),
  addVisit: (id: string, json: VisitInput) => request(household.visits.$post({ param: { id }, json })),
  referrals: (id: string) => request(household.referrals.$get({ param: { id } })),
  addReferral: (id: string, json: ReferralInput) =>
    request(household.referrals.$post({ param: { id }, json })),
  recordOutcome: (id: string, itemId: string, outcome: string, outcomeOn: string) =>
    request(household.referrals[":itemId"].$patch({ param: { id, itemId }, json: { outcome, outcomeOn } })),
};
