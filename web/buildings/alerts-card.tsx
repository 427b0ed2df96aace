import { useSignal } from "@preact/signals";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { type Alert, alertSeen, alertStatusText, alertsApi, alertTitle, alertWhy } from "./alerts-words.ts";
import { mayWriteBuildings } from "./buildings-words.ts";

/**
 * One alert: what was seen and why it matters, its status, and for a manager "J'ai vu" and
 * "Clôturer" with an optional note of what was done.
 */
export function AlertCard({
  alert,
  showBuilding,
  headingLevel = 3,
  onChanged,
}: {
  alert: Alert;
  showBuilding: boolean;
  /** 2 on the alerts page, right under its h1; 3 in the building page's "Alertes" section. */
  headingLevel?: 2 | 3;
  onChanged: (alert: Alert) => void;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const problem = useSignal<ApiError | null>(null);
  const busy = useSignal(false);
  const note = useSignal("");
  async function act(call: () => Promise<Alert>) {
    busy.value = true;
    problem.value = null;
    try {
      onChanged(await call());
    } catch (error) {
      problem.value = asApiError(error);
    } finally {
      busy.value = false;
    }
  }
  return (
    <li class="card">
      <Heading class="card-title">
        {alertTitle(alert)}
        {showBuilding && <span class="row-code">{`${alert.buildingName} (${alert.buildingCode})`}</span>}
      </Heading>
      <p>{alertSeen(alert)}</p>
      <p>
        <strong>{t("alerts.whyTitle")}</strong> {alertWhy(alert)}
      </p>
      <p class="lead">{alertStatusText(alert)}</p>
      {alert.note && <p>{tWith("alerts.note", { note: <StaffText>{alert.note}</StaffText> })}</p>}
      <ProblemAlert problem={problem.value} />
      {mayWriteBuildings() && !alert.closedAt && (
        <>
          {!alert.acknowledgedAt && (
            <button
              type="button"
              class="button primary"
              disabled={busy.value}
              onClick={() => void act(() => alertsApi.acknowledge(alert.id))}
            >
              {t("alerts.acknowledge")}
            </button>
          )}
          <details class="panel">
            <summary>{t("alerts.close")}</summary>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void act(() => alertsApi.close(alert.id, note.value));
              }}
            >
              <Field
                name="note"
                type="text"
                label={t("alerts.closeNote")}
                value={note.value}
                maxLength={500}
                onInput={(e) => (note.value = e.currentTarget.value)}
              />
              <button type="submit" class="button secondary" disabled={busy.value}>
                {t("alerts.closeConfirm")}
              </button>
            </form>
          </details>
        </>
      )}
    </li>
  );
}
