import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { CheckboxField, Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";

/** Code + PIN, written on the card the household received from its adviser. */
export function HouseholdLoginForm() {
  const { pending, problem, run } = useAction();
  const showPin = useSignal(false);
  const errors = problem.value?.fieldErrors ?? {};

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const staySignedIn = form.get("staySignedIn") === "on";
    void run(async () => {
      const me = await request(
        client.api.auth["household-login"].$post({
          json: { code: String(form.get("code") ?? ""), pin: String(form.get("pin") ?? ""), staySignedIn },
        }),
      );
      await session.signedIn(me, { staySignedIn });
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>{t("login.household.intro")}</p>
      <ProblemAlert problem={problem.value} shownFields={["code", "pin"]} />
      <Field
        name="code"
        label={t("login.household.code")}
        hint={t("login.household.codeHint")}
        error={errors.code}
        autocomplete="username"
        autocapitalize="characters"
        autocorrect="off"
        spellcheck={false}
        required
      />
      {/* A PIN is a lasting secret, not a one-time code: "current-password" lets the phone keep it
          on request, and the numeric keypad opens. */}
      <Field
        name="pin"
        label={t("login.household.pin")}
        hint={t("login.household.pinHint")}
        error={errors.pin}
        type={showPin.value ? "text" : "password"}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={8}
        autocomplete="current-password"
        required
      />
      <CheckboxField
        name="showPin"
        label={t("login.household.showPin")}
        checked={showPin.value}
        onChange={(event) => {
          showPin.value = event.currentTarget.checked;
        }}
      />
      <CheckboxField name="staySignedIn" label={t("login.household.staySignedIn")} />
      <button type="submit" class="button primary" disabled={pending.value}>
        {pending.value ? t("action.signingIn") : t("action.signIn")}
      </button>
    </form>
  );
}
