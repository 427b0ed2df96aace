import "../lib/i18n/fr-coaching.ts";
import { useSignal } from "@preact/signals";
import { SelectField } from "../components/field.tsx";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { useAdviserFollows } from "../lib/adviser-follows.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { coachingApi, type Tip, type TipCategory } from "./coaching-api.ts";
import { categoryName, savingText, TIP_CATEGORIES, tipText } from "./coaching-words.ts";
import { ShareTipForm } from "./share-tip-form.tsx";
import { TipForm } from "./tip-form.tsx";
import { useLoaded } from "./use-loaded.ts";

function TipCard({ tip, canEdit, onSaved }: { tip: Tip; canEdit: boolean; onSaved: () => void }) {
  const editing = useSignal(false);
  const words = tipText(tip.text);
  const saving = savingText(tip.saving);
  return (
    <li class="card tip-card">
      <p class="card-title">
        <StaffText lang={words.lang}>{words.title}</StaffText>
      </p>
      <p>
        <StaffText lang={words.lang}>{words.body}</StaffText>
      </p>
      {saving && <p class="tip-saving">{saving}</p>}
      <p class="badges">
        <span class="badge">{categoryName(tip.category)}</span>
        <span class="badge">{t(`tipsPage.effort.${tip.effort}` as MessageKey)}</span>
        <span class="badge">{t(`tipsPage.cost.${tip.cost}` as MessageKey)}</span>
        {tip.scope === "organisation" && <span class="badge">{t("tipsPage.ours")}</span>}
      </p>
      {canEdit && tip.scope === "organisation" && (
        <>
          <button type="button" class="button secondary" onClick={() => (editing.value = !editing.value)}>
            {t(editing.value ? "action.cancel" : "tipsPage.edit")}
            <span class="visually-hidden">
              {" — "}
              <StaffText lang={words.lang}>{words.title}</StaffText>
            </span>
          </button>
          {editing.value && (
            <TipForm
              tip={tip}
              onSaved={() => {
                editing.value = false;
                onSaved();
              }}
            />
          )}
        </>
      )}
    </li>
  );
}

/**
 * `/conseils`: the tips library in the person's language, by category, for everyone signed in.
 * Coordinators add and edit their organisation's tips (the platform's are read-only); a household
 * may share a trick of its own.
 */
export default function TipsPage() {
  const category = useSignal<TipCategory | "">("");
  const tips = useLoaded(
    () => coachingApi.tips(category.value ? { category: category.value } : {}),
    [category.value],
  );
  const role = session.role.value;
  const householdId = session.me.value?.householdId ?? null;
  const canEdit = role === "coordinator";
  // A shared trick is read by an adviser: a housing company's tenant has one only within a group.
  const followed = useAdviserFollows(role === "household" ? householdId : null);
  const canShare = role === "household" && followed;
  const list = tips.value.value;
  return (
    <Page title={t("tipsPage.title")}>
      <p class="lead">{t("tipsPage.intro")}</p>
      {canShare && householdId && <ShareTipForm householdId={householdId} />}
      <SelectField
        name="category"
        label={t("tipsPage.filter")}
        options={[
          { value: "", label: t("tipsPage.allCategories") },
          ...TIP_CATEGORIES.map((c) => ({ value: c, label: categoryName(c) })),
        ]}
        onChange={(event) => (category.value = event.currentTarget.value as TipCategory | "")}
      />
      <ProblemAlert problem={tips.problem.value} />
      {list === null && !tips.problem.value && <p role="status">{t("status.loading")}</p>}
      {list && (
        <p role="status" class="muted">
          {t("tipsPage.count", { count: list.length })}
        </p>
      )}
      {list && list.length > 0 && (
        <ul class="cards">
          {list.map((tip) => (
            <TipCard key={tip.id} tip={tip} canEdit={canEdit} onSaved={() => void tips.reload()} />
          ))}
        </ul>
      )}
      {canEdit && (
        <details class="panel">
          <summary>{t("tipsPage.new")}</summary>
          <TipForm onSaved={() => void tips.reload()} />
        </details>
      )}
    </Page>
  );
}
