import { useEffect, useMemo } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { formatDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { BackToMeters, metersBackLabel, metersHref } from "./back-link.tsx";
import { DeliveryForm } from "./delivery-form.tsx";
import { MeterIcon } from "./meter-icon.tsx";
import { createMeterLoader } from "./meter-loader.ts";
import type { Meter } from "./meters-api.ts";
import { createReadingEntry, type PastReading } from "./reading-entry-state.ts";
import { ReadingFeedbackView } from "./reading-feedback-view.tsx";
import { ReadingForm } from "./reading-form.tsx";
import { mayManageMeters } from "./setup-access.ts";

function Entry({ meter, readings }: { meter: Meter; readings: readonly PastReading[] }) {
  const userId = session.me.value?.user.id ?? null;
  const entry = useMemo(() => createReadingEntry({ meter, readings, userId }), [meter, readings, userId]);
  const feedback = entry.feedback.value;
  const why = entry.queued.value;
  const keptNow = entry.keptNow.value;
  useEffect(() => {
    if (keptNow === "sent") entry.keptSent();
  }, [entry, keptNow]);
  if (feedback)
    return (
      <ReadingFeedbackView
        feedback={feedback}
        unit={meter.unit}
        kept={
          why && keptNow
            ? {
                why,
                state: keptNow,
                refused: entry.keptRefused.value,
                checkHref: `/compteurs/${meter.id}/historique`,
              }
            : null
        }
        money={entry.money.value}
      >
        <div class="button-column">
          <a class="button primary" href={metersHref(meter)}>
            {metersBackLabel(meter)}
          </a>
          <button type="button" class="button secondary" onClick={entry.startAgain}>
            {t("reading.another")}
          </button>
        </div>
      </ReadingFeedbackView>
    );
  return (
    <>
      <p class="meter-heading">
        <MeterIcon icon={meter.icon} />
        <span>{t(meter.readingMode === "stock_level" ? "reading.introLevel" : "reading.intro")}</span>
      </p>
      <ReadingForm entry={entry} />
    </>
  );
}

function lastReadingsOf(meter: Meter): PastReading[] {
  return meter.lastReadings.map((r) => ({ ...r, flags: [] }));
}

/**
 * `/compteurs/:meterId`: type the index, see at once what was used. Staff reach it from a
 * household's file and enter on its behalf (the API records who did).
 */
export default function ReadingEntryPage() {
  const { params } = useRoute();
  const meterId = params.meterId as string;
  const loader = useMemo(() => createMeterLoader(meterId), [meterId]);
  useEffect(() => {
    void loader.load();
  }, [loader]);
  const meter = loader.meter.value;
  // Offline without a copy of the readings, the meter's last readings are enough to type the next one.
  const readings =
    loader.readings.value ?? (meter && loader.readingsOffline.value ? lastReadingsOf(meter) : null);
  const isHousehold = session.role.value === "household";

  return (
    <Page
      title={meter?.name ?? t("reading.titleLoading")}
      heading={meter ? <StaffText>{meter.name}</StaffText> : t("reading.titleLoading")}
    >
      <BackToMeters owner={meter ?? null} />
      <ProblemAlert problem={loader.readingsOffline.value ? null : loader.loadProblem.value} />
      {!meter && !loader.loadProblem.value && <p role="status">{t("status.loading")}</p>}
      {meter && readings && (
        <>
          {!isHousehold && <p class="on-behalf">{t("reading.onBehalf")}</p>}
          {meter.closedAt ? (
            <p class="notice">{t("reading.closed", { date: formatDay(meter.closedAt) })}</p>
          ) : meter.readingMode === "deliveries_only" ? (
            <>
              <p>{t("delivery.onlyDeliveries")}</p>
              <DeliveryForm meter={meter} />
            </>
          ) : (
            <>
              <Entry meter={meter} readings={readings} />
              {meter.readingMode === "stock_level" && (
                <details class="panel">
                  <summary>{t("delivery.title")}</summary>
                  <p>{t("delivery.intro")}</p>
                  <DeliveryForm meter={meter} />
                </details>
              )}
            </>
          )}
          <p>
            <a href={`/compteurs/${meter.id}/historique`} class="text-link">
              {t("meters.history")}
            </a>
          </p>
          {mayManageMeters() && !meter.closedAt && meter.readingMode !== "deliveries_only" && (
            <p>
              <a href={`/compteurs/${meter.id}/remplacement`} class="text-link">
                {t("reading.replacedLink")}
              </a>
            </p>
          )}
        </>
      )}
    </Page>
  );
}
