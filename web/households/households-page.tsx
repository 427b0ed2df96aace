import "../lib/i18n/fr-staff.ts";
import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { CheckboxField } from "../components/field.tsx";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { STALE_AFTER_DAYS } from "../meters/meter-words.ts";
import { CreateHouseholdForm } from "./create-household-form.tsx";
import { HouseholdItem } from "./household-item.tsx";
import { createHouseholdsState } from "./households-state.ts";
import { isLate, lateHouseholds } from "./meters-summary.tsx";

/** Home of advisers, coordinators and housing managers: the organisation's households. */
export default function HouseholdsPage() {
  const state = useMemo(createHouseholdsState, []);
  useEffect(() => {
    void state.load();
  }, [state]);
  const households = state.households.value;
  const now = new Date();
  const late = state.meters.value ? lateHouseholds(state.meters.value, now) : 0;
  // "Who stopped entering readings": a tap keeps only them, rather than scrolling every card.
  const onlyLate = useSignal(false);
  const shown =
    onlyLate.value && late > 0
      ? households?.filter((h) => isLate(state.meters.value?.get(h.id), now))
      : households;

  return (
    <Page title={t("households.title")}>
      <details class="panel">
        <summary>{t("households.create")}</summary>
        <p>{t("households.createIntro")}</p>
        <CreateHouseholdForm state={state} />
      </details>

      <section aria-labelledby="households-list">
        <h2 id="households-list">{t("households.list", { count: households?.length ?? 0 })}</h2>
        {late > 0 && (
          <div class="notice">
            <p>{t("households.lateCount", { count: late, days: STALE_AFTER_DAYS })}</p>
            <CheckboxField
              name="only-late"
              label={t("households.onlyLate")}
              checked={onlyLate.value}
              onChange={(event) => {
                onlyLate.value = event.currentTarget.checked;
              }}
            />
          </div>
        )}
        <ProblemAlert problem={state.loadProblem.value} />
        {households === null && !state.loadProblem.value && <p role="status">{t("status.loading")}</p>}
        {households?.length === 0 && <p>{t("households.empty")}</p>}
        <ul class="cards">
          {shown?.map((household) => (
            <HouseholdItem
              key={household.id}
              household={household}
              meters={state.meters.value?.get(household.id)}
              now={now}
              resetPin={state.resetPin}
            />
          ))}
        </ul>
      </section>
    </Page>
  );
}
