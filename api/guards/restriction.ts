import { addDays, type LocalDay } from "../consumption/brussels-days.ts";
import { householdsSharingWithStaff, listHouseholdProfiles } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { listReadingsForHouseholds } from "../meters/index.ts";
import { findWeatherStationCode } from "../organisations/index.ts";
import { metersAsOf, normalYearUse, readingPeriods } from "../savings/index.ts";
import { loadConversionSettings } from "../settings/index.ts";
import { weatherForSavings } from "../weather/index.ts";
import {
  HEATING_ENERGY,
  MIN_COMPARABLE_HOUSEHOLDS,
  type RestrictionVerdict,
  restrictionVerdict,
  sizeBand,
} from "./energy-guards.ts";

type HouseholdProfile = Awaited<ReturnType<typeof listHouseholdProfiles>>[number];
export type RestrictionAnswer =
  | Extract<RestrictionVerdict, { status: "not_assessable" }>
  | (Exclude<RestrictionVerdict, { status: "not_assessable" }> & {
      energy: NonNullable<(typeof HEATING_ENERGY)[keyof typeof HEATING_ENERGY]>;
    });

const notAssessable = (reason: "no_heating_energy" | "no_floor_area" | "no_comparable_population") => ({
  status: "not_assessable" as const,
  reason,
});

/**
 * Possible restriction of each household on `asOf` (today, or a report's last day): normal-year kWh
 * per m² of its heating energy against households of the same heating type and size band in the
 * organisation, from the readings known by then. The population, its readings and the weather are
 * loaded once for all the households asked about (a group's members), and each household's
 * normal-year use is computed once.
 */
export async function restrictionOfHouseholds({
  ctx,
  householdIds,
  asOf,
}: {
  ctx: Ctx;
  householdIds: readonly string[];
  asOf: LocalDay;
}): Promise<Map<string, RestrictionAnswer>> {
  const [profiles, sharing] = await Promise.all([
    listHouseholdProfiles(ctx.db, ctx.orgId),
    householdsSharingWithStaff({ ctx }),
  ]);
  // A household's figures go into others' comparison only with its consent to share with staff.
  const mayCompare = new Set(sharing);
  const comparableTo = (h: HouseholdProfile) => {
    const band = sizeBand((h.adults ?? 0) + (h.children ?? 0));
    return profiles.filter(
      (o) =>
        o.id !== h.id &&
        mayCompare.has(o.id) &&
        o.heatingType === h.heatingType &&
        o.floorAreaM2 &&
        sizeBand((o.adults ?? 0) + (o.children ?? 0)) === band,
    );
  };
  const answers = new Map<string, RestrictionAnswer>();
  const toMeasure: Array<{ household: HouseholdProfile; comparable: HouseholdProfile[] }> = [];
  for (const id of householdIds) {
    const household = profiles.find((p) => p.id === id);
    const energy = household?.heatingType ? HEATING_ENERGY[household.heatingType] : null;
    if (!household || !energy) answers.set(id, notAssessable("no_heating_energy"));
    else if (!household.floorAreaM2) answers.set(id, notAssessable("no_floor_area"));
    else {
      const comparable = comparableTo(household);
      // No published reference profile matches a size band (seeds/reference/SOURCES.md): below 20
      // comparable households of its own, the organisation cannot tell.
      if (comparable.length < MIN_COMPARABLE_HOUSEHOLDS)
        answers.set(id, notAssessable("no_comparable_population"));
      else toMeasure.push({ household, comparable });
    }
  }
  if (!toMeasure.length) return answers;
  const everyone = [...new Set(toMeasure.flatMap((m) => [m.household, ...m.comparable]))];
  const [meters, stationCode, conversion] = await Promise.all([
    listReadingsForHouseholds({ ctx, householdIds: everyone.map((h) => h.id) }),
    findWeatherStationCode(ctx.db, ctx.orgId),
    loadConversionSettings(ctx),
  ]);
  const weather = await weatherForSavings({
    db: ctx.db,
    stationCode: stationCode ?? "uccle",
    fromDay: addDays(asOf, -3 * 365),
    toDay: asOf,
  });
  const perM2Of = new Map<string, number | null>();
  const perM2 = (h: HouseholdProfile) => {
    if (!perM2Of.has(h.id)) {
      const energy = HEATING_ENERGY[h.heatingType as keyof typeof HEATING_ENERGY] as NonNullable<
        (typeof HEATING_ENERGY)[keyof typeof HEATING_ENERGY]
      >;
      // The model of the year before the last reading: a later reading would move that year.
      const known = metersAsOf({ meters: meters.get(h.id) ?? [], lastDay: asOf });
      const periods = readingPeriods({ energy, meters: known, conversion });
      const kwh = normalYearUse({ periods, weather: weather.input, normals: weather.normals });
      perM2Of.set(h.id, kwh === null ? null : kwh / (h.floorAreaM2 as number));
    }
    return perM2Of.get(h.id) as number | null;
  };
  for (const { household, comparable } of toMeasure) {
    const verdict = restrictionVerdict({
      householdValue: perM2(household),
      comparableValues: comparable.map(perM2).filter((v): v is number => v !== null),
    });
    const energy = HEATING_ENERGY[household.heatingType as keyof typeof HEATING_ENERGY];
    answers.set(
      household.id,
      verdict.status === "not_assessable"
        ? verdict
        : { ...verdict, energy: energy as NonNullable<typeof energy> },
    );
  }
  return answers;
}
