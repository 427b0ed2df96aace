import { useSignal } from "@preact/signals";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { HouseholdSecretCard } from "./household-secret-card.tsx";
import type { Household, HouseholdSecret, MetersOverview } from "./households-state.ts";
import { MetersSummary } from "./meters-summary.tsx";

/**
 * One household in the staff list. A new PIN signs the household out of every phone, so the button
 * asks once more before doing it.
 */
export function HouseholdItem({
  household,
  meters,
  now,
  resetPin,
}: {
  household: Household;
  /** Undefined when the household does not share its data with staff. */
  meters: MetersOverview | undefined;
  now: Date;
  resetPin?: (household: Household) => Promise<HouseholdSecret>;
}) {
  const { pending, problem, run } = useAction();
  const confirming = useSignal(false);
  const secret = useSignal<HouseholdSecret | null>(null);

  function confirm() {
    void run(async () => {
      if (!resetPin) return;
      secret.value = await resetPin(household);
      confirming.value = false;
    });
  }

  return (
    <li class="card">
      <p class="card-title">
        <a href={`/menages/${household.id}`} class="card-link">
          {household.pseudonym}
        </a>
      </p>
      <p>
        {t("household.code")} <span class="code">{household.code}</span>
      </p>
      <MetersSummary meters={meters} now={now} />
      <p class="muted">{t("households.since", { date: formatDate(household.createdAt) })}</p>
      {resetPin && !confirming.value && (
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            secret.value = null;
            confirming.value = true;
          }}
        >
          {t("households.resetPin")}
        </button>
      )}
      {confirming.value && (
        <div class="confirm">
          <p>{t("households.resetPinConfirm", { name: household.pseudonym })}</p>
          <div class="button-row">
            <button type="button" class="button primary" onClick={confirm} disabled={pending.value}>
              {t("households.resetPinYes")}
            </button>
            <button type="button" class="button secondary" onClick={() => (confirming.value = false)}>
              {t("action.cancel")}
            </button>
          </div>
        </div>
      )}
      <ProblemAlert problem={problem.value} />
      {secret.value && <HouseholdSecretCard secret={secret.value} title={t("households.newPin")} />}
    </li>
  );
}
