import { useSignal } from "@preact/signals";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { ApiError } from "../lib/api.ts";
import { formatDate, formatEuros, formatNumber, wholePercents } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type TenantConsultation, tenantApi } from "./tenant-api.ts";

type Results = NonNullable<TenantConsultation["results"]>;

/** The result as people read it: each option's dwellings and share, then how many answered. */
export function ConsultationResults({
  consultation,
  results,
}: {
  consultation: Pick<TenantConsultation, "options">;
  results: Results;
}) {
  const counts = consultation.options.map(
    (o) => results.options.find((x) => x.optionId === o.id)?.count ?? 0,
  );
  const percents = wholePercents(counts);
  return (
    <div class="consultation-results">
      <ul>
        {consultation.options.map((o, i) => {
          return (
            <li key={o.id}>
              {tWith("tenant.resultOption", {
                label: <StaffText>{o.label}</StaffText>,
                count: formatNumber(counts[i] ?? 0),
                pct: formatNumber(percents[i] ?? 0),
              })}
            </li>
          );
        })}
      </ul>
      <p>
        {t("tenant.turnout", {
          answered: formatNumber(results.answeredDwellings),
          occupied: formatNumber(results.occupiedDwellings),
        })}
      </p>
    </div>
  );
}

/**
 * One consultation for a tenant: the question, each option explained (what it changes, its cost and
 * comfort) as one big choice, the dwelling's answer; once closed, the result.
 */
export function ConsultationCard({ consultation }: { consultation: TenantConsultation }) {
  const mine = useSignal<string | null>(consultation.myAnswer?.optionId ?? null);
  const picked = useSignal<string | null>(mine.value);
  const { pending, problem, run } = useAction();
  const c = consultation;
  const labelOf = (id: string | null) => (
    <StaffText>{c.options.find((o) => o.id === id)?.label ?? ""}</StaffText>
  );
  const headingId = `consultation-${c.id}`;
  const open = c.status === "open";

  function send() {
    const optionId = picked.value;
    void run(async () => {
      if (!optionId)
        throw new ApiError({ status: 0, code: "consultation.pick", title: t("tenant.pickOption") });
      mine.value = (await tenantApi.answerConsultation(c.id, optionId)).optionId;
    });
  }

  return (
    <article class="consultation" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <StaffText>{c.title}</StaffText>
      </h3>
      <p class="small-print">
        {open
          ? t("tenant.closesOn", { date: formatDate(c.closesOn) })
          : t("tenant.closedOn", { date: formatDate(c.closesOn) })}
      </p>
      {open ? (
        <fieldset class="consultation-options">
          <legend>
            <StaffText>{c.question}</StaffText>
          </legend>
          {c.options.map((o) => (
            <label key={o.id} class="consultation-option">
              <input
                type="radio"
                name={`consultation-${c.id}`}
                value={o.id}
                checked={picked.value === o.id}
                onChange={() => {
                  picked.value = o.id;
                }}
              />
              <span class="option-body">
                <span class="option-label">
                  <StaffText>{o.label}</StaffText>
                </span>
                <span class="option-text">
                  <StaffText>{o.explanation}</StaffText>
                </span>
                <span class="option-text">
                  {tWith("tenant.cost", { text: <StaffText>{o.costText}</StaffText> })}
                </span>
                {o.costEurPerDwellingPerYear !== null && (
                  <span class="option-text">
                    {t("tenant.costPerYear", { eur: formatEuros(o.costEurPerDwellingPerYear) })}
                  </span>
                )}
                <span class="option-text">
                  {tWith("tenant.comfort", { text: <StaffText>{o.comfortText}</StaffText> })}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <p>
            <StaffText>{c.question}</StaffText>
          </p>
          <ul class="consultation-closed-options">
            {c.options.map((o) => (
              <li key={o.id}>
                <StaffText>
                  <strong>{o.label}</strong> – {o.explanation}
                </StaffText>
              </li>
            ))}
          </ul>
        </>
      )}
      <ProblemAlert problem={problem.value} />
      <p role="status" class={mine.value ? "survey-thanks" : "alert-empty"}>
        {mine.value
          ? open
            ? tWith("tenant.yourChoice", { label: labelOf(mine.value) })
            : tWith("tenant.yourFinalChoice", { label: labelOf(mine.value) })
          : ""}
      </p>
      {open && (
        <button type="button" class="button primary big" disabled={pending.value} onClick={send}>
          {t("tenant.sendChoice")}
        </button>
      )}
      {c.results && (
        <section aria-labelledby={`${headingId}-result`}>
          <h4 id={`${headingId}-result`}>{t("tenant.resultTitle")}</h4>
          <ConsultationResults consultation={c} results={c.results} />
        </section>
      )}
    </article>
  );
}
