import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { CheckboxField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { tipText } from "./group-words.ts";
import { groupsApi, type Theme, type Tip } from "./groups-api.ts";

/**
 * The tips covered, chosen among the library's tips of the session's theme (checkboxes named
 * `tipIds`). Tips chosen earlier stay listed even when the theme changed, so none is dropped unseen.
 */
export function TipPicker({
  theme,
  chosen = [],
  error,
}: {
  theme: Theme;
  chosen?: ReadonlyArray<Pick<Tip, "id" | "text">>;
  error?: string;
}) {
  const tips = useSignal<Tip[] | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    tips.value = null;
    if (theme === "free") return;
    groupsApi.tips(theme).then(
      (list) => (tips.value = list),
      (e) => (problem.value = asApiError(e)),
    );
  }, [theme, tips, problem]);

  const chosenIds = new Set(chosen.map((tip) => tip.id));
  const shown = [...chosen, ...(tips.value ?? []).filter((tip) => !chosenIds.has(tip.id))];
  return (
    <fieldset class="group-fieldset tip-picker">
      <legend>{t("groups.session.tips")}</legend>
      <p class="hint">{theme === "free" ? t("groups.session.tipsFreeHint") : t("groups.session.tipsHint")}</p>
      {error && <p class="field-error">{error}</p>}
      <ProblemAlert problem={problem.value} />
      {theme !== "free" && tips.value === null && !problem.value && (
        <p role="status">{t("status.loading")}</p>
      )}
      {shown.map((tip) => (
        <CheckboxField
          key={`${theme}-${tip.id}`}
          name="tipIds"
          value={tip.id}
          label={<StaffText lang={tipText(tip.text).lang}>{tipText(tip.text).title}</StaffText>}
          defaultChecked={chosenIds.has(tip.id)}
        />
      ))}
    </fieldset>
  );
}
