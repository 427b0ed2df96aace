import "../lib/i18n/fr-savings.ts";
import { brusselsDaysBetween } from "../lib/calendar-days.ts";
import { formatDay, formatDaySpan, formatMonth, formatNumber } from "../lib/format.ts";
import { language, type MessageKey, t } from "../lib/i18n/index.ts";
import type { BillProjection, EnergyGuards } from "./savings-api.ts";
import { type Audience, energyName, formatWholeEuros } from "./savings-words.ts";

const LOCALES = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" } as const;

/** To the nearest 10 €: a projection claims no more. */
const round10 = (value: number) => Math.round(value / 10) * 10;
const euros10 = (value: number) => formatWholeEuros(round10(value));

/** "−90 €" / "+110 €": the ends of the regularisation's interval, with a true minus sign. */
function signedEuros10(value: number): string {
  const rounded = round10(value);
  return new Intl.NumberFormat(LOCALES[language.value], {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  })
    .format(rounded === 0 ? 0 : rounded)
    .replace("-", "\u2212");
}

/**
 * " (entre 910 € et 980 €)" when the whole interval is on the sentence's side; signed ends
 * (" (entre −90 € et +110 €)") when it straddles zero, so "to pay" and "to receive" both show.
 */
function regularisationRange(rest: number, uncertainty: number | null): string {
  if (uncertainty === null) return "";
  const low = round10(rest - uncertainty);
  const high = round10(rest + uncertainty);
  if (low > 0 || high < 0) {
    const [a, b] = [Math.abs(low), Math.abs(high)].sort((x, y) => x - y) as [number, number];
    return t("bill.range", { low: formatWholeEuros(a), high: formatWholeEuros(b) });
  }
  return t("bill.range", { low: signedEuros10(low), high: signedEuros10(high) });
}

/** The month of the bill (`billingYear.to` is its first day). */
function billMonth(bill: BillProjection): string {
  return formatMonth(Number(bill.billingYear.to.slice(5, 7)));
}

/**
 * The bill card's sentences: the expected bill, what the advances pay, what would remain and an
 * advance covering the year. A number the API leaves null is never said; what is missing is said kindly.
 */
export function billLines(bill: BillProjection, audience: Audience): { summary: string[]; notes: string[] } {
  const summary: string[] = [];
  const knowsMonth = !bill.missing.includes("billing_month");
  if (bill.expectedCostEur !== null) {
    summary.push(
      knowsMonth
        ? t("bill.expected", { month: billMonth(bill), amount: euros10(bill.expectedCostEur) })
        : t("bill.expectedNoMonth", { amount: euros10(bill.expectedCostEur) }),
    );
  }
  if (bill.monthlyAdvanceEur !== null && bill.advancesEur !== null) {
    // A year's total, not a part of the cost: advances may pay more than the year costs.
    const advances = { advance: formatWholeEuros(bill.monthlyAdvanceEur), paid: euros10(bill.advancesEur) };
    summary.push(t("bill.advances", advances));
  }
  if (bill.regularisationEur !== null) {
    const rest = round10(bill.regularisationEur);
    const sentence =
      rest > 0
        ? t("bill.toPay", { amount: formatWholeEuros(rest) })
        : rest < 0
          ? t("bill.toReceive", { amount: formatWholeEuros(-rest) })
          : t("bill.even");
    summary.push(`${sentence}${regularisationRange(bill.regularisationEur, bill.uncertaintyEur90)}.`);
  }
  if (bill.suggestedMonthlyAdvanceEur !== null) {
    summary.push(t("bill.suggested", { advance: formatWholeEuros(bill.suggestedMonthlyAdvanceEur) }));
  }

  const notes: string[] = [];
  for (const e of bill.energies) {
    if (e.status === "no_model") notes.push(t("bill.noModel", { energy: energyName(e.energy) }));
    if (e.status === "no_tariff") notes.push(t("bill.noTariff", { energy: energyName(e.energy) }));
    // Days gone by without a usable reading are in the total, estimated: say so, never hide them.
    const days = e.unmeasured.reduce((sum, span) => sum + brusselsDaysBetween(span.from, span.to), 0);
    if (days > 0 && e.estimatedKwh !== null)
      notes.push(
        t(days === 1 ? "bill.estimatedDay" : "bill.estimatedDays", { energy: energyName(e.energy), days }),
      );
  }
  // Staff note it in the file; a household no adviser follows asks its housing company.
  const reader = { household: "", unadvised: "Company", staff: "Staff" }[audience];
  for (const what of bill.missing) {
    notes.push(t(`bill.missing.${what}${reader}` as MessageKey));
  }
  if (summary.length === 0 && notes.length === 0) notes.push(t("bill.nothing"));
  return { summary, notes };
}

/** The year the bill covers, for the card's small print: both ends with their year when they differ. */
export function billPeriod(bill: BillProjection, now: Date = new Date()): string {
  // `to` is the first day of the next bill: the year ends the day before.
  const to = new Date(`${bill.billingYear.to}T12:00:00Z`);
  to.setUTCDate(to.getUTCDate() - 1);
  return t("bill.period", formatDaySpan(bill.billingYear.from, to.toISOString().slice(0, 10), now));
}

const perM2 = (value: number) => `${formatNumber(value, { maxDecimals: 0 })}\u00a0kWh/m²`;

/** The adviser's "Points d'attention": one plain line per guard, never alarming. */
export function guardLines(guards: EnergyGuards): string[] {
  const lines: string[] = [];
  const r = guards.restriction;
  if (r.status === "not_assessable") lines.push(t(`guards.restriction.${r.reason}` as MessageKey));
  else
    lines.push(
      t(r.status === "possible_restriction" ? "guards.restriction.possible" : "guards.restriction.noSign", {
        energy: energyName(r.energy),
        value: perM2(r.householdValue),
        median: perM2(r.comparableMedian),
        count: r.comparableCount,
      }),
    );
  const s = guards.selfDisconnection;
  if (s.status === "not_assessable") lines.push(t(`guards.topUps.${s.reason}` as MessageKey));
  else
    lines.push(
      t(`guards.topUps.${s.status}` as MessageKey, {
        usual: formatWholeEuros(s.usualEurPerMonth),
        recent: formatWholeEuros(s.recentEurPerMonth),
        date: formatDay(s.lastTopUp),
      }),
    );
  const c = guards.comfort;
  lines.push(
    c.checkIns === 0 || c.lastCheckIn === null
      ? t("guards.comfort.none")
      : t("guards.comfort.count", { count: c.checkIns, date: formatDay(c.lastCheckIn) }),
  );
  return lines;
}

/** "Le 12 janvier : moins de 18 °C, a eu froid". */
export function comfortFlagLine(flag: EnergyGuards["comfort"]["flags"][number]): string {
  return t("guards.comfort.flag", {
    date: formatDay(flag.day),
    reasons: flag.reasons.map((reason) => t(`guards.reason.${reason}` as MessageKey)).join(", "),
  });
}

/** Savings may come from going without: the page says so above the savings sentence. */
export function needsSavingsWarning(guards: EnergyGuards | null): boolean {
  if (!guards) return false;
  return guards.restriction.status === "possible_restriction" || guards.comfort.flags.length > 0;
}
