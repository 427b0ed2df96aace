import { useSignal } from "@preact/signals";
import { useId } from "preact/hooks";
import { useAdviserFollows } from "../lib/adviser-follows.ts";
import { formatMonth } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import type { MarkedMonths } from "./coaching-markers-shape.ts";
import type { EnergyChart as Shaped } from "./consumption-shape.ts";
import {
  allMissingText,
  cellText,
  energyName,
  isDeliveredFuel,
  someTariffMissingText,
  unitName,
} from "./consumption-words.ts";
import { EnergyChart } from "./energy-chart.tsx";

/**
 * One energy: its bars, and the same numbers as a table, in words where there is no number
 * ("prix inconnu (tarif manquant)", never 0 €). The table is folded on a phone and always printed.
 */
export function EnergySection({
  chart,
  year,
  marked,
}: {
  chart: Shaped;
  year: number;
  /** The months with a ◆ (the household's actions), when it has some. */
  marked: MarkedMonths | null;
}) {
  const open = useSignal(false);
  const id = useId();
  const energy = energyName(chart.energy);
  const unit = unitName(chart.unit);
  const someTariffMissing =
    !chart.allMissing &&
    chart.rows.some((r) => r.current.missing === "tariff_missing" || r.previous.missing === "tariff_missing");
  // Who adds a missing tariff: asked only when one is said to be missing (a fuel's price is the household's).
  const tariffSaid =
    (someTariffMissing || chart.allMissing === "tariff_missing") && !isDeliveredFuel(chart.energy);
  const reader = {
    adviserFollows: useAdviserFollows(tariffSaid ? (session.me.value?.householdId ?? null) : null),
  };

  return (
    <section class="energy" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {energy} <span class="energy-unit">({unit})</span>
      </h2>
      {chart.allMissing ? (
        <p class="notice">{allMissingText(chart.allMissing, chart.energy, reader)}</p>
      ) : (
        <>
          {someTariffMissing && <p class="notice">{someTariffMissingText(chart.energy, reader)}</p>}
          {chart.unit === "eur" && chart.priceFromDeliveries && (
            <p class="hint">{t("consumption.priceFromDeliveries")}</p>
          )}
          <EnergyChart
            chart={chart}
            label={[
              t("consumption.chartLabel", { energy, unit, year, previous: year - 1 }),
              ...(marked ? [t("consumption.markers.chartNote")] : []),
            ].join(" ")}
            marked={marked}
          />
          {chart.spreadByWeather && <p class="hint">{t("consumption.spreadByWeather")}</p>}
          <button
            type="button"
            class="button secondary no-print"
            aria-expanded={open.value}
            aria-controls={`${id}-figures`}
            onClick={() => (open.value = !open.value)}
          >
            {open.value ? t("consumption.hideFigures") : t("consumption.showFigures")}
          </button>
          <div id={`${id}-figures`} class={open.value ? "figures" : "figures folded"}>
            <table>
              <caption>{t("consumption.tableCaption", { energy, unit })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("consumption.month")}</th>
                  <th scope="col">{year - 1}</th>
                  <th scope="col">{year}</th>
                </tr>
              </thead>
              <tbody>
                {chart.rows.map((row) => (
                  <tr key={row.month}>
                    <th scope="row">{formatMonth(row.month)}</th>
                    <td class={row.previous.value === null ? "no-value" : undefined}>
                      {cellText(row.previous, chart.unit, chart.energy)}
                    </td>
                    <td class={row.current.value === null ? "no-value" : undefined}>
                      {cellText(row.current, chart.unit, chart.energy)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
