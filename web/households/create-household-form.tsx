import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { useClientId } from "../lib/client-id.ts";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { HouseholdSecretCard } from "./household-secret-card.tsx";
import type { HouseholdSecret, HouseholdsState } from "./households-state.ts";

export function CreateHouseholdForm({ state }: { state: HouseholdsState }) {
  const { pending, problem, run } = useAction();
  const created = useSignal<HouseholdSecret | null>(null);
  const clientId = useClientId();
  const errors = problem.value?.fieldErrors ?? {};

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const code = String(form.get("code") ?? "").trim();
    const language = String(form.get("language"));
    created.value = null;
    void run(async () => {
      created.value = await state.create({
        pseudonym: String(form.get("pseudonym") ?? "").trim(),
        ...(code ? { code } : {}),
        language: isLanguage(language) ? language : "fr",
        clientId: clientId.current,
      });
      clientId.renew();
      formElement.reset();
    });
  }

  return (
    <>
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem.value} shownFields={["pseudonym", "code", "language"]} />
        <Field
          name="pseudonym"
          label={t("households.pseudonym")}
          hint={t("households.pseudonymHint")}
          error={errors.pseudonym}
          autocomplete="off"
          required
        />
        <Field
          name="code"
          label={t("households.code")}
          hint={t("households.codeHint")}
          error={errors.code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
        />
        <SelectField
          name="language"
          label={t("households.language")}
          error={errors.language}
          defaultValue="fr"
          options={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
        />
        <button type="submit" class="button primary" disabled={pending.value}>
          {t("households.createSubmit")}
        </button>
      </form>
      {created.value && <HouseholdSecretCard secret={created.value} title={t("households.created")} />}
    </>
  );
}
