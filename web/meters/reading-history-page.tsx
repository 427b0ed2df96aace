import { useSignal } from "@preact/signals";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { formatDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { BackToMeters } from "./back-link.tsx";
import { readingsSharingADay } from "./history-days.ts";
import { createMeterLoader } from "./meter-loader.ts";
import { unitLabel } from "./meter-words.ts";
import type { Reading } from "./meters-api.ts";
import { QueuedReadingItem } from "./queued-reading-item.tsx";
import { ReadingHistoryItem } from "./reading-history-item.tsx";
import { useOnSent, useQueuedReadings } from "./use-queued-readings.ts";

/**
 * Who may try to change a reading; the API has the last word (author or coordinator). A household
 * account is one person for the API, so its own readings are those it entered itself.
 */
function mayEdit(reading: Reading): boolean {
  if (reading.flags.includes("start") || reading.flags.includes("final")) return false;
  switch (session.role.value) {
    case "household":
      return reading.source === "household";
    case "coordinator":
      return true;
    case "adviser":
    case "housing_manager":
      return reading.source === "adviser";
    default:
      return false;
  }
}

const newestFirst = (a: Reading, b: Reading) =>
  new Date(b.readAt).getTime() - new Date(a.readAt).getTime() || a.register.localeCompare(b.register);

/** `/compteurs/:meterId/historique`: every reading, newest first, to check, correct or delete. */
export default function ReadingHistoryPage() {
  const { params } = useRoute();
  const meterId = params.meterId as string;
  const loader = useMemo(() => createMeterLoader(meterId), [meterId]);
  useEffect(() => {
    void loader.load();
  }, [loader]);
  const status = useSignal("");
  const listHeading = useRef<HTMLHeadingElement>(null);
  const meter = loader.meter.value;
  const readings = loader.readings.value;
  const sorted = useMemo(() => (readings ? [...readings].sort(newestFirst) : null), [readings]);
  const withTime = useMemo(() => readingsSharingADay(readings ?? []), [readings]);
  const queued = useQueuedReadings().filter((i) => i.meterId === meterId);
  useOnSent(() => void loader.load(), meterId);

  function replace(updated: Reading) {
    loader.readings.value = (loader.readings.value ?? []).map((r) => (r.id === updated.id ? updated : r));
    status.value = t("history.corrected");
  }

  function removed(gone: Reading) {
    loader.readings.value = (loader.readings.value ?? []).filter((r) => r.id !== gone.id);
    status.value = t("history.deleted");
    // The item and its buttons are gone: the reader goes back to the top of the list.
    listHeading.current?.focus();
  }

  return (
    <Page
      title={meter ? t("history.title", { name: meter.name }) : t("reading.titleLoading")}
      heading={
        meter
          ? tWith("history.title", { name: <StaffText>{meter.name}</StaffText> })
          : t("reading.titleLoading")
      }
    >
      <BackToMeters owner={meter ?? null} />
      <ProblemAlert problem={loader.loadProblem.value} />
      {!meter && !loader.loadProblem.value && <p role="status">{t("status.loading")}</p>}
      {queued.length > 0 && (
        <section class="queued-readings" aria-labelledby="queued-readings">
          <h2 id="queued-readings">{t("offline.listTitle")}</h2>
          <ul class="history-list">
            {queued.map((item) => (
              <QueuedReadingItem key={item.body.clientId} item={item} showMeter={false} />
            ))}
          </ul>
        </section>
      )}
      {meter && sorted && (
        <>
          {meter.closedAt && <p class="notice">{t("reading.closed", { date: formatDay(meter.closedAt) })}</p>}
          {!meter.closedAt && session.role.value !== "viewer" && meter.readingMode !== "deliveries_only" && (
            <p>
              <a class="button primary" href={`/compteurs/${meter.id}`}>
                {t("history.enter")}
              </a>
            </p>
          )}
          <h2 ref={listHeading} tabIndex={-1}>
            {t("history.list", { count: sorted.length })}
          </h2>
          <p role="status" class={status.value ? "done" : "alert-empty"}>
            {status.value}
          </p>
          {sorted.length === 0 && <p>{t("history.empty")}</p>}
          <ul class="history-list">
            {sorted.map((reading) => (
              <ReadingHistoryItem
                key={reading.id}
                reading={reading}
                unit={unitLabel(meter.unit)}
                kind={meter.kind}
                showRegister={meter.registers.length > 1}
                withTime={withTime.has(reading.id)}
                editable={mayEdit(reading)}
                onChanged={replace}
                onDeleted={removed}
              />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
