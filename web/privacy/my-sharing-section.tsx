import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatDate } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type ConsentScope, type HouseholdConsent, sharingApi } from "./sharing-api.ts";

const SCOPES: ConsentScope[] = ["adviser", "group"];

/**
 * "Ce que je partage" on a household's home: its two consents in plain words, each with one button
 * to give or take it back. The household decides: a consent it takes back here, only it can give
 * again (staff are refused), and its data leaves the adviser's screens at once.
 */
export function MySharingSection({
  householdId,
  housingCompany,
}: {
  householdId: string;
  /** A housing company's tenant is followed by its company's staff, not a CPAS adviser. */
  housingCompany: boolean;
}) {
  const consent = useSignal<HouseholdConsent | null>(null);
  const load = useAction();
  const change = useAction();
  useEffect(() => {
    void load.run(async () => {
      consent.value = await sharingApi.consent(householdId);
    });
  }, [householdId]);

  const current = consent.value;
  const whom = housingCompany ? "Company" : "Adviser";
  return (
    <section aria-labelledby="my-sharing-title" class="my-data">
      <h2 id="my-sharing-title">{t("mySharing.title")}</h2>
      <p>{t("mySharing.intro")}</p>
      <ProblemAlert problem={load.problem.value ?? change.problem.value} />
      {current &&
        SCOPES.map((scope) => {
          const since = current[scope]?.grantedAt;
          const what = t(`mySharing.${scope}${scope === "adviser" ? whom : ""}` as MessageKey);
          const withWhom = t(`mySharing.with${scope === "adviser" ? whom : "Group"}` as MessageKey);
          return (
            <div key={scope} class="sharing-choice">
              <p>{what}</p>
              {scope === "adviser" && housingCompany && <p class="muted">{t("mySharing.companyAlways")}</p>}
              <p class="sharing-state" aria-live="polite">
                {since ? t("mySharing.sharedSince", { date: formatDate(since) }) : t("mySharing.notShared")}
              </p>
              <button
                type="button"
                class="button secondary"
                disabled={change.pending.value}
                onClick={() =>
                  void change.run(async () => {
                    consent.value = await sharingApi.set(householdId, scope, !since);
                  })
                }
              >
                {t(since ? "mySharing.stop" : "mySharing.start")}
                <span class="visually-hidden"> — {withWhom}</span>
              </button>
            </div>
          );
        })}
    </section>
  );
}
