import type { TargetedSubmitEvent } from "preact";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { language, type MessageKey, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { coachingApi, type Tip, type TipInput } from "./coaching-api.ts";
import { categoryName, TIP_CATEGORIES, tipText } from "./coaching-words.ts";
import { TextAreaField } from "./text-area-field.tsx";

const EFFORTS = ["low", "medium", "high"] as const;
const COSTS = ["free", "low", "medium", "high"] as const;
const FIELDS = ["category", "effort", "cost", "text", "title", "body"];

/**
 * A coordinator's tip for the organisation's library, written in the language on screen (the
 * others, if any, are kept). `tip` absent: a new one.
 */
export function TipForm({ tip, onSaved }: { tip?: Tip; onSaved: (tip: Tip) => void }) {
  const { pending, problem, run } = useAction();
  const words = tip ? tipText(tip.text) : { title: "", body: "" };

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const written = { title: String(data.get("title") ?? ""), body: String(data.get("body") ?? "") };
    const fields = {
      category: String(data.get("category")) as TipInput["category"],
      effort: String(data.get("effort")) as TipInput["effort"],
      cost: String(data.get("cost")) as TipInput["cost"],
      text: { ...tip?.text, [language.value]: written },
    };
    void run(async () => {
      const saved = tip ? await coachingApi.editTip(tip.id, fields) : await coachingApi.addTip(fields);
      if (!tip) form.reset();
      onSaved(saved);
    });
  }

  // The API names a field in the texts `text.fr.title`: it is shown beside the box it is about.
  const fieldError = (name: "title" | "body") =>
    Object.entries(problem.value?.fieldErrors ?? {}).find(([field]) => field.endsWith(name))?.[1];
  return (
    <form class="settings-form" onSubmit={submit} noValidate>
      <ProblemAlert
        problem={problem.value}
        shownFields={FIELDS.concat(
          Object.keys(problem.value?.fieldErrors ?? {}).filter((f) => f.startsWith("text.")),
        )}
      />
      <SelectField
        name="category"
        label={t("tipsPage.category")}
        defaultValue={tip?.category}
        options={TIP_CATEGORIES.map((c) => ({ value: c, label: categoryName(c) }))}
      />
      <Field
        name="title"
        label={t("tipsPage.tipTitle")}
        defaultValue={words.title}
        error={fieldError("title")}
      />
      <TextAreaField
        name="body"
        label={t("tipsPage.tipBody")}
        hint={t("tipsPage.tipBodyHint")}
        rows={5}
        defaultValue={words.body}
        error={fieldError("body")}
      />
      <SelectField
        name="effort"
        label={t("tipsPage.effort")}
        defaultValue={tip?.effort}
        options={EFFORTS.map((e) => ({ value: e, label: t(`tipsPage.effort.${e}` as MessageKey) }))}
      />
      <SelectField
        name="cost"
        label={t("tipsPage.cost")}
        defaultValue={tip?.cost}
        options={COSTS.map((c) => ({ value: c, label: t(`tipsPage.cost.${c}` as MessageKey) }))}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t(tip ? "tipsPage.saveTip" : "tipsPage.addTip")}
      </button>
    </form>
  );
}
