import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { useClientId } from "../lib/client-id.ts";
import { brusselsDay, formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { coachingApi, type Partner, type Referral } from "./coaching-api.ts";
import { PARTNERS, partnerName } from "./coaching-words.ts";
import { TextAreaField } from "./text-area-field.tsx";
import { useLoaded } from "./use-loaded.ts";

/** The outcome of a referral once known: what the partner did, and when. */
function OutcomeForm({
  householdId,
  referral,
  onSaved,
}: {
  householdId: string;
  referral: Referral;
  onSaved: () => Promise<void>;
}) {
  const open = useSignal(false);
  const { pending, problem, run } = useAction();
  const today = brusselsDay(new Date());

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void run(async () => {
      await coachingApi.recordOutcome(
        householdId,
        referral.id,
        String(data.get("outcome") ?? ""),
        String(data.get("outcomeOn") || today),
      );
      open.value = false;
      await onSaved();
    });
  }

  if (!open.value)
    return (
      <button type="button" class="button secondary" onClick={() => (open.value = true)}>
        {t("coaching.recordOutcome")}
        <span class="visually-hidden"> — {partnerName(referral.partner)}</span>
      </button>
    );
  return (
    <form class="settings-form" onSubmit={submit} noValidate>
      <ProblemAlert problem={problem.value} shownFields={["outcome", "outcomeOn"]} />
      <TextAreaField
        name="outcome"
        label={t("coaching.outcome")}
        error={problem.value?.fieldErrors.outcome}
      />
      <Field
        type="date"
        name="outcomeOn"
        label={t("coaching.outcomeOn")}
        defaultValue={today}
        max={today}
        error={problem.value?.fieldErrors.outcomeOn}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("coaching.saveOutcome")}
      </button>
    </form>
  );
}

/** The household's referrals to partners (CPAS, debt mediation…): why, when, outcome; and the form for a new one. */
export function ReferralsBlock({ householdId, canWrite }: { householdId: string; canWrite: boolean }) {
  const referrals = useLoaded(() => coachingApi.referrals(householdId), [householdId]);
  const { pending, problem, run } = useAction();
  const clientId = useClientId();
  const today = brusselsDay(new Date());

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const partnerText = String(data.get("partnerName") ?? "").trim();
    void run(async () => {
      await coachingApi.addReferral(householdId, {
        partner: String(data.get("partner")) as Partner,
        partnerName: partnerText || null,
        reason: String(data.get("reason") ?? ""),
        referredOn: String(data.get("referredOn")),
        clientId: clientId.current,
      });
      clientId.renew();
      form.reset();
      form.closest("details")?.removeAttribute("open");
      await referrals.reload();
    });
  }

  const list = referrals.value.value;
  return (
    <>
      <ProblemAlert problem={referrals.problem.value} />
      {list === null && !referrals.problem.value && <p role="status">{t("status.loading")}</p>}
      {list?.length === 0 && <p>{t("coaching.noReferrals")}</p>}
      {list && list.length > 0 && (
        <ul class="cards">
          {[...list].reverse().map((r) => (
            <li key={r.id} class="card">
              <p class="card-title">
                {partnerName(r.partner)}
                {r.partnerName && (
                  <>
                    {" — "}
                    <StaffText>{r.partnerName}</StaffText>
                  </>
                )}
              </p>
              <p class="muted">
                {t("coaching.referredOn", { date: formatDate(r.referredOn) })}
                {r.recordedBy && <> · {t("coaching.recordedBy", { name: r.recordedBy })}</>}
              </p>
              <p class="pre-line">
                <StaffText>{r.reason}</StaffText>
              </p>
              {r.outcome ? (
                <p>
                  <strong>
                    {r.outcomeOn
                      ? t("coaching.outcomeOnDate", { date: formatDate(r.outcomeOn) })
                      : t("coaching.outcome")}
                  </strong>{" "}
                  <StaffText>{r.outcome}</StaffText>
                </p>
              ) : (
                <p>{t("coaching.outcomeUnknown")}</p>
              )}
              {canWrite && !r.outcome && (
                <OutcomeForm householdId={householdId} referral={r} onSaved={referrals.reload} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && list && (
        <details class="panel">
          <summary>{t("coaching.addReferral")}</summary>
          <form class="settings-form" onSubmit={submit} noValidate>
            <ProblemAlert
              problem={problem.value}
              shownFields={["partner", "partnerName", "reason", "referredOn"]}
            />
            <SelectField
              name="partner"
              label={t("coaching.partner")}
              error={problem.value?.fieldErrors.partner}
              options={PARTNERS.map((p) => ({ value: p, label: partnerName(p) }))}
            />
            <Field
              name="partnerName"
              label={t("coaching.partnerName")}
              hint={t("coaching.optional")}
              error={problem.value?.fieldErrors.partnerName}
            />
            <TextAreaField
              name="reason"
              label={t("coaching.reason")}
              error={problem.value?.fieldErrors.reason}
            />
            <Field
              type="date"
              name="referredOn"
              label={t("coaching.referredOnLabel")}
              defaultValue={today}
              max={today}
              error={problem.value?.fieldErrors.referredOn}
            />
            <button type="submit" class="button primary" disabled={pending.value}>
              {t("coaching.saveReferral")}
            </button>
          </form>
        </details>
      )}
    </>
  );
}
