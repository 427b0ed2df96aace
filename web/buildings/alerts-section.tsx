import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import "../lib/i18n/fr-alerts.ts";
import { t } from "../lib/i18n/index.ts";
import { AlertCard } from "./alerts-card.tsx";
import { type Alert, alertsApi } from "./alerts-words.ts";

/** A building's alerts still to deal with (new and seen), on its page. */
export function AlertsSection({ buildingId }: { buildingId: string }) {
  const list = useSignal<Alert[] | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    alertsApi.list({ buildingId }).then(
      (all) => (list.value = all.filter((a) => a.status !== "closed")),
      (error) => (problem.value = asApiError(error)),
    );
  }, [buildingId]);
  const replace = (changed: Alert) =>
    (list.value = (list.value ?? []).map((a) => (a.id === changed.id ? changed : a)));
  return (
    <section aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{t("alerts.title")}</h2>
      <ProblemAlert problem={problem.value} />
      {list.value?.length === 0 && <p>{t("alerts.buildingEmpty")}</p>}
      <ul class="cards">
        {(list.value ?? []).map((alert) => (
          <AlertCard key={alert.id} alert={alert} showBuilding={false} onChanged={replace} />
        ))}
      </ul>
      <p>
        <a href="/alertes" class="tap-link">
          {t("alerts.seeAll")}
        </a>
      </p>
    </section>
  );
}

/** The portfolio's way to the alerts list. */
export function AlertsLink() {
  return (
    <p>
      <a href="/alertes">{t("alerts.portfolioLink")}</a>
    </p>
  );
}
