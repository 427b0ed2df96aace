import { language, t } from "../lib/i18n/index.ts";
import type { Energy, NotCountedReason, SharingMember } from "./results-api.ts";

const LOCALES = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" } as const;

/** "83 %": a share of one, in whole percents, with the language's spacing. */
export function percent(share: number): string {
  return new Intl.NumberFormat(LOCALES[language.value], {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

export const energyName = (energy: Energy) => t(`results.energy.${energy}`);
export const reasonText = (reason: NotCountedReason) => t(`results.reason.${reason}`);

/** What the adviser should look at for a member, most serious first. */
export function memberFlags(member: SharingMember): string[] {
  return [
    ...(member.flags.restriction.status === "possible_restriction" ? [t("results.flag.restriction")] : []),
    ...(member.flags.comfort.flaggedDays.length ? [t("results.flag.comfort")] : []),
    ...(member.flags.overConsumption ? [t("results.flag.overConsumption")] : []),
    ...(member.flags.silentFor30Days ? [t("results.flag.silent")] : []),
    ...(member.kit.overCap ? [t("results.flag.overCap")] : []),
  ];
}
