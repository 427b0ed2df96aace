import { useSignal } from "@preact/signals";
import { useEffect, useId } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { billLines, billPeriod } from "./bill-words.ts";
import { type BillProjection, savingsApi } from "./savings-api.ts";
import type { Audience } from "./savings-words.ts";

/** "Ma facture de l'année": the expected bill, what the advances pay, what would remain. */
export function BillCard({ householdId, audience }: { householdId: string; audience: Audience }) {
  const id = useId();
  const bill = useSignal<BillProjection | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    savingsApi
      .getBillProjection(householdId)
      .then((answer) => {
        bill.value = answer;
      })
      .catch((error) => {
        problem.value = asApiError(error);
      });
  }, [householdId]);
  const lines = bill.value ? billLines(bill.value, audience) : null;

  return (
    <section class="energy savings-card bill-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(audience === "staff" ? "bill.titleStaff" : "bill.title")}</h2>
      <ProblemAlert problem={problem.value} />
      {!bill.value && !problem.value && <p role="status">{t("status.loading")}</p>}
      {bill.value && lines && (
        <>
          {lines.summary.map((line, index) => (
            <p key={line} class={index === 0 ? "bill-summary" : undefined}>
              {line}
            </p>
          ))}
          {lines.notes.map((note) => (
            <p key={note} class="hint">
              {note}
            </p>
          ))}
          <p class="muted station">{billPeriod(bill.value)}</p>
        </>
      )}
    </section>
  );
}
