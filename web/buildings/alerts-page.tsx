import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { SelectField } from "../components/field.tsx";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { AlertCard } from "./alerts-card.tsx";
import { type Alert, type AlertStatus, alertsApi } from "./alerts-words.ts";
import { mayReadBuildings } from "./buildings-words.ts";

type Shown = "todo" | AlertStatus;
const SHOWN: readonly Shown[] = ["todo", "open", "acknowledged", "closed"];

/** `/alertes`: the company's building alerts, those to deal with first; acknowledged then closed in place. */
export default function AlertsPage() {
  const list = useSignal<Alert[] | null>(null);
  const problem = useSignal<ApiError | null>(null);
  const shown = useSignal<Shown>("todo");

  function load(which: Shown) {
    list.value = null;
    alertsApi.list(which === "todo" ? {} : { status: which }).then(
      (all) => (list.value = which === "todo" ? all.filter((a) => a.status !== "closed") : all),
      (error) => (problem.value = asApiError(error)),
    );
  }
  useEffect(() => {
    if (mayReadBuildings()) load(shown.value);
  }, []);

  const replace = (changed: Alert) =>
    (list.value = (list.value ?? []).map((a) => (a.id === changed.id ? changed : a)));
  return (
    <Page title={t("alerts.title")}>
      <p>
        <a href="/batiments" class="back-link">
          {t("alerts.backToBuildings")}
        </a>
      </p>
      {!mayReadBuildings() ? (
        <p>{t("buildings.staffOnly")}</p>
      ) : (
        <>
          <p class="lead">{t("alerts.intro")}</p>
          <SelectField
            name="status"
            label={t("alerts.show")}
            options={SHOWN.map((s) => ({ value: s, label: t(`alerts.filter.${s}` as MessageKey) }))}
            onChange={(e) => {
              shown.value = e.currentTarget.value as Shown;
              load(shown.value);
            }}
          />
          <ProblemAlert problem={problem.value} />
          {list.value === null && !problem.value && <p role="status">{t("status.loading")}</p>}
          {list.value?.length === 0 && <p>{t("alerts.empty")}</p>}
          <ul class="cards">
            {(list.value ?? []).map((alert) => (
              <AlertCard key={alert.id} alert={alert} showBuilding headingLevel={2} onChanged={replace} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
