import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";
import { AuditLogView } from "./audit-log-view.tsx";
import { ConsumptionExport } from "./consumption-export.tsx";
import { EraseHousehold } from "./erase-household.tsx";
import { privacyApi } from "./privacy-api.ts";

/**
 * A household's file, for staff: its readings and consumption for Excel (with its consent), and for
 * the coordinator the GDPR tools: everything held about it, who looked at it, and erasure.
 */
export function PrivacySection({
  householdId,
  code,
  pseudonym,
  sharesData,
  onErased,
}: {
  householdId: string;
  code: string;
  pseudonym: string;
  /** The household agreed to share its data with staff: its readings may be exported. */
  sharesData: boolean;
  onErased: () => void;
}) {
  const { pending, problem, run } = useAction();
  const coordinator = session.role.value === "coordinator";
  if (!sharesData && !coordinator) return null;
  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t("privacy.title")}</h2>
      <ProblemAlert problem={problem.value} />
      {sharesData && (
        <>
          <h3>{t("privacy.excelTitle")}</h3>
          <p>{t("privacy.excelIntro")}</p>
          <button
            type="button"
            class="button secondary"
            disabled={pending.value}
            onClick={() => void run(() => privacyApi.downloadReadings(householdId))}
          >
            {t("privacy.readingsCsv")}
          </button>
          <ConsumptionExport
            pending={pending.value}
            onDownload={(range) => void run(() => privacyApi.downloadConsumption(householdId, range))}
          />
        </>
      )}
      {coordinator && (
        <>
          <h3>{t("privacy.allTitle")}</h3>
          <p>{t("privacy.allIntro")}</p>
          <div class="button-row">
            <button
              type="button"
              class="button secondary"
              disabled={pending.value}
              onClick={() => void run(() => privacyApi.downloadData(householdId, "json"))}
            >
              {t("privacy.allJson")}
            </button>
            <button
              type="button"
              class="button secondary"
              disabled={pending.value}
              onClick={() => void run(() => privacyApi.downloadData(householdId, "csv"))}
            >
              {t("privacy.allCsv")}
            </button>
          </div>
          <h3>{t("audit.title")}</h3>
          <AuditLogView householdId={householdId} />
          <h3>{t("erase.title")}</h3>
          <EraseHousehold householdId={householdId} code={code} pseudonym={pseudonym} onErased={onErased} />
        </>
      )}
    </section>
  );
}
