import "../lib/i18n/fr-household.ts";
import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { StaffText } from "../components/staff-text.tsx";
import { parseDecimal } from "../lib/decimal.ts";
import { formatDate, formatIndex } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { EntryField, type FieldProblem } from "./entry-field.tsx";
import { registerLabel, unitLabel } from "./meter-words.ts";
import { numberQuestion } from "./number-choice.ts";
import type { QueuedReading } from "./reading-queue.ts";
import { readingQueue } from "./reading-queue-state.ts";

type Mode = "view" | "fix" | "drop";

/**
 * A reading still on the phone. Waiting: said so. Refused by the server: its reason, and what the
 * person can do: confirm it as typed (a big jump), correct it, or drop it. Nothing is dropped unasked.
 */
export function QueuedReadingItem({ item, showMeter }: { item: QueuedReading; showMeter: boolean }) {
  const mode = useSignal<Mode>("view");
  const text = useSignal("");
  const problem = useSignal<FieldProblem | null>(null);
  const busy = useSignal(false);
  const unit = unitLabel(item.unit);
  const value = `${formatIndex(item.body.value)}\u00a0${unit}`;
  const register =
    item.body.register && item.body.register !== "single" ? registerLabel(item.body.register) : null;
  // "Annuler" takes the form away: focus goes back to the button that opened it, not to the page.
  const changeButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (mode.value === "view" && wasOpen.current) changeButton.current?.focus();
    wasOpen.current = mode.value !== "view";
  }, [mode.value]);

  async function act(work: () => Promise<unknown>) {
    busy.value = true;
    try {
      await work();
    } finally {
      busy.value = false;
    }
  }

  function fix() {
    const question = numberQuestion(text.value, unit);
    if (question) {
      problem.value = question;
      return;
    }
    const corrected = parseDecimal(text.value);
    if (corrected === null) {
      problem.value = { title: t("reading.invalidNumber") };
      return;
    }
    void act(() => readingQueue.retry(item, corrected));
  }

  return (
    <li class={item.status === "refused" ? "history-item queued-item refused" : "history-item queued-item"}>
      <div class="history-row">
        <p class="history-date">
          {showMeter && (
            <strong>
              <StaffText>{item.meterName}</StaffText> ·{" "}
            </strong>
          )}
          {formatDate(item.body.readAt)}
        </p>
        <p class="history-value">{register ? `${register} : ${value}` : value}</p>
      </div>
      {item.status === "pending" ? (
        <p class="waiting-badge">{t("offline.waiting")}</p>
      ) : (
        <div class="queued-problem">
          <p class="alert-title">{t("offline.refused")}</p>
          <p>{item.problem?.title}</p>
          {item.problem?.detail && <p>{item.problem.detail}</p>}
        </div>
      )}
      {item.status === "refused" && mode.value === "view" && (
        <div class="button-column">
          {item.problem?.code === "reading.needs_confirmation" && (
            <button
              type="button"
              class="button primary"
              disabled={busy.value}
              onClick={() => void act(() => readingQueue.retry(item))}
            >
              {t("reading.confirmYes", { value: formatIndex(item.body.value) })}
            </button>
          )}
          <button
            ref={changeButton}
            type="button"
            class="button secondary"
            onClick={() => {
              text.value = String(item.body.value).replace(".", ",");
              mode.value = "fix";
            }}
          >
            {t("history.change")}
          </button>
          <button type="button" class="button secondary danger" onClick={() => (mode.value = "drop")}>
            {t("history.delete")}
          </button>
        </div>
      )}
      {mode.value === "fix" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            fix();
          }}
          noValidate
          class="inline-form"
        >
          <EntryField
            type="decimal"
            name={`fix-${item.body.clientId}`}
            label={t("history.newValue", { unit })}
            value={text.value}
            problem={problem.value}
            onInput={(v) => {
              text.value = v;
              problem.value = null;
            }}
            onChoose={(chosen) => {
              text.value = chosen;
              problem.value = null;
              fix();
            }}
          />
          <div class="button-row">
            <button type="submit" class="button primary" disabled={busy.value}>
              {t("history.saveCorrection")}
            </button>
            <button type="button" class="button secondary" onClick={() => (mode.value = "view")}>
              {t("action.cancel")}
            </button>
          </div>
        </form>
      )}
      {mode.value === "drop" && (
        <div class="confirm">
          <p>{t("offline.dropConfirm", { date: formatDate(item.body.readAt), value })}</p>
          <div class="button-row">
            <button
              type="button"
              class="button primary danger"
              disabled={busy.value}
              onClick={() => void act(() => readingQueue.discard(item))}
            >
              {t("history.deleteYes")}
            </button>
            <button type="button" class="button secondary" onClick={() => (mode.value = "view")}>
              {t("action.cancel")}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
