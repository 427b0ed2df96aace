import { recordHouseholdRead } from "../audit/index.ts";
import { heatingEnergiesOf } from "../guards/index.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { BadRequest } from "../http/errors.ts";
import { intervalDaysForHousehold } from "../imports/index.ts";
import { listReadingsForHousehold } from "../meters/index.ts";
import { loadPricingSettings } from "../settings/index.ts";
import type { Granularity } from "./aggregate.ts";
import { addDays, brusselsDayOf, type LocalDay } from "./brussels-days.ts";
import { consumptionWindow, readingEdges } from "./consumption-window.ts";
import { heatingWeightsOf, loadFitData, stationDegreeDays } from "./heating-weights.ts";
import { householdConsumption, shiftYears } from "./household-consumption.ts";
import { REFERENCE_SOCIAL_TARIFFS } from "./tariff-rules.ts";

type ConsumptionQuery = { from?: string; to?: string; granularity: Granularity };

/** The consumption screen: staff reading it leave a line in the household's audit log. */
export async function getHouseholdConsumption({
  ctx,
  householdId,
  query,
}: {
  ctx: Ctx;
  householdId: string;
  query: ConsumptionQuery;
}) {
  const consumption = await computeHouseholdConsumption({ ctx, householdId, query });
  await recordHouseholdRead({ ctx, householdId, action: "household.consumption_viewed" });
  return consumption;
}

/** Days fetched beyond each edge with the rest: a quarterly reader's interval crossing it. */
const EDGE_DAYS = 92;

/**
 * A household's consumption in kWh, its meters' units, €, kg CO₂, with last year beside it. The
 * household itself, or staff of its organisation once it has agreed to share its data. Shared by the
 * consumption screen and the exports, which audit their own reads.
 */
export async function computeHouseholdConsumption({
  ctx,
  householdId,
  query,
}: {
  ctx: Ctx;
  householdId: string;
  query: ConsumptionQuery;
}) {
  const window = consumptionWindow({ from: query.from, to: query.to, today: brusselsDayOf(ctx.now) });
  if (!window.ok)
    throw new BadRequest(
      "request.invalid",
      window.problems.map((p) => ({ field: p.field, code: "custom", message: p.message })),
    );
  const household = await assertHouseholdDataAccess({ ctx, householdId });
  const today = brusselsDayOf(ctx.now);
  const days = { from: shiftYears(window.from, -1), to: window.to };
  // Smart-meter days a quarter beyond the days asked for, in the same query: the reading intervals
  // crossing their edges share their index difference with those days too (day-spans.ts).
  const fetched = { from: addDays(days.from, -EDGE_DAYS), to: addDays(days.to, EDGE_DAYS) };
  const heating = heatingEnergiesOf(household.heatingType);
  // The station's degree-days up to today, for the heating's spread and for the model behind it.
  const degreeDaysFrom = (fromDay: LocalDay) =>
    heating.length ? stationDegreeDays(ctx, { fromDay, toDay: today }) : Promise.resolve(null);
  const [inDays, meters, settings, nearStation, pastWindowFit] = await Promise.all([
    // Smart-meter days of the window and of the year before it (compared as "last year"): the
    // longest query, sent first so that it never waits for a free connection behind the short ones.
    intervalDaysForHousehold({ ctx, householdId, fromDay: fetched.from, toDay: fetched.to }),
    listReadingsForHousehold({ ctx, householdId, days }),
    loadPricingSettings({ ctx, householdId }),
    degreeDaysFrom(fetched.from),
    // A window ending before today leaves out the year the heating's model is fitted on.
    heating.length && window.to < today ? loadFitData(ctx, householdId, today) : Promise.resolve(null),
  ]);
  // Only an interval longer than that quarter needs a second query, for its days beyond it.
  const beyond = readingEdges({ meters, days }).flatMap(({ from, to }) => [
    ...(from < fetched.from ? [{ from, to: addDays(fetched.from, -1) }] : []),
    ...(to > fetched.to ? [{ from: addDays(fetched.to, 1), to }] : []),
  ]);
  const earliest = beyond.map((b) => b.from).find((from) => from < fetched.from);
  const [farStation, ...more] = await Promise.all([
    earliest ? degreeDaysFrom(earliest) : Promise.resolve(null),
    ...beyond.map(({ from, to }) => intervalDaysForHousehold({ ctx, householdId, fromDay: from, toDay: to })),
  ]);
  const intervalDays = [...inDays, ...more.flat()];
  const station = farStation ?? nearStation;
  const heatingWeights = station
    ? heatingWeightsOf({
        energies: heating,
        fit: pastWindowFit ?? { meters, intervalDays },
        conversion: settings.conversion,
        station,
        today,
      })
    : undefined;
  return householdConsumption({
    meters: meters.map((m) => ({ ...m, intervalDays: intervalDays.filter((d) => d.meterId === m.meter.id) })),
    pricing: {
      // The published federal social tariff stands behind the organisation's own (social) tariffs.
      tariffs: [...settings.tariffs, ...REFERENCE_SOCIAL_TARIFFS],
      protectedCustomer: household.protectedCustomer,
      conversion: settings.conversion,
      co2Factors: settings.co2Factors,
    },
    from: window.from,
    to: window.to,
    granularity: query.granularity,
    heatingWeights,
  });
}
