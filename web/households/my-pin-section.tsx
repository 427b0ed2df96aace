import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { CheckboxField, Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";

/** The PIN fields: the numeric keypad, at most 8 digits, hidden unless asked. */
const PIN_INPUT = { inputMode: "numeric", pattern: "[0-9]*", maxLength: 8, required: true } as const;

/**
 * "Mon code secret" on a household's home: the PIN handed out on paper was known to whoever handed
 * it out, so the household is invited to choose one only it knows (POST /api/me/pin). Its other
 * phones are signed out; this one stays signed in.
 */
export function MyPinSection({ ownPinSince }: { ownPinSince: string | null }) {
  const open = useSignal(false);
  const show = useSignal(false);
  const done = useSignal(false);
  const mismatch = useSignal(false);
  const { pending, problem, run } = useAction();
  const errors = problem.value?.fieldErrors ?? {};
  // The form that had focus goes away once saved: focus moves to the line saying it is done.
  const statusLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done.value) statusLine.current?.focus();
  }, [done.value]);
  // The button had focus and was disabled while waiting: after a refusal, focus goes to the field
  // to correct (its message is read with it), or back to the button, never to the page.
  const form = useRef<HTMLFormElement>(null);
  const refusals = useSignal(0);
  useEffect(() => {
    if (!refusals.value) return;
    const wrong = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (wrong ?? form.current?.querySelector<HTMLElement>('button[type="submit"]'))?.focus();
  }, [refusals.value]);

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    const [currentPin, newPin, again] = [field("currentPin"), field("newPin"), field("newPinAgain")];
    mismatch.value = newPin !== again;
    if (mismatch.value) {
      // Only this is wrong now: an earlier refusal from the server would say otherwise.
      problem.value = null;
      refusals.value++;
      return;
    }
    void run(async () => {
      await request(client.api.me.pin.$post({ json: { currentPin, newPin } }));
      await session.load();
      open.value = false;
      done.value = true;
    }).then(() => {
      if (problem.value) refusals.value++;
    });
  }

  return (
    <section aria-labelledby="my-pin-title" class="my-data">
      <h2 id="my-pin-title">{t("myPin.title")}</h2>
      <p role="status" ref={statusLine} tabIndex={-1}>
        {done.value
          ? t("myPin.done")
          : ownPinSince
            ? t("myPin.chosenOn", { date: formatDate(ownPinSince) })
            : t("myPin.handedOut")}
      </p>
      {!open.value ? (
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            open.value = true;
            done.value = false;
          }}
        >
          {t(ownPinSince ? "myPin.change" : "myPin.choose")}
        </button>
      ) : (
        <form ref={form} onSubmit={submit} noValidate>
          <ProblemAlert problem={problem.value} shownFields={["currentPin", "newPin"]} />
          <Field
            name="currentPin"
            label={t("myPin.current")}
            error={errors.currentPin}
            type={show.value ? "text" : "password"}
            autocomplete="current-password"
            {...PIN_INPUT}
          />
          <Field
            name="newPin"
            label={t("myPin.new")}
            hint={t("myPin.newHint")}
            error={errors.newPin}
            type={show.value ? "text" : "password"}
            autocomplete="new-password"
            {...PIN_INPUT}
          />
          <Field
            name="newPinAgain"
            label={t("myPin.again")}
            error={mismatch.value ? t("myPin.mismatch") : undefined}
            type={show.value ? "text" : "password"}
            autocomplete="new-password"
            {...PIN_INPUT}
          />
          <CheckboxField
            name="showPin"
            label={t("login.household.showPin")}
            checked={show.value}
            onChange={(e) => {
              show.value = e.currentTarget.checked;
            }}
          />
          <div class="button-row">
            <button type="submit" class="button primary" disabled={pending.value}>
              {t("myPin.save")}
            </button>
            <button type="button" class="button secondary" onClick={() => (open.value = false)}>
              {t("action.cancel")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
