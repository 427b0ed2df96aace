import { writtenText } from "../components/staff-text.tsx";
import { formatNumber } from "../lib/format.ts";
import { type Language, type MessageKey, t } from "../lib/i18n/index.ts";
import type { Partner, Tip, TipCategory } from "./coaching-api.ts";

export const TIP_CATEGORIES: readonly TipCategory[] = [
  "heating",
  "hot_water",
  "electricity_appliances",
  "bills_contracts",
  "social_tariff_aid",
  "comfort_humidity",
  "collective_heating",
];

export const PARTNERS: readonly Partner[] = [
  "cpas_social_service",
  "debt_mediation",
  "supplier_social_service",
  "housing_company",
  "renovation_premium_desk",
  "other",
];

/**
 * A tip in the person's language; French when it lacks it, else the one language it was written in.
 * `lang` says which, for `<StaffText lang>`.
 */
export function tipText(text: Tip["text"]): { title: string; body: string; lang: Language } {
  const { text: words, lang } = writtenText(text, { title: "", body: "" });
  return { ...words, lang };
}

export const categoryName = (category: TipCategory | "free") =>
  t(`coaching.category.${category}` as MessageKey);

export const partnerName = (partner: Partner) => t(`coaching.partner.${partner}` as MessageKey);

/** A share (0–1) as a whole percentage, "67 %" in the person's language. */
export function percent(share: number): string {
  return `${formatNumber(share * 100, { maxDecimals: 0 })}\u00a0%`;
}

/** The saving a cited source gives for a tip, in words; null when none does. */
export function savingText(saving: Tip["saving"]): string | null {
  if (!saving) return null;
  const use = t(`coaching.savingUse.${String(saving.appliesTo)}` as MessageKey);
  if (typeof saving.percentOfUse === "number")
    return t("coaching.savingPercent", { value: formatNumber(saving.percentOfUse), use });
  if (typeof saving.eurPerYear === "number")
    return t("coaching.savingEur", { value: formatNumber(saving.eurPerYear, { maxDecimals: 0 }) });
  if (typeof saving.kwhPerYear === "number")
    return t("coaching.savingKwh", { value: formatNumber(saving.kwhPerYear, { maxDecimals: 0 }) });
  return null;
}

/** The tips a select offers, by category then title, each labelled "Chauffage — Régler le thermostat". */
export function tipOptions(tips: readonly Tip[]) {
  return [...tips]
    .sort(
      (a, b) =>
        TIP_CATEGORIES.indexOf(a.category) - TIP_CATEGORIES.indexOf(b.category) ||
        tipText(a.text).title.localeCompare(tipText(b.text).title),
    )
    .map((tip) => ({ value: tip.id, label: `${categoryName(tip.category)} — ${tipText(tip.text).title}` }));
}
