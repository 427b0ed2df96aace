import type { Language } from "../http/i18n.ts";
import type { NativeUnit } from "./meter-kinds.ts";

/** Units as people write them, for messages and exports; the API's JSON keeps the codes (`kwh`, `m3`…). */
export const UNIT_LABELS: Record<NativeUnit, Record<Language, string>> = {
  kwh: { fr: "kWh", nl: "kWh", en: "kWh", de: "kWh" },
  m3: { fr: "m³", nl: "m³", en: "m³", de: "m³" },
  litre: { fr: "litres", nl: "liter", en: "litres", de: "Liter" },
  kg: { fr: "kg", nl: "kg", en: "kg", de: "kg" },
  units: { fr: "unités", nl: "eenheden", en: "units", de: "Einheiten" },
};

export function isNativeUnit(text: string): text is NativeUnit {
  return Object.hasOwn(UNIT_LABELS, text);
}
