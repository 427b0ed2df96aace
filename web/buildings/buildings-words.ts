import "../lib/i18n/fr-buildings.ts";
import { formatDate, formatNumber } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import type { EventKind, HeatingSystem, RenovationSavings } from "./buildings-api.ts";

/** Buildings belong to housing companies; their managers and coordinators write, their viewers read. */
export function mayReadBuildings(): boolean {
  return (
    session.housingCompany.value &&
    ["coordinator", "housing_manager", "viewer"].includes(session.role.value ?? "")
  );
}

export function mayWriteBuildings(): boolean {
  return mayReadBuildings() && session.role.value !== "viewer";
}

export const heatingName = (system: HeatingSystem) => t(`buildings.heating.${system}` as MessageKey);
export const eventKindName = (kind: EventKind) => t(`building.event.${kind}` as MessageKey);
export const areaText = (m2: number) => t("buildings.areaValue", { value: formatNumber(Math.round(m2)) });

/**
 * What the monthly kWh/m² chart shows, for a screen reader: the works' sentence only when works are
 * shaded on it, the pale bars' sentence only when some month is drawn pale (readings for part of its
 * days, so lower than what was really used).
 */
export function monthlyChartLabel({ works, partial }: { works: boolean; partial: boolean }): string {
  return [
    t("building.monthlyLabel"),
    works && t("building.monthlyLabelWorks"),
    partial && t("building.monthlyLabelPartial"),
  ]
    .filter(Boolean)
    .join(" ");
}

/** A share as whole percents, without its sign: "18". */
const pct = (share: number) => formatNumber(Math.round(Math.abs(share) * 100));

/**
 * A renovation's result in plain words: "Environ 18 % de moins qu'avant les travaux, entre 12 % et
 * 24 %." when the whole interval says the same; "Pas de différence nette…" when it straddles zero;
 * what is missing, and how many months to wait, otherwise. Never a figure the method cannot back.
 */
export function renovationLines(answer: RenovationSavings, energyName: string): string[] {
  const r = answer.reporting;
  if (answer.verdict === "ok" && r && r.savingsFraction !== null) {
    const { savingsFractionLow: low, savingsFractionHigh: high } = r;
    const lines: string[] = [];
    if (low !== null && high !== null && low < 0 && high > 0)
      lines.push(t("renovation.noClearChange", { more: pct(low), less: pct(high) }));
    else {
      const sentence =
        r.savingsFraction >= 0
          ? t("renovation.less", { pct: pct(r.savingsFraction) })
          : t("renovation.more", { pct: pct(r.savingsFraction) });
      const range =
        low !== null && high !== null
          ? t("renovation.range", {
              low: pct(Math.min(Math.abs(low), Math.abs(high))),
              high: pct(Math.max(Math.abs(low), Math.abs(high))),
            })
          : t("renovation.end");
      lines.push(sentence + range);
    }
    lines.push(
      t("renovation.kwh", {
        energy: energyName,
        kwh: formatNumber(Math.round(r.actualKwh)),
        expected: formatNumber(Math.round(r.counterfactualKwh)),
      }),
      t("renovation.period", {
        from: formatDate(r.from),
        to: formatDate(r.to),
        months: formatNumber(Math.round(r.months)),
      }),
    );
    if (r.uncertaintyKwh90 === null) lines.push(t("renovation.noInterval"));
    if (r.monthsToFullYear > 0) lines.push(t("renovation.provisional", { months: r.monthsToFullYear }));
    return lines;
  }
  switch (answer.verdict) {
    case "works_under_way":
      return [t("renovation.underWay")];
    case "insufficient_reporting":
      return [t("renovation.notEnoughAfter", { months: answer.monthsStillNeeded ?? 1 })];
    case "insufficient_baseline":
      return [
        t("renovation.notEnoughBefore", {
          months: answer.monthsStillNeeded ?? 1,
          date: formatDate(answer.event.startedOn),
        }),
      ];
    case "no_weather_data":
      return [t("renovation.noWeather", { months: answer.weather?.missingMonths.join(", ") ?? "" })];
    default:
      return [t("renovation.modelNotFit")];
  }
}
