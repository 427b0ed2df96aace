import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { LANGUAGE_NAMES, LANGUAGES, type Language, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";

const choose = (staffLanguage: Language) =>
  request(client.api.settings["staff-language"].$put({ json: { staffLanguage } }));

/**
 * The language the team writes its group names, notes and questions in: pages mark those texts
 * with it, so a screen reader reads them with the right voice. The coordinator chooses it; the
 * other roles see which one it is.
 */
export function StaffLanguageSection({ canEdit }: { canEdit: boolean }) {
  const saved = useSignal<string | null>(null);
  const { pending, problem, run } = useAction();
  const current = session.staffLanguage.value;

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get("staffLanguage")) as Language;
    saved.value = null;
    void run(async () => {
      await choose(chosen);
      // Every page reads it from the session.
      await session.load();
      saved.value = t("settings.staffLanguage.saved");
    });
  }

  return (
    <section aria-labelledby="staff-language-title">
      <h2 id="staff-language-title">{t("settings.staffLanguage.title")}</h2>
      <p>{t("settings.staffLanguage.intro")}</p>
      <p class="setting-value">{t("settings.staffLanguage.used", { language: LANGUAGE_NAMES[current] })}</p>
      <p role="status" class={saved.value ? "done" : "alert-empty"}>
        {saved.value}
      </p>
      {canEdit && (
        <form class="settings-form" onSubmit={submit} noValidate>
          <ProblemAlert problem={problem.value} shownFields={["staffLanguage"]} />
          <SelectField
            name="staffLanguage"
            label={t("settings.staffLanguage.label")}
            error={problem.value?.fieldErrors.staffLanguage}
            defaultValue={current}
            options={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
          />
          <button type="submit" class="button primary" disabled={pending.value}>
            {t("settings.staffLanguage.save")}
          </button>
        </form>
      )}
    </section>
  );
}
