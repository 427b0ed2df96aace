import "../lib/i18n/fr-household.ts";
import { useEffect, useMemo } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { MeterList } from "./meter-list.tsx";
import { createMetersState } from "./meters-state.ts";
import { QueuedReadingItem } from "./queued-reading-item.tsx";
import { countsByMeter } from "./reading-queue.ts";
import { useOnSent, useQueuedReadings } from "./use-queued-readings.ts";

/** `/compteurs`: a household's meters, one big button each, to enter a reading. */
export default function MetersPage() {
  const householdId = session.me.value?.householdId ?? null;
  const state = useMemo(createMetersState, []);
  useEffect(() => {
    if (householdId) void state.load(householdId);
  }, [state, householdId]);
  useOnSent(() => {
    if (householdId) void state.load(householdId);
  });
  const meters = state.meters.value;
  const queued = useQueuedReadings();
  const counts = useMemo(() => countsByMeter(queued), [queued]);

  return (
    <Page title={t("meters.title")}>
      <p>
        <a href="/" class="back-link">
          {t("meters.backHome")}
        </a>
      </p>
      {!householdId && <p>{t("meters.householdOnly")}</p>}
      <ProblemAlert problem={state.loadProblem.value} />
      {householdId && meters === null && !state.loadProblem.value && (
        <p role="status">{t("status.loading")}</p>
      )}
      {meters && meters.length === 0 && <p>{t("meters.empty")}</p>}
      {meters && meters.length > 0 && (
        <>
          <p class="lead">{t("meters.intro")}</p>
          <MeterList meters={meters} canWrite waiting={counts.waiting} toCheck={counts.refused} />
        </>
      )}
      {queued.length > 0 && (
        <section class="queued-readings" aria-labelledby="queued-readings">
          <h2 id="queued-readings">{t("offline.listTitle")}</h2>
          <ul class="history-list">
            {queued.map((item) => (
              <QueuedReadingItem key={item.body.clientId} item={item} showMeter />
            ))}
          </ul>
        </section>
      )}
      {householdId && (
        <p class="next-step">
          <a href="/consommation" class="text-link">
            {t("meters.consumption")}
          </a>
        </p>
      )}
    </Page>
  );
}
