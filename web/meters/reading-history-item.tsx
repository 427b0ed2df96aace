import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatDate, formatDateTime, formatIndex } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { registerLabel } from "./meter-words.ts";
import { metersApi, type Reading } from "./meters-api.ts";
import { ReadingCorrectionForm } from "./reading-correction-form.tsx";

const FLAG_KEYS: Record<string, MessageKey> = {
  start: "history.flag.start",
  final: "history.flag.final",
  reset: "history.flag.reset",
  confirmed_jump: "history.flag.confirmed_jump",
};

type Mode = "view" | "edit" | "delete";

/**
 * One reading of the history. Its author may correct the value or delete it, after saying yes once
 * more; a correction that looks like a typing slip asks for the same confirmation as a new reading.
 */
export function ReadingHistoryItem({
  reading,
  unit,
  kind,
  showRegister,
  withTime,
  editable,
  onChanged,
  onDeleted,
}: {
  reading: Reading;
  unit: string;
  /** The meter's kind (words of the reset box). */
  kind: string;
  showRegister: boolean;
  /** Another reading of the register on the same day: the time tells them apart. */
  withTime: boolean;
  editable: boolean;
  onChanged: (reading: Reading) => void;
  onDeleted: (reading: Reading) => void;
}) {
  const mode = useSignal<Mode>("view");
  const action = useAction();
  const firstControl = useRef<HTMLElement | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (mode.value === "delete") firstControl.current?.focus();
    // Cancelled or saved, the form is gone: focus goes back to the button that opened it.
    if (mode.value === "view" && wasOpen.current) changeButton.current?.focus();
    wasOpen.current = mode.value !== "view";
  }, [mode.value]);

  function remove() {
    void action.run(async () => {
      await metersApi.deleteReading(reading.id);
      onDeleted(reading);
    });
  }

  const flags = reading.flags.filter((f) => FLAG_KEYS[f]).map((f) => t(FLAG_KEYS[f] as MessageKey));
  const what = `${formatIndex(reading.value)} ${unit}`;
  const when = withTime ? formatDateTime(reading.readAt) : formatDate(reading.readAt);
  return (
    <li class="history-item">
      <div class="history-row">
        <p class="history-date">{when}</p>
        <p class="history-value">
          {showRegister
            ? t("meters.registerValue", {
                register: registerLabel(reading.register),
                value: formatIndex(reading.value),
                unit,
              })
            : what}
        </p>
      </div>
      {(flags.length > 0 || reading.source === "adviser") && (
        <p class="muted">
          {[...flags, ...(reading.source === "adviser" ? [t("history.byAdviser")] : [])].join(" · ")}
        </p>
      )}
      {editable && mode.value === "view" && (
        <button
          ref={changeButton}
          type="button"
          class="button secondary"
          onClick={() => (mode.value = "edit")}
        >
          {t("history.change")}
          <span class="visually-hidden"> {t("history.theReading", { date: when })}</span>
        </button>
      )}
      {mode.value === "edit" && (
        <ReadingCorrectionForm
          reading={reading}
          unit={unit}
          kind={kind}
          action={action}
          onSaved={(updated) => {
            mode.value = "view";
            onChanged(updated);
          }}
          onCancel={() => (mode.value = "view")}
          onDelete={() => (mode.value = "delete")}
        />
      )}
      {mode.value === "delete" && (
        <div
          class="confirm"
          tabIndex={-1}
          ref={(el) => {
            firstControl.current = el;
          }}
        >
          <p>{t("history.deleteConfirm", { date: when, value: what })}</p>
          <div class="button-row">
            <button
              type="button"
              class="button primary danger"
              disabled={action.pending.value}
              onClick={remove}
            >
              {t("history.deleteYes")}
            </button>
            <button type="button" class="button secondary" onClick={() => (mode.value = "view")}>
              {t("action.cancel")}
            </button>
          </div>
        </div>
      )}
      <ProblemAlert problem={action.problem.value} />
    </li>
  );
}
