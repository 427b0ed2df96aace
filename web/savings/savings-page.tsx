import "../lib/i18n/fr-savings.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { needsSavingsWarning } from "./bill-words.ts";
import { type EnergyGuards, savingsApi } from "./savings-api.ts";
import { useHouseholdAudience } from "./savings-audience.ts";
import { SavingsSections } from "./savings-sections.tsx";

/** `/economies`: a household's savings since a start date, per energy, at equal weather. */
export default function SavingsPage() {
  const householdId = session.me.value?.householdId ?? null;
  const guards = useSignal<EnergyGuards | null>(null);
  const audience = useHouseholdAudience(householdId);
  const loadGuards = () => {
    // Only to word a saving gently when it may come from going cold; nothing to show if it fails.
    if (householdId)
      savingsApi.getEnergyGuards(householdId).then(
        (g) => (guards.value = g),
        () => undefined,
      );
  };
  useEffect(loadGuards, [householdId]);
  return (
    <Page title={t("savings.title")}>
      <p class="no-print">
        <a href="/" class="back-link">
          {t("meters.backHome")}
        </a>
      </p>
      {!householdId && <p>{t("meters.householdOnly")}</p>}
      {householdId && (
        <>
          <p class="lead">{t("savings.intro")}</p>
          <SavingsSections
            householdId={householdId}
            audience={audience}
            warning={needsSavingsWarning(guards.value)}
            onCheckIn={loadGuards}
          />
        </>
      )}
    </Page>
  );
}
