import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { useId } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { ApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type ComfortProblem, type TenantBuilding, tenantApi } from "./tenant-api.ts";
import { problemName, WARMTH_LEVELS, warmthName } from "./tenant-words.ts";

type Answer = NonNullable<NonNullable<TenantBuilding["survey"]>["answer"]>;

const PROBLEMS: readonly ComfortProblem[] = [
  "cold_radiator",
  "too_hot",
  "noisy_heating",
  "no_hot_water",
  "damp_or_mould",
  "draughts",
  "other",
];

/**
 * This week's comfort survey: five big choices in words, the problems noticed, a comment. Answering
 * again the same week replaces the answer; the form starts from it.
 */
export function SurveyForm({ buildingId, answer }: { buildingId: string; answer: Answer | null }) {
  const saved = useSignal<Answer | null>(answer);
  const warmth = useSignal<number | null>(answer?.warmth ?? null);
  const { pending, problem, run } = useAction();
  const ids = useId();

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const chosen = warmth.value;
    void run(async () => {
      if (chosen === null)
        throw new ApiError({ status: 0, code: "survey.pick", title: t("tenant.surveyPickWarmth") });
      saved.value = await tenantApi.answerSurvey(buildingId, {
        warmth: chosen,
        problems: form.getAll("problems").map(String) as ComfortProblem[],
        comment: String(form.get("comment") ?? "").trim() || null,
      });
    });
  }

  return (
    <form class="survey-form" onSubmit={submit} noValidate>
      <fieldset class="warmth-choices">
        <legend>{t("tenant.surveyWarmth")}</legend>
        {WARMTH_LEVELS.map((level) => (
          <label key={level} class={`warmth-choice warmth-${level}`}>
            <input
              type="radio"
              name="warmth"
              value={level}
              checked={warmth.value === level}
              onChange={() => {
                warmth.value = level;
              }}
            />
            <span>{warmthName(level)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="problem-choices">
        <legend>{t("tenant.surveyProblems")}</legend>
        {PROBLEMS.map((p) => (
          <label key={p} class="checkbox">
            <input
              type="checkbox"
              name="problems"
              value={p}
              defaultChecked={saved.value?.problems.includes(p) ?? false}
            />
            {problemName(p)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${ids}-comment`}>{t("tenant.surveyComment")}</label>
        <textarea id={`${ids}-comment`} name="comment" rows={3} maxLength={1000}>
          {saved.value?.comment ?? ""}
        </textarea>
      </div>
      <ProblemAlert problem={problem.value} />
      <p role="status" class={saved.value ? "survey-thanks" : "alert-empty"}>
        {saved.value ? t("tenant.surveyThanks") : ""}
      </p>
      <button type="submit" class="button primary big" disabled={pending.value}>
        {saved.value ? t("tenant.surveyChange") : t("tenant.surveySend")}
      </button>
    </form>
  );
}
