import "../lib/i18n/fr-household.ts";
import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { type Measure, shapeConsumption } from "./consumption-shape.ts";
import { createConsumptionState } from "./consumption-state.ts";
import { CURRENT_COLOR, PREVIOUS_COLOR } from "./energy-chart.tsx";
import { EnergySection } from "./energy-section.tsx";
import { MeasureSwitch } from "./measure-switch.tsx";

/** `/consommation`: each month of a year beside the same month the year before, per energy. */
export default function ConsumptionPage() {
  const householdId = session.me.value?.householdId ?? null;
  const today = brusselsDay(new Date());
  const thisYear = Number(today.slice(0, 4));
  const year = useSignal(thisYear);
  const measure = useSignal<Measure>("kwh");
  const state = useMemo(
    () => (householdId ? createConsumptionState({ householdId, today }) : null),
    [householdId, today],
  );
  useEffect(() => {
    void state?.load(year.value);
  }, [state, year.value]);
  const answer = state?.answer.value ?? null;
  const charts = useMemo(
    () => (answer ? shapeConsumption({ answer, year: year.value, measure: measure.value }) : []),
    [answer, year.value, measure.value],
  );

  return (
    <Page title={t("consumption.title")}>
      <p class="no-print">
        <a href="/" class="back-link">
          {t("meters.backHome")}
        </a>
      </p>
      {!householdId && <p>{t("meters.householdOnly")}</p>}
      {state && (
        <>
          <p class="lead">{t("consumption.intro", { year: year.value, previous: year.value - 1 })}</p>
          <MeasureSwitch value={measure.value} onChange={(next) => (measure.value = next)} />
          <nav class="year-nav no-print" aria-label={t("consumption.years")}>
            <button type="button" class="button secondary" onClick={() => year.value--}>
              ← {year.value - 1}
            </button>
            {year.value < thisYear && (
              <button type="button" class="button secondary" onClick={() => year.value++}>
                {year.value + 1} →
              </button>
            )}
          </nav>
          <ul class="chart-legend">
            <li>
              <span class="swatch" style={{ background: PREVIOUS_COLOR }} /> {year.value - 1}
            </li>
            <li>
              <span class="swatch" style={{ background: CURRENT_COLOR }} /> {year.value}
            </li>
            <li>
              <span class="swatch striped" /> {t("consumption.stripedMeans")}
            </li>
          </ul>
          <ProblemAlert problem={state.problem.value} />
          {!answer && !state.problem.value && <p role="status">{t("status.loading")}</p>}
          {answer && answer.energies.length === 0 && <p>{t("meters.empty")}</p>}
          {charts.map((chart) => (
            <EnergySection
              key={`${chart.energy}-${measure.value}-${year.value}`}
              chart={chart}
              year={year.value}
            />
          ))}
          {answer && (
            <p class="no-print">
              <button type="button" class="button secondary" onClick={() => window.print()}>
                {t("action.print")}
              </button>
            </p>
          )}
        </>
      )}
    </Page>
  );
}
