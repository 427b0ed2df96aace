import { type Language, language, type MessageKey, type MessageParams, t } from "../lib/i18n/index.ts";
import type { Energy, NotCountedReason, SharingMember } from "./results-api.ts";

const LOCALES = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" } as const;

/** "83 %": a share of one, in whole percents, with the language's spacing. */
export function percent(share: number): string {
  return new Intl.NumberFormat(LOCALES[language.value], {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

/** "-4,5 %" for 4.5 % less, "+2 %" for more: a change written as a reduction target is ("−10 %"). */
export function signedPercent(share: number): string {
  return new Intl.NumberFormat(LOCALES[language.value], {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(share);
}

export const energyName = (energy: Energy) => t(`results.energy.${energy}`);
export const reasonText = (reason: NotCountedReason) => t(`results.reason.${reason}`);

const PLURAL: Record<Language, Intl.PluralRules> = {
  fr: new Intl.PluralRules("fr"),
  nl: new Intl.PluralRules("nl"),
  en: new Intl.PluralRules("en"),
  de: new Intl.PluralRules("de"),
};

/** Texts that come as `….one` and `….other`, by the base of their key. */
type BaseOfCounted<K> = K extends `${infer Base}.one`
  ? `${Base}.other` extends MessageKey
    ? Base
    : never
  : never;
type CountedKey = BaseOfCounted<MessageKey>;

/**
 * `{count}` with the words that agree with it, by the language's plural rule (Intl.PluralRules):
 * "1 séance tenue", "0 prévue" (French counts 0 as one), "0 sessions" in English.
 */
export function countText(key: CountedKey, count: number, params?: MessageParams): string {
  const form = PLURAL[language.value].select(count) === "one" ? "one" : "other";
  return t(`${key}.${form}` as MessageKey, { ...params, count });
}

/** What the adviser should look at for a member, most serious first. */
export function memberFlags(member: SharingMember): string[] {
  const { readings } = member;
  return [
    ...(member.flags.restriction.status === "possible_restriction" ? [t("results.flag.restriction")] : []),
    ...(member.flags.comfort.flaggedDays.length ? [t("results.flag.comfort")] : []),
    ...(member.flags.overConsumption ? [t("results.flag.overConsumption")] : []),
    ...(member.flags.lateReadings
      ? [
          readings.daysSinceLastReading === null
            ? t("results.flag.neverRead")
            : t("results.flag.late", { days: readings.daysSinceLastReading }),
        ]
      : []),
    ...(member.kit.overCap ? [t("results.flag.overCap")] : []),
  ];
}
