import type { TargetedSubmitEvent } from "preact";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";

/** E-mail and password, for advisers, coordinators, housing managers and administrators. */
export function StaffLoginForm() {
  const { pending, problem, run } = useAction();
  const errors = problem.value?.fieldErrors ?? {};

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(async () => {
      const me = await request(
        client.api.auth.login.$post({
          json: { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") },
        }),
      );
      await session.signedIn(me);
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert problem={problem.value} shownFields={["email", "password"]} />
      <Field
        name="email"
        label={t("field.email")}
        error={errors.email}
        type="email"
        autocomplete="username"
        spellcheck={false}
        required
      />
      <Field
        name="password"
        label={t("field.password")}
        error={errors.password}
        type="password"
        autocomplete="current-password"
        required
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {pending.value ? t("action.signingIn") : t("action.signIn")}
      </button>
    </form>
  );
}
