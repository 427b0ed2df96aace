import { useEffect, useRef } from "preact/hooks";
import { CheckboxField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatDay, formatIndex } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { EntryField } from "./entry-field.tsx";
import { registerLabel, resetLabel, unitLabel } from "./meter-words.ts";
import type { Register } from "./meters-api.ts";
import { confirmationSentence } from "./reading-entry-checks.ts";
import type { ReadingEntry } from "./reading-entry-state.ts";

/**
 * The reading itself: one big field per register with the previous index next to it, the day, and
 * the confirmation step when the number looks like a typing slip.
 */
export function ReadingForm({ entry }: { entry: ReadingEntry }) {
  const { meter, registers } = entry;
  const unit = unitLabel(meter.unit);
  const inputs = useRef<Partial<Record<Register, HTMLInputElement | null>>>({});
  const confirmBox = useRef<HTMLDivElement>(null);
  const confirmation = entry.confirmation.value;
  const problems = entry.problems.value;
  const isLevel = meter.readingMode === "stock_level";

  useEffect(() => {
    if (confirmation) confirmBox.current?.focus();
  }, [confirmation]);

  function focusFirstProblem() {
    const first = registers.find((r) => entry.problems.value[r]);
    if (first) inputs.current[first]?.focus();
  }

  async function send() {
    const done = await entry.save();
    if (!done && !entry.confirmation.value) focusFirstProblem();
  }

  function submit(event: Event) {
    event.preventDefault();
    void send();
  }

  /** "1.100": the number tapped goes into the field and is sent as if typed so. */
  function choose(register: Register, text: string) {
    entry.setValue(register, text);
    void send();
  }

  function correctIt() {
    const register = entry.confirmation.value?.register;
    entry.dismissConfirmation();
    if (register) {
      inputs.current[register]?.focus();
      inputs.current[register]?.select();
    }
  }

  function label(register: Register) {
    if (isLevel) return t("reading.level", { unit });
    if (registers.length === 1) return t("reading.value", { unit });
    return t("reading.registerValue", { register: registerLabel(register), unit });
  }

  function previousText(register: Register) {
    const previous = entry.previousOf(register);
    if (!previous) return t("reading.noPrevious");
    return t("reading.previous", {
      value: formatIndex(previous.value),
      unit,
      date: formatDay(previous.readAt),
    });
  }

  return (
    <form onSubmit={submit} noValidate class="reading-form">
      <ProblemAlert problem={entry.problem.value} />
      {registers.map((register) => {
        const storedReading = entry.stored.value[register];
        return (
          <div key={register} class="register-entry">
            <EntryField
              type="decimal"
              name={`value-${register}`}
              label={label(register)}
              hint={previousText(register)}
              value={entry.values.value[register] ?? ""}
              problem={problems[register]}
              onInput={(text) => entry.setValue(register, text)}
              onChoose={(text) => choose(register, text)}
              inputRef={(el) => {
                inputs.current[register] = el;
              }}
              big
              disabled={Boolean(storedReading)}
            />
            {storedReading && <p class="stored-mark">{t("reading.storedRegister")}</p>}
            {entry.resetOffered.value[register] && !storedReading && (
              <CheckboxField
                name={`reset-${register}`}
                label={resetLabel(meter.kind)}
                checked={Boolean(entry.resets.value[register])}
                onChange={(event) => entry.setReset(register, event.currentTarget.checked)}
              />
            )}
          </div>
        );
      })}
      <EntryField
        type="date"
        name="day"
        label={t("reading.date")}
        hint={t("reading.dateHint")}
        value={entry.day.value}
        max={entry.today}
        problem={problems.readAt}
        onInput={(value) => entry.setDay(value)}
        disabled={Object.keys(entry.stored.value).length > 0}
      />
      <div role="alert" class={confirmation ? "confirm-step" : "alert-empty"}>
        {confirmation && (
          <div ref={confirmBox} tabIndex={-1}>
            <p class="confirm-title">{t("reading.confirmTitle")}</p>
            <p>{confirmationSentence(confirmation, unit)}</p>
            <p>{t("reading.confirmAsk", { value: formatIndex(confirmation.value) })}</p>
            <div class="button-column">
              <button
                type="button"
                class="button primary"
                disabled={entry.pending.value}
                onClick={() => void entry.confirm()}
              >
                {t("reading.confirmYes", { value: formatIndex(confirmation.value) })}
              </button>
              <button type="button" class="button secondary" onClick={correctIt}>
                {t("reading.confirmNo")}
              </button>
            </div>
          </div>
        )}
      </div>
      {!confirmation && (
        <button type="submit" class="button primary big" disabled={entry.pending.value}>
          {entry.pending.value ? t("reading.saving") : t("reading.save")}
        </button>
      )}
    </form>
  );
}
