import type { TargetedSubmitEvent } from "preact";
import { useLocation } from "preact-iso";
import { Field, SelectField } from "../components/field.tsx";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, language, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";

const FIELDS = ["code", "displayName", "email", "password", "language"] as const;

/** A person invited by a coordinator (or the administrator) creates their account and joins. */
export default function AcceptInvitationPage() {
  const { query, route } = useLocation();
  const { pending, problem, run } = useAction();
  const errors = problem.value?.fieldErrors ?? {};

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: (typeof FIELDS)[number]) => String(form.get(name) ?? "");
    const chosen = value("language");
    void run(async () => {
      const me = await request(
        client.api.invitations.accept.$post({
          json: {
            code: value("code").trim(),
            displayName: value("displayName").trim(),
            email: value("email").trim(),
            password: value("password"),
            language: isLanguage(chosen) ? chosen : language.value,
          },
        }),
      );
      await session.signedIn(me);
      route("/");
    });
  }

  return (
    <Page title={t("accept.title")}>
      <p>{t("accept.intro")}</p>
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem.value} shownFields={FIELDS} />
        <Field
          name="code"
          label={t("accept.code")}
          error={errors.code}
          defaultValue={query.code ?? ""}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          required
        />
        <Field
          name="displayName"
          label={t("accept.displayName")}
          hint={t("accept.displayNameHint")}
          error={errors.displayName}
          autocomplete="name"
          required
        />
        <Field
          name="email"
          label={t("field.email")}
          error={errors.email}
          type="email"
          autocomplete="email"
          spellcheck={false}
          required
        />
        <Field
          name="password"
          label={t("field.password")}
          hint={t("accept.passwordHint")}
          error={errors.password}
          type="password"
          autocomplete="new-password"
          minLength={10}
          required
        />
        <SelectField
          name="language"
          label={t("field.language")}
          error={errors.language}
          defaultValue={language.value}
          options={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
        />
        <button type="submit" class="button primary" disabled={pending.value}>
          {t("accept.submit")}
        </button>
      </form>
    </Page>
  );
}
