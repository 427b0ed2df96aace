import "../lib/i18n/fr-savings.ts";
import "../lib/i18n/fr-staff.ts";
import { formatDay, formatDaySpan, formatNumber, formatYearMonth, intlLocale } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import type { Savings, SavingsEnergy, SavingsFlag } from "./savings-api.ts";
import { type Amount, missingBaselineMonths, type Outcome, requiredBaselineMonths } from "./savings-shape.ts";

/**
 * Who reads: the household itself, or its adviser (other advice on what to do). A household that no
 * adviser follows reads `unadvised`: the same sentences, but sending it to its housing company or to
 * what it can do itself, never to an adviser it does not have (see web/lib/adviser-follows.ts).
 */
export type Audience = "household" | "unadvised" | "staff";

/** The words of one piece of advice for each reader. */
const adviceFor = (audience: Audience, keys: Record<Audience, MessageKey>) => t(keys[audience]);

export function energyName(energy: SavingsEnergy): string {
  return t(`energyName.${energy}` as MessageKey);
}

/** Whole euros ("120 €"): the amounts are rounded to 10 €, cents would claim a precision they lack. */
export function formatWholeEuros(value: number): string {
  return new Intl.NumberFormat(intlLocale(), {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(value);
}

const kwhText = (value: number) => `${formatNumber(value)}\u00a0kWh`;

/** The headline and the lines under it, for an `ok` answer. */
export function outcomeLines(outcome: Outcome, audience: Audience): { headline: string; details: string[] } {
  const date = formatDay(outcome.from);
  const main: Amount = outcome.eur ?? outcome.kwh;
  const format = outcome.eur ? formatWholeEuros : kwhText;
  const size = Math.abs(main.value);
  const sentence = {
    // Inside its margin, a saving is said as softly as an overuse is: a headline of "530 € économisés"
    // would be what a household remembers, not the margin under it.
    saved: t(outcome.withinNoise ? "savings.savedWithinNoise" : "savings.saved", {
      amount: format(size),
      date,
    }),
    used_more: t("savings.usedMore", { amount: format(size), date }),
    about_same: t("savings.aboutSame", { date }),
  }[outcome.direction];
  // "Entre 80 € et 160 €" only when the whole interval says the same thing as the sentence.
  const sameSide =
    main.low !== null && main.high !== null && !outcome.withinNoise && outcome.direction !== "about_same";
  const range =
    sameSide && main.low !== null && main.high !== null
      ? t("savings.range", {
          low: format(Math.min(Math.abs(main.low), Math.abs(main.high))),
          high: format(Math.max(Math.abs(main.low), Math.abs(main.high))),
        })
      : t("savings.end");
  const details: string[] = [];
  if (outcome.eur) details.push(kwhLine(outcome.kwh.value));
  if (outcome.priceFromDeliveries && audience !== "staff") details.push(t("savings.priceFromDeliveries"));
  if (outcome.withinNoise && main.low !== null && main.high !== null)
    details.push(
      t("savings.noise", {
        more: format(Math.abs(Math.min(main.low, 0))),
        less: format(Math.max(main.high, 0)),
      }),
    );
  if (outcome.noInterval) details.push(t("savings.noInterval"));
  if (!outcome.eur) details.push(priceMissingLine(outcome, audience));
  details.push(
    t(
      audience === "staff" ? "savings.periodStaff" : "savings.period",
      formatDaySpan(outcome.from, outcome.to),
    ),
  );
  return { headline: sentence + range, details };
}

/** Why there are no euros, and who can fix it: a fuel's price comes with its deliveries, not a tariff. */
function priceMissingLine(outcome: Outcome, audience: Audience): string {
  if (outcome.deliveredFuel) return t("savings.priceMissingDelivered");
  return t(audience === "unadvised" ? "savings.priceMissingCompany" : "savings.priceMissing");
}

function kwhLine(kwh: number): string {
  if (kwh > 0) return t("savings.kwhSaved", { kwh: kwhText(kwh) });
  if (kwh < 0) return t("savings.kwhMore", { kwh: kwhText(-kwh) });
  return t("savings.kwhSame");
}

/** What is missing and what to do, for any verdict but `ok`: never a number of kWh or euros. */
export function verdictLines(answer: Savings, audience: Audience): string[] {
  const date = formatDay(answer.start);
  switch (answer.verdict) {
    case "ok":
      return [];
    case "insufficient_baseline": {
      const missing = missingBaselineMonths(answer.baselineCoverage);
      const what =
        missing > 0
          ? t("savings.insufficientBaseline", {
              months: requiredBaselineMonths(answer.baselineCoverage),
              date,
              missing,
            })
          : t("savings.insufficientBaselineOther", { date });
      return [
        what,
        adviceFor(audience, {
          household: "savings.insufficientBaselineDo",
          unadvised: "savings.insufficientBaselineCompanyDo",
          staff: "savings.insufficientBaselineStaffDo",
        }),
      ];
    }
    case "insufficient_reporting":
      return [
        t("savings.insufficientReporting", { date }),
        adviceFor(audience, {
          household: "savings.insufficientReportingDo",
          unadvised: "savings.insufficientReportingDo",
          staff: "savings.insufficientReportingStaffDo",
        }),
      ];
    case "no_weather_data": {
      const months = answer.weather.missingMonths.map(formatYearMonth).join(", ");
      return [
        months ? t("savings.noWeather", { months }) : t("savings.noWeatherOther"),
        adviceFor(audience, {
          household: "savings.noWeatherDo",
          unadvised: "savings.noWeatherDo",
          staff: "savings.noWeatherStaffDo",
        }),
      ];
    }
    case "model_not_fit":
      return [
        t("savings.modelNotFit", { date }),
        adviceFor(audience, {
          household: "savings.modelNotFitDo",
          unadvised: "savings.modelNotFitCompanyDo",
          staff: "savings.modelNotFitStaffDo",
        }),
      ];
  }
}

/** "Météo : Station de démonstration — normales (démo)": shown wherever the figures show. */
export function stationLine(station: Savings["station"]): string {
  return station.label
    ? t("savings.weatherLabelled", { station: station.name, label: station.label })
    : t("savings.weather", { station: station.name });
}

/** One line per flag, for the adviser. */
export function flagLine(flag: SavingsFlag): string {
  if (flag.code === "no_interval") return t(`savings.flag.${flag.reason}` as MessageKey);
  if (flag.code === "tariff_missing" || flag.code === "price_from_deliveries")
    return t(`savings.flag.${flag.code}`);
  return t(`savings.flag.${flag.code}` as MessageKey, formatDaySpan(flag.from, flag.to));
}

/** The baseline model in figures, for the adviser who wants to check it. */
export function modelLine(model: NonNullable<Savings["model"]>): string {
  const convention = model.degreeDayConvention
    ? t(`savings.convention.${model.degreeDayConvention}` as MessageKey)
    : t("savings.convention.balance", { balance: formatNumber(model.balancePointC ?? 0) });
  return t("savings.model", {
    base: kwhText(model.interceptKwhPerDay),
    slope: kwhText(model.heatingKwhPerDegreeDay),
    convention,
    r2: formatNumber(model.adjustedR2, { maxDecimals: 2 }),
    cv: model.cvRmse === null ? "—" : `${formatNumber(model.cvRmse * 100, { maxDecimals: 0 })}\u00a0%`,
    periods: model.baselinePeriods,
  });
}
