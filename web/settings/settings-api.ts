import type { InferRequestType, InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const settings = client.api.settings;

export type Tariff = InferResponseType<typeof settings.tariffs.$get, 200>[number];
export type TariffInput = InferRequestType<typeof settings.tariffs.$post>["json"];
export type TariffChanges = InferRequestType<(typeof settings.tariffs)[":id"]["$patch"]>["json"];
export type CalorificValue = InferResponseType<(typeof settings)["calorific-values"]["$get"], 200>[number];
export type CalorificInput = InferRequestType<(typeof settings)["calorific-values"]["$post"]>["json"];
export type Co2Factor = InferResponseType<(typeof settings)["co2-factors"]["$get"], 200>[number];
export type Co2Input = InferRequestType<(typeof settings)["co2-factors"]["$post"]>["json"];

/** The organisation's settings calls, one line each: the pages never build URLs. */
export const settingsApi = {
  listTariffs: () => request(settings.tariffs.$get({ query: {} })),
  createTariff: (json: TariffInput) => request(settings.tariffs.$post({ json })),
  updateTariff: (id: string, json: TariffChanges) =>
    request(settings.tariffs[":id"].$patch({ param: { id }, json })),
  deleteTariff: (id: string) => request(settings.tariffs[":id"].$delete({ param: { id } })),

  listCalorific: () => request(settings["calorific-values"].$get()),
  createCalorific: (json: CalorificInput) => request(settings["calorific-values"].$post({ json })),
  updateCalorific: (id: string, json: Partial<CalorificInput>) =>
    request(settings["calorific-values"][":id"].$patch({ param: { id }, json })),
  deleteCalorific: (id: string) => request(settings["calorific-values"][":id"].$delete({ param: { id } })),

  listCo2: () => request(settings["co2-factors"].$get()),
  createCo2: (json: Co2Input) => request(settings["co2-factors"].$post({ json })),
  updateCo2: (id: string, json: Partial<Co2Input>) =>
    request(settings["co2-factors"][":id"].$patch({ param: { id }, json })),
  deleteCo2: (id: string) => request(settings["co2-factors"][":id"].$delete({ param: { id } })),
};
