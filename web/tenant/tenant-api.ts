import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const household = client.api.households[":id"];
const building = client.api.buildings[":id"];
const consultation = client.api.consultations[":id"];

export type TenantBuilding = InferResponseType<(typeof household.building)["$get"], 200>;
export type TenantConsultation = TenantBuilding["consultations"][number];
export type SurveyAnswer = InferRequestType<(typeof building.survey)["$post"]>["json"];
export type ComfortProblem = NonNullable<SurveyAnswer["problems"]>[number];

/** The tenant's calls, one line each: the pages never build URLs. */
export const tenantApi = {
  building: (householdId: string) => request(household.building.$get({ param: { id: householdId } })),
  answerSurvey: (buildingId: string, json: SurveyAnswer) =>
    request(building.survey.$post({ param: { id: buildingId }, json })),
  answerConsultation: (id: string, optionId: string) =>
    request(consultation.answers.$post({ param: { id }, json: { optionId } })),
};
