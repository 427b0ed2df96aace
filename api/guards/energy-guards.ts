import type { heatingType } from "../../db/schema/households.ts";
import { addDays, type LocalDay } from "../consumption/brussels-days.ts";
import { median, type SavingsEnergy } from "../savings/index.ts";

type HeatingType = (typeof heatingType.enumValues)[number];

/**
 * Energy-poverty guards (METHOD-SAVINGS.md, "ours"): signs that lower use is hardship, not savings.
 * Each says "not assessable" when the data cannot tell — never a guessed flag.
 */

/** The energy that heats a home of each heating type; none for wood and pellets (deliveries only). */
export const HEATING_ENERGY = {
  individual_gas: "gas",
  heating_oil: "heating_oil",
  electric: "electricity",
  heat_pump: "electricity",
  collective: "heat",
  wood_pellets: null,
} as const;

/** Fuels that heat a home whose heating is not declared: electricity mostly runs appliances. */
const HEATING_FUELS: readonly SavingsEnergy[] = ["gas", "heat", "heating_oil"];

/**
 * The energies whose savings say how a home's heating went: the one its declared heating runs on
 * (electricity for electric or heat-pump heating, as the restriction guard reads it); none for wood
 * and pellets (deliveries only, no savings model); gas, heat and heating oil when nothing is declared.
 */
export function heatingEnergiesOf(type: HeatingType | null): readonly SavingsEnergy[] {
  if (type === null) return HEATING_FUELS;
  const energy = HEATING_ENERGY[type];
  return energy ? [energy] : [];
}

/** Comparable households: the same heating type and size band. */
export function sizeBand(people: number): "1" | "2" | "3-4" | "5+" {
  return people <= 1 ? "1" : people === 2 ? "2" : people <= 4 ? "3-4" : "5+";
}

/** At least this many comparable households before the organisation's own population is a yardstick. */
export const MIN_COMPARABLE_HOUSEHOLDS = 20;

export type RestrictionVerdict =
  | {
      status: "possible_restriction" | "no_sign";
      householdValue: number;
      comparableMedian: number;
      comparableCount: number;
    }
  | {
      status: "not_assessable";
      reason: "no_normal_year_use" | "no_comparable_population" | "no_floor_area" | "no_heating_energy";
    };

/**
 * Possible restriction ("hidden energy poverty" as the King Baudouin Foundation barometer defines it):
 * normal-year use (per m² for heating energy) below half the median of comparable households. With
 * fewer than 20 comparable households and no reference profile for the same size band and heating
 * type (none is published for Belgium by household size), it is not assessable.
 */
export function restrictionVerdict({
  householdValue,
  comparableValues,
}: {
  householdValue: number | null;
  comparableValues: readonly number[];
}): RestrictionVerdict {
  if (householdValue === null) return { status: "not_assessable", reason: "no_normal_year_use" };
  if (comparableValues.length < MIN_COMPARABLE_HOUSEHOLDS)
    return { status: "not_assessable", reason: "no_comparable_population" };
  const comparableMedian = median(comparableValues);
  return {
    status: householdValue < comparableMedian / 2 ? "possible_restriction" : "no_sign",
    householdValue,
    comparableMedian,
    comparableCount: comparableValues.length,
  };
}

export interface TopUp {
  day: LocalDay;
  amountEur: number;
}

/** The recent window compared with the months before it. */
const RECENT_DAYS = 60;
const USUAL_DAYS = 180;

export type SelfDisconnectionVerdict =
  | {
      status: "top_ups_stopped" | "top_ups_shrinking" | "no_sign";
      usualEurPerMonth: number;
      recentEurPerMonth: number;
      lastTopUp: LocalDay;
    }
  | { status: "not_assessable"; reason: "no_budget_meter" | "too_few_top_ups" };

/**
 * A budget-meter household that stops topping up, or tops up far less, while it used to: a sign of
 * self-disconnection for the adviser to ask about. Compares the last 60 days with the 180 before:
 * stopped when nothing was topped up in the last 30 days although top-ups used to come at least
 * monthly; shrinking when the recent monthly amount is under half the usual one. In summer a heating
 * household needs less: the adviser reads the flag with the season in mind.
 */
export function selfDisconnectionVerdict({
  budgetMeter,
  topUps,
  today,
}: {
  budgetMeter: boolean;
  topUps: readonly TopUp[];
  today: LocalDay;
}): SelfDisconnectionVerdict {
  if (!budgetMeter) return { status: "not_assessable", reason: "no_budget_meter" };
  const recentFrom = addDays(today, -RECENT_DAYS);
  const usualFrom = addDays(recentFrom, -USUAL_DAYS);
  const usual = topUps.filter((t) => t.day >= usualFrom && t.day < recentFrom);
  if (usual.length < 3) return { status: "not_assessable", reason: "too_few_top_ups" };
  const recent = topUps.filter((t) => t.day >= recentFrom && t.day <= today);
  const perMonth = (list: readonly TopUp[], days: number) =>
    (list.reduce((s, t) => s + t.amountEur, 0) * (365.25 / 12)) / days;
  const usualEurPerMonth = perMonth(usual, USUAL_DAYS);
  const recentEurPerMonth = perMonth(recent, RECENT_DAYS);
  const lastTopUp = [...topUps].filter((t) => t.day <= today).sort((a, b) => (a.day < b.day ? 1 : -1))[0]
    ?.day as LocalDay;
  const usedToBeMonthly = usual.length >= USUAL_DAYS / 31;
  const status =
    usedToBeMonthly && lastTopUp < addDays(today, -30)
      ? "top_ups_stopped"
      : recentEurPerMonth < usualEurPerMonth / 2
        ? "top_ups_shrinking"
        : "no_sign";
  return { status, usualEurPerMonth, recentEurPerMonth, lastTopUp };
}

export interface ComfortCheckIn {
  day: LocalDay;
  indoorC: number | null;
  humidityPct: number | null;
  feltCold: boolean;
}

/** Below 18 °C indoors, above 70 % relative humidity, or feeling cold flags the check-in's day. */
export function comfortFlags(checkIns: readonly ComfortCheckIn[]) {
  return checkIns.flatMap((c) => {
    const reasons = [
      ...(c.indoorC !== null && c.indoorC < 18 ? (["cold_home"] as const) : []),
      ...(c.humidityPct !== null && c.humidityPct > 70 ? (["damp_home"] as const) : []),
      ...(c.feltCold ? (["felt_cold"] as const) : []),
    ];
    return reasons.length ? [{ day: c.day, reasons }] : [];
  });
}
