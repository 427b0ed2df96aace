import "../lib/i18n/fr-savings.ts";
import "../lib/i18n/fr-staff.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { needsSavingsWarning } from "./bill-words.ts";
import { GuardsPanel } from "./guards-panel.tsx";
import { type EnergyGuards, type HouseholdDetail, savingsApi } from "./savings-api.ts";
import { SavingsSections } from "./savings-sections.tsx";

/** `/menages/:id/economies`: the household's savings as it sees them, with flags, the model and the points of attention for staff. */
export default function HouseholdSavingsPage() {
  const householdId = useRoute().params.id as string;
  const household = useSignal<HouseholdDetail | null>(null);
  const problem = useSignal<ApiError | null>(null);
  const guards = useSignal<EnergyGuards | null>(null);
  const guardsProblem = useSignal<ApiError | null>(null);

  function loadGuards() {
    savingsApi
      .getEnergyGuards(householdId)
      .then((answer) => {
        guards.value = answer;
        guardsProblem.value = null;
      })
      .catch((error) => {
        guardsProblem.value = asApiError(error);
      });
  }

  useEffect(() => {
    savingsApi
      .getHousehold(householdId)
      .then((detail) => {
        household.value = detail;
      })
      .catch((error) => {
        problem.value = asApiError(error);
      });
    loadGuards();
  }, [householdId]);

  const name = household.value?.pseudonym;
  const title = name ? `${t("savings.staffTitle")} — ${name}` : t("savings.staffTitle");
  return (
    <Page title={title}>
      <p class="no-print">
        <a href={`/menages/${householdId}`} class="back-link">
          {t("savings.backToFile")}
        </a>
      </p>
      <ProblemAlert problem={problem.value} />
      <p class="lead">{t("savings.staffIntro")}</p>
      <ProblemAlert problem={guardsProblem.value} />
      {guards.value && <GuardsPanel guards={guards.value} />}
      <SavingsSections
        householdId={householdId}
        audience="staff"
        warning={needsSavingsWarning(guards.value)}
        onCheckIn={loadGuards}
      />
    </Page>
  );
}
