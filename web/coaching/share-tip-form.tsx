import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { coachingApi } from "./coaching-api.ts";
import { TextAreaField } from "./text-area-field.tsx";

/**
 * A household shares a trick in its own words; the adviser sees it first and may publish it to the
 * group. Folded, above the library, so it is found without scrolling past every tip.
 */
export function ShareTipForm({ householdId }: { householdId: string }) {
  const { pending, problem, run } = useAction();
  const sent = useSignal(false);

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get("text") ?? "");
    sent.value = false;
    void run(async () => {
      await coachingApi.shareTip(householdId, text);
      form.reset();
      sent.value = true;
    });
  }

  return (
    <details class="panel">
      <summary>{t("tipsPage.share")}</summary>
      <p>{t("tipsPage.shareIntro")}</p>
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem.value} shownFields={["text"]} />
        <TextAreaField
          name="text"
          label={t("tipsPage.shareLabel")}
          hint={t("tipsPage.shareHint")}
          rows={4}
          error={problem.value?.fieldErrors.text}
        />
        <p role="status" class={sent.value ? "done" : "alert-empty"}>
          {sent.value ? t("tipsPage.shared") : ""}
        </p>
        <button type="submit" class="button primary" disabled={pending.value}>
          {t("tipsPage.shareSend")}
        </button>
      </form>
    </details>
  );
}
