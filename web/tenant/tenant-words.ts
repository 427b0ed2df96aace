import "../lib/i18n/fr-tenant.ts";
import { writtenText } from "../components/staff-text.tsx";
import { formatDate, formatNumber, intlLocale, lastDay } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import type { TenantBuilding } from "./tenant-api.ts";

/** A share as whole percents, without its sign: "12". */
export const pct = (share: number) => formatNumber(Math.round(Math.abs(share) * 100));

const kwh = (value: number) => formatNumber(Math.round(value));

export const WARMTH_LEVELS = [1, 2, 3, 4, 5] as const;
export const warmthName = (level: number) => t(`tenant.warmth${level}` as MessageKey);
export const problemName = (problem: string) => t(`tenant.problem.${problem}` as MessageKey);

/**
 * The building's heating in plain words: last winter against the one before at equal weather, and the
 * building against the company's other buildings. Only what the figures back.
 */
export function heatingLines(performance: TenantBuilding["performance"]): string[] {
  const { lastWinter: last, previousWinter: previous, winters, company } = performance;
  const lines: string[] = [];
  if (!winters) lines.push(t("tenant.winterUnknown"));
  else {
    const change = pct(winters.changeAtEqualWeather);
    if (winters.verdict === "less") lines.push(t("tenant.winterLess", { pct: change }));
    else if (winters.verdict === "more") lines.push(t("tenant.winterMore", { pct: change }));
    else lines.push(t("tenant.winterSame"));
    if (last.kwhPerM2 !== null && previous.kwhPerM2 !== null)
      lines.push(
        t("tenant.winterFigures", {
          last: last.season,
          lastKwh: kwh(last.kwhPerM2),
          previous: previous.season,
          previousKwh: kwh(previous.kwhPerM2),
        }),
      );
    if (last.degreeDays !== null && previous.degreeDays !== null && previous.degreeDays > 0) {
      const weather = last.degreeDays / previous.degreeDays - 1;
      if (weather >= 0.05) lines.push(t("tenant.winterColder", { last: last.season }));
      else if (weather <= -0.05) lines.push(t("tenant.winterMilder", { last: last.season }));
    }
  }
  if (company && performance.normalYearKwhPerM2 !== null) {
    const params = {
      own: kwh(performance.normalYearKwhPerM2),
      median: kwh(company.medianKwhPerM2),
      count: formatNumber(company.buildingsCompared),
    };
    const key =
      company.verdict === "better"
        ? "tenant.companyBetter"
        : company.verdict === "worse"
          ? "tenant.companyWorse"
          : "tenant.companyMedian";
    lines.push(t(key, params));
  }
  return lines;
}

/** A tip's text in the language on screen, else French, else whichever it has; `lang` says which. */
export function tipText(text: Record<string, { title: string; body: string }>) {
  const { text: words, lang } = writtenText(text, { title: "", body: "" });
  return { ...words, lang };
}

/** "Saison du 1er octobre 2024 au 30 avril 2025 — logement C1 : 1 234,56 €", to the cent as the statement. */
export function statementLink(s: NonNullable<TenantBuilding["heatingStatements"]>[number]): string {
  // To the cent whatever the amount, as the statement it opens (formatEuros drops cents from 1 000 €).
  const eur = new Intl.NumberFormat(intlLocale(), { style: "currency", currency: "EUR" });
  return t("tenant.statementLink", {
    from: formatDate(s.seasonFrom),
    to: formatDate(lastDay(s.seasonTo)),
    unit: s.dwellingLabel,
    eur: eur.format(s.totalEur),
  });
}
