import { signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { type CalorificValue, type Co2Factor, settingsApi, type Tariff } from "./settings-api.ts";

/** One list of settings rows, kept in step with what the server answered to each change. */
function rows<T extends { id: string }>(load: () => Promise<T[]>) {
  const items = signal<T[] | null>(null);
  const problem = signal<ApiError | null>(null);
  return {
    items,
    problem,
    async load() {
      problem.value = null;
      try {
        items.value = await load();
      } catch (error) {
        problem.value = asApiError(error);
      }
    },
    put(row: T) {
      const list = items.value ?? [];
      items.value = list.some((r) => r.id === row.id)
        ? list.map((r) => (r.id === row.id ? row : r))
        : [...list, row];
    },
    drop(id: string) {
      items.value = (items.value ?? []).filter((r) => r.id !== id);
    },
  };
}

export type Rows<T extends { id: string }> = ReturnType<typeof rows<T>>;

/** The organisation's tariffs, calorific values and CO₂ factors. */
export function createSettingsState() {
  const tariffs = rows<Tariff>(settingsApi.listTariffs);
  const calorific = rows<CalorificValue>(settingsApi.listCalorific);
  const co2 = rows<Co2Factor>(settingsApi.listCo2);
  return {
    tariffs,
    calorific,
    co2,
    load: () => Promise.all([tariffs.load(), calorific.load(), co2.load()]),
  };
}
