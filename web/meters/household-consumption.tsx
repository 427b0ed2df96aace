import { useSignal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { useEffect } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError, request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { brusselsDay, formatEuros, formatNumber, formatYearMonth } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { KINDS } from "./meter-setup-form.ts";
import { unitLabel } from "./meter-words.ts";

type Consumption = InferResponseType<(typeof client.api.households)[":id"]["consumption"]["$get"], 200>;
type Energy = Consumption["energies"][number];
type Period = Energy["periods"][number];

/** From the 1st of the month eleven months ago to today: the last twelve months, this one included. */
export function lastTwelveMonths(today: string): { from: string; to: string; months: string[] } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const months = Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(y, m - 12 + i, 1)).toISOString().slice(0, 7),
  );
  return { from: `${months[0]}-01`, to: today, months };
}

/** Heating oil, pellets, wood: priced by what the household paid for them, noted with each delivery. */
const isDeliveredFuel = (energy: Energy["energy"]) => KINDS[energy].mode !== "cumulative_index";

function costText(period: Period, energy: Energy["energy"]): string {
  if (period.costEur !== null) return formatEuros(period.costEur);
  if (period.costMissingReason !== "tariff_missing") return "—";
  return t(
    isDeliveredFuel(energy) ? "fileConsumption.deliveryPriceMissing" : "fileConsumption.tariffMissing",
  );
}

/** `≈` marks a month partly estimated (spread between two readings, or from deliveries). */
const approx = (period: Period) => ((period.estimatedShare ?? 0) > 0 ? "≈\u00a0" : "");

/** Every month of the window gets its row: a month without readings says so ("—"), it is not skipped. */
function EnergyTable({
  energy,
  months,
  priceFromDeliveries,
  spreadByWeather,
}: {
  energy: Energy;
  months: readonly string[];
  /** Some of its euros are at the average price of the household's deliveries. */
  priceFromDeliveries: boolean;
  /** Its readings are spread over days by the household's model on degree-days (it heats the home). */
  spreadByWeather: boolean;
}) {
  const name = t(`energyName.${energy.energy}` as MessageKey);
  const unit = unitLabel(energy.unit);
  const showKwh = energy.unit !== "kwh" && energy.total.kwh !== null;
  return (
    // Scrolls sideways when a language's words make it wider than the phone: reachable by keyboard too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard.
    <section class="file-table-scroll" tabIndex={0} aria-label={name}>
      <table class="file-table">
        <caption>{name}</caption>
        <thead>
          <tr>
            <th scope="col">{t("fileConsumption.month")}</th>
            <th scope="col">{unit}</th>
            {showKwh && <th scope="col">kWh</th>}
            <th scope="col">{t("fileConsumption.cost")}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => {
            const period = energy.periods.find((p) => p.period === month);
            const known = period && period.coveredDays > 0 ? period : null;
            return (
              <tr key={month}>
                <th scope="row">{formatYearMonth(month)}</th>
                <td>{known ? `${approx(known)}${formatNumber(known.quantity)}` : "—"}</td>
                {showKwh && <td>{known && known.kwh !== null ? formatNumber(known.kwh) : "—"}</td>}
                <td>{known ? costText(known, energy.energy) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {priceFromDeliveries && <p class="hint">{t("fileConsumption.priceFromDeliveries")}</p>}
      {spreadByWeather && <p class="hint">{t("fileConsumption.spreadByWeather")}</p>}
    </section>
  );
}

/**
 * The household's last twelve months, per energy, as a plain table for staff: quantity in the meter's
 * unit, kWh, and euros (or why there are none). The household's own chart lives in web/consumption.
 */
export function HouseholdConsumption({ householdId }: { householdId: string }) {
  const answer = useSignal<Consumption | null>(null);
  const problem = useSignal<ApiError | null>(null);
  const { from, to, months } = lastTwelveMonths(brusselsDay(new Date()));

  useEffect(() => {
    request(
      client.api.households[":id"].consumption.$get({
        param: { id: householdId },
        query: { from, to, granularity: "month" },
      }),
    )
      .then((result) => {
        answer.value = result;
      })
      .catch((error) => {
        problem.value = asApiError(error);
      });
  }, [householdId]);

  const energies = answer.value?.energies ?? [];
  const energiesNoted = (code: "price_from_deliveries" | "heating_by_degree_days") =>
    new Set((answer.value?.notes ?? []).flatMap((n) => (n.code === code ? [n.energy] : [])));
  const fromDeliveries = energiesNoted("price_from_deliveries");
  const byWeather = energiesNoted("heating_by_degree_days");
  return (
    <section aria-labelledby="file-consumption-title">
      <h2 id="file-consumption-title">{t("fileConsumption.title")}</h2>
      <ProblemAlert problem={problem.value} />
      {!answer.value && !problem.value && <p role="status">{t("status.loading")}</p>}
      {answer.value && energies.length === 0 && <p>{t("fileConsumption.empty")}</p>}
      {energies.length > 0 && <p class="hint">{t("fileConsumption.legend")}</p>}
      {energies.map((energy) => (
        <EnergyTable
          key={energy.energy}
          energy={energy}
          months={months}
          priceFromDeliveries={fromDeliveries.has(energy.energy)}
          spreadByWeather={byWeather.has(energy.energy)}
        />
      ))}
    </section>
  );
}
