import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { TIP_CATEGORIES } from "./group-words.ts";
import { groupsApi, type PromoteInput, type SharedTip, type Theme } from "./groups-api.ts";
import { useGroupForm } from "./use-group-form.ts";

const EFFORTS = ["low", "medium", "high"] as const;
const COSTS = ["free", "low", "medium", "high"] as const;

/**
 * A coordinator turns a household's trick into a tip of the organisation's library: a title, its
 * theme, effort and cost; the explanation is the household's own words.
 */
export function PromoteForm({
  tip,
  theme,
  onSaved,
}: {
  tip: SharedTip;
  theme: Theme;
  onSaved: (tip: SharedTip) => void;
}) {
  const { formRef, pending, problem, errors, onSubmit } = useGroupForm();
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const input: PromoteInput = {
            title: read.text("title", { required: true }),
            category: read.text("category") as PromoteInput["category"],
            effort: read.text("effort") as PromoteInput["effort"],
            cost: read.text("cost") as PromoteInput["cost"],
          };
          return async () => onSaved(await groupsApi.promoteSharedTip(tip.id, input));
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={["title", "category", "effort", "cost"]} />
      <Field
        name="title"
        label={t("groups.promote.tipTitle")}
        hint={t("groups.promote.tipTitleHint")}
        error={errors.title}
        autocomplete="off"
      />
      <SelectField
        name="category"
        label={t("groups.session.theme")}
        error={errors.category}
        defaultValue={theme === "free" ? "heating" : theme}
        options={TIP_CATEGORIES.map((c) => ({ value: c, label: t(`groups.theme.${c}`) }))}
      />
      <SelectField
        name="effort"
        label={t("groups.promote.effort")}
        error={errors.effort}
        defaultValue="low"
        options={EFFORTS.map((e) => ({ value: e, label: t(`groups.promote.effort.${e}`) }))}
      />
      <SelectField
        name="cost"
        label={t("groups.promote.cost")}
        error={errors.cost}
        defaultValue="free"
        options={COSTS.map((c) => ({ value: c, label: t(`groups.promote.cost.${c}`) }))}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("groups.promote.submit")}
      </button>
    </form>
  );
}
