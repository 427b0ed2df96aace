import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const groups = client.api.groups;
const sessions = client.api.sessions;

export type GroupSummary = InferResponseType<typeof groups.$get, 200>[number];
export type Group = InferResponseType<(typeof groups)[":id"]["$get"], 200>;
export type Member = Group["members"][number];
export type NewGroup = InferRequestType<typeof groups.$post>["json"];
export type GroupChanges = InferRequestType<(typeof groups)[":id"]["$patch"]>["json"];
export type Session = InferResponseType<(typeof sessions)[":id"]["$get"], 200>;
export type NewSession = InferRequestType<(typeof groups)[":id"]["sessions"]["$post"]>["json"];
export type SessionChanges = InferRequestType<(typeof sessions)[":id"]["$patch"]>["json"];
export type Theme = Session["theme"];
export type TipCategory = Exclude<Theme, "free">;
export type AttendanceStatus = Session["attendance"][number]["status"];
export type Tip = InferResponseType<typeof client.api.tips.$get, 200>[number];
export type SharedTip = InferResponseType<(typeof groups)[":id"]["shared-tips"]["$get"], 200>[number];
export type PromoteInput = InferRequestType<
  (typeof client.api)["shared-tips"][":id"]["promote"]["$post"]
>["json"];
export type Handout = InferResponseType<(typeof sessions)[":id"]["handout"]["$get"], 200>;
export type Household = InferResponseType<typeof client.api.households.$get, 200>[number];
export type StaffMember = InferResponseType<typeof client.api.members.$get, 200>[number];

/** The groups calls, one line each: the pages never build URLs. */
export const groupsApi = {
  list: () => request(groups.$get()),
  create: (json: NewGroup) => request(groups.$post({ json })),
  get: (id: string) => request(groups[":id"].$get({ param: { id } })),
  update: (id: string, json: GroupChanges) => request(groups[":id"].$patch({ param: { id }, json })),
  addMember: (id: string, householdId: string, joinedOn: string) =>
    request(groups[":id"].members.$post({ param: { id }, json: { householdId, joinedOn } })),
  memberLeaves: (id: string, householdId: string, leftOn: string) =>
    request(groups[":id"].members[":householdId"].$patch({ param: { id, householdId }, json: { leftOn } })),
  sessions: (id: string) => request(groups[":id"].sessions.$get({ param: { id } })),
  planSession: (id: string, json: NewSession) =>
    request(groups[":id"].sessions.$post({ param: { id }, json })),
  sharedTips: (id: string) => request(groups[":id"]["shared-tips"].$get({ param: { id } })),

  session: (id: string) => request(sessions[":id"].$get({ param: { id } })),
  updateSession: (id: string, json: SessionChanges) =>
    request(sessions[":id"].$patch({ param: { id }, json })),
  putAttendance: (id: string, attendance: Session["attendance"]) =>
    request(sessions[":id"].attendance.$put({ param: { id }, json: { attendance } })),
  handout: (id: string) => request(sessions[":id"].handout.$get({ param: { id } })),
  publishSharedTip: (id: string, status: "published_to_group" | "private") =>
    request(client.api["shared-tips"][":id"].$patch({ param: { id }, json: { status } })),
  shareTip: (householdId: string, sessionId: string, text: string) =>
    request(
      client.api.households[":id"]["shared-tips"].$post({
        param: { id: householdId },
        json: { text, sessionId },
      }),
    ),
  promoteSharedTip: (id: string, json: PromoteInput) =>
    request(client.api["shared-tips"][":id"].promote.$post({ param: { id }, json })),

  tips: (category?: TipCategory) => request(client.api.tips.$get({ query: category ? { category } : {} })),
  households: () => request(client.api.households.$get()),
  staff: () => request(client.api.members.$get()),
};
