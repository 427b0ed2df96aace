import "../lib/i18n/fr-household.ts";
import "../lib/i18n/fr-markers.ts";
import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { CoachingMarkersList } from "./coaching-markers-list.tsx";
import { markedMonths, markersShown } from "./coaching-markers-shape.ts";
import { type Measure, shapeConsumption } from "./consumption-shape.ts";
import { createConsumptionState } from "./consumption-state.ts";
import { CURRENT_COLOR, PREVIOUS_COLOR } from "./energy-chart.tsx";
import { EnergySection } from "./energy-section.tsx";
import { MeasureSwitch } from "./measure-switch.tsx";

/** The legend's ◆, drawn like the chart's: black, the size of the colour swatches. */
const MARKER_SWATCH = {
  border: "none",
  fontSize: "1.1rem",
  lineHeight: "1.1rem",
  textAlign: "center",
} as const;

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
  // Beside the figures, not before them; again when the account's language changes (their words).
  const accountLanguage = session.me.value?.user.language;
  useEffect(() => {
    void state?.loadMarkers(year.value);
  }, [state, year.value, accountLanguage]);
  const answer = state?.answer.value ?? null;
  const loaded = state?.markers.value;
  const markers = useMemo(
    () =>
      loaded && loaded.year === year.value ? markersShown({ markers: loaded.list, year: year.value }) : [],
    [loaded, year.value],
  );
  const marked = useMemo(
    () => (markers.length > 0 ? markedMonths({ markers, year: year.value }) : null),
    [markers, year.value],
  );
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
            {marked && (
              <li>
                <span class="swatch" aria-hidden="true" style={MARKER_SWATCH}>
                  ◆
                </span>{" "}
                {t("consumption.markers.legend")}
              </li>
            )}
          </ul>
          <ProblemAlert problem={state.problem.value} />
          {!answer && !state.problem.value && <p role="status">{t("status.loading")}</p>}
          {answer && answer.energies.length === 0 && <p>{t("meters.empty")}</p>}
          {charts.map((chart) => (
            <EnergySection
              key={`${chart.energy}-${measure.value}-${year.value}`}
              chart={chart}
              year={year.value}
              marked={marked}
            />
          ))}
          {answer && answer.energies.length > 0 && <CoachingMarkersList markers={markers} />}
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
