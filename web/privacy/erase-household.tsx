import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { privacyApi } from "./privacy-api.ts";

/**
 * "Effacer ce ménage" (GDPR): says what goes and what stays, and asks for the household's code typed
 * again, which no double tap can do by accident. The server checks the code too.
 */
export function EraseHousehold({
  householdId,
  code,
  pseudonym,
  onErased,
}: {
  householdId: string;
  code: string;
  pseudonym: string;
  onErased: () => void;
}) {
  const open = useSignal(false);
  const typed = useSignal("");
  const mismatch = useSignal(false);
  const { pending, problem, run } = useAction();

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    mismatch.value = typed.value.trim().toUpperCase() !== code.toUpperCase();
    if (mismatch.value) {
      event.currentTarget.querySelector<HTMLInputElement>("input")?.focus();
      return;
    }
    void run(async () => {
      await privacyApi.erase(householdId, typed.value.trim());
      onErased();
    });
  }

  if (!open.value)
    return (
      <button type="button" class="button secondary danger" onClick={() => (open.value = true)}>
        {t("erase.start")}
      </button>
    );
  return (
    <div class="danger-zone">
      <p class="alert-title">{t("erase.warningTitle", { name: pseudonym })}</p>
      <p>{t("erase.gone")}</p>
      <p>{t("erase.kept")}</p>
      <p>{t("erase.exportFirst")}</p>
      <form onSubmit={submit} noValidate class="inline-form">
        <ProblemAlert problem={problem.value} shownFields={["confirmCode"]} />
        <Field
          name="confirmCode"
          label={t("erase.typeCode", { code })}
          error={mismatch.value ? t("erase.codeMismatch") : problem.value?.fieldErrors.confirmCode}
          value={typed.value}
          onInput={(event) => (typed.value = event.currentTarget.value)}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
        />
        <div class="button-row">
          <button type="submit" class="button primary danger" disabled={pending.value}>
            {t("erase.confirm")}
          </button>
          <button type="button" class="button secondary" onClick={() => (open.value = false)}>
            {t("action.cancel")}
          </button>
        </div>
      </form>
    </div>
  );
}
