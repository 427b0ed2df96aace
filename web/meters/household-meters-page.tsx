import "../lib/i18n/fr-meter-setup.ts";
import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";
import { ErasedNotice } from "../privacy/erased-notice.tsx";
import { HouseholdFileExtras } from "./household-file-extras.tsx";
import { MeterList } from "./meter-list.tsx";
import { type HouseholdDetail, metersApi } from "./meters-api.ts";
import { createMetersState } from "./meters-state.ts";
import { mayManageMeters } from "./setup-access.ts";
import { SetupNoticeView } from "./setup-notice.tsx";

/**
 * Staff record a consent the household gave on paper. Until then the API shows nothing of the
 * household's data, and this page says so plainly. A consent the household withdrew itself only it
 * may give again: no button then (the API would refuse it), the reason instead.
 */
function ConsentRequest({
  problem,
  withdrawnByHousehold,
  onRecorded,
}: {
  problem: ApiError;
  withdrawnByHousehold: boolean;
  onRecorded: () => void;
}) {
  const { pending, problem: recordProblem, run } = useAction();
  const householdId = useRoute().params.id as string;
  // Those who take the household's signed form; a housing manager asks them (the API refuses it).
  const mayRecord = session.role.value === "adviser" || session.role.value === "coordinator";
  return (
    <div class="consent-box">
      <p class="alert-title">{problem.title}</p>
      {/* The API's detail asks staff to record the agreement: here that is the household's to do. */}
      {withdrawnByHousehold ? (
        <p>{t("householdFile.consentWithdrawnByHousehold")}</p>
      ) : (
        problem.detail && <p>{problem.detail}</p>
      )}
      {mayRecord && !withdrawnByHousehold && (
        <>
          <p>{t("householdFile.consentExplain")}</p>
          <ProblemAlert problem={recordProblem.value} />
          <button
            type="button"
            class="button primary"
            disabled={pending.value}
            onClick={() =>
              void run(async () => {
                await metersApi.recordAdviserConsent(householdId);
                onRecorded();
              })
            }
          >
            {t("householdFile.consentRecord")}
          </button>
        </>
      )}
    </div>
  );
}

/** `/menages/:id`: a household's file for staff: its meters, with the late ones marked. */
export default function HouseholdMetersPage() {
  const householdId = useRoute().params.id as string;
  const state = useMemo(createMetersState, []);
  const household = useSignal<HouseholdDetail | null>(null);
  const householdProblem = useSignal<ApiError | null>(null);
  const erased = useSignal(false);

  async function load() {
    householdProblem.value = null;
    try {
      household.value = await metersApi.getHousehold(householdId);
    } catch (error) {
      householdProblem.value = asApiError(error);
      return;
    }
    await state.load(householdId);
  }

  useEffect(() => {
    void load();
  }, [householdId]);

  const detail = household.value;
  const meters = state.meters.value;
  const noConsent = state.loadProblem.value?.code === "household.no_consent" ? state.loadProblem.value : null;
  const consentSince = detail?.consent.adviser?.grantedAt;

  if (erased.value && detail) return <ErasedNotice pseudonym={detail.pseudonym} />;
  return (
    <Page title={detail?.pseudonym ?? t("householdFile.title")}>
      <p>
        <a href="/" class="back-link">
          {t("householdFile.backToList")}
        </a>
      </p>
      <ProblemAlert problem={householdProblem.value ?? (noConsent ? null : state.loadProblem.value)} />
      {!detail && !householdProblem.value && <p role="status">{t("status.loading")}</p>}
      {detail && (
        <>
          <p>
            {t("household.code")} <span class="code">{detail.code}</span>
          </p>
          {consentSince && (
            <p class="muted">{t("householdFile.consentSince", { date: formatDate(consentSince) })}</p>
          )}
          <h2>{t("householdFile.meters")}</h2>
          <SetupNoticeView />
          {noConsent && (
            <ConsentRequest
              problem={noConsent}
              withdrawnByHousehold={detail.consent.withdrawnByHousehold.adviser}
              onRecorded={() => void load()}
            />
          )}
          {meters === null && !state.loadProblem.value && <p role="status">{t("status.loading")}</p>}
          {meters?.length === 0 && <p>{t("householdFile.noMeters")}</p>}
          {meters && (
            <MeterList meters={meters} canWrite={session.role.value !== "viewer"}>
              {mayManageMeters() && (
                <p>
                  <a class="button secondary" href={`/menages/${householdId}/compteurs/nouveau`}>
                    {t("meterSetup.add")}
                  </a>
                </p>
              )}
            </MeterList>
          )}
          <HouseholdFileExtras detail={detail} meters={meters} onErased={() => (erased.value = true)} />
        </>
      )}
    </Page>
  );
}
