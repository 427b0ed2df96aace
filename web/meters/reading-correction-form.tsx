import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { CheckboxField } from "../components/field.tsx";
import { asApiError } from "../lib/api.ts";
import { parseDecimal } from "../lib/decimal.ts";
import { t } from "../lib/i18n/index.ts";
import type { useAction } from "../lib/use-action.ts";
import { EntryField, type FieldProblem } from "./entry-field.tsx";
import { resetLabel } from "./meter-words.ts";
import { metersApi, type Reading } from "./meters-api.ts";
import { numberQuestion } from "./number-choice.ts";
import { confirmationProblem } from "./reading-entry-checks.ts";

/**
 * The right number for a reading of the history. A number that looks like a typing slip asks for a
 * second tap, as a new reading does; one below the reading before offers the « remise à zéro » box
 * its refusal speaks of, until the number changes.
 */
export function ReadingCorrectionForm({
  reading,
  unit,
  kind,
  action,
  onSaved,
  onCancel,
  onDelete,
}: {
  reading: Reading;
  unit: string;
  /** The meter's kind: an allocator's reset is said as its yearly reset. */
  kind: string;
  action: ReturnType<typeof useAction>;
  onSaved: (reading: Reading) => void;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const text = useSignal(String(reading.value).replace(".", ","));
  const problem = useSignal<FieldProblem | null>(null);
  const mustConfirm = useSignal(false);
  const resetOffered = useSignal(false);
  const reset = useSignal(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  function changed(value: string) {
    if (value === text.value) return;
    text.value = value;
    problem.value = null;
    mustConfirm.value = false;
    // The box answered the refusal of the number before.
    resetOffered.value = false;
    reset.value = false;
  }

  function save() {
    const question = numberQuestion(text.value, unit);
    if (question) {
      problem.value = question;
      return;
    }
    const value = parseDecimal(text.value);
    if (value === null) {
      problem.value = { title: t("reading.invalidNumber") };
      return;
    }
    const body = {
      value,
      ...(mustConfirm.value ? { confirm: true } : {}),
      ...(reset.value ? { reset: true } : {}),
    };
    void action.run(async () => {
      try {
        onSaved(await metersApi.correctReading(reading.id, body));
      } catch (error) {
        const e = asApiError(error);
        if (!e.fieldErrors.value) throw e;
        // Said next to the field; a big jump needs a second tap, after reading the meter again.
        mustConfirm.value = e.code === "reading.needs_confirmation";
        if (e.code === "reading.below_previous") resetOffered.value = true;
        problem.value = mustConfirm.value
          ? confirmationProblem({ register: reading.register, value, problem: e, unit })
          : { title: e.title, detail: e.detail };
      }
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      noValidate
      class="inline-form"
    >
      <EntryField
        type="decimal"
        name={`correct-${reading.id}`}
        label={t("history.newValue", { unit })}
        value={text.value}
        problem={problem.value}
        inputRef={input}
        onInput={changed}
        onChoose={(chosen) => {
          changed(chosen);
          input.current?.focus();
          save();
        }}
      />
      {resetOffered.value && (
        <CheckboxField
          name={`reset-${reading.id}`}
          label={resetLabel(kind)}
          checked={reset.value}
          onChange={(event) => {
            reset.value = event.currentTarget.checked;
          }}
        />
      )}
      <div class="button-row">
        <button type="submit" class="button primary" disabled={action.pending.value}>
          {mustConfirm.value ? t("history.confirmCorrection") : t("history.saveCorrection")}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t("action.cancel")}
        </button>
      </div>
      <button type="button" class="button secondary danger" onClick={onDelete}>
        {t("history.delete")}
      </button>
    </form>
  );
}
