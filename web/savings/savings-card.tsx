import { useEffect, useId, useMemo } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import type { Savings, SavingsEnergy } from "./savings-api.ts";
import { outcomeOf } from "./savings-shape.ts";
import { createSavingsState, type Prefetched } from "./savings-state.ts";
import {
  type Audience,
  energyName,
  flagLine,
  modelLine,
  outcomeLines,
  stationLine,
  verdictLines,
} from "./savings-words.ts";
import { SignatureSection } from "./signature-section.tsx";

/** The gentle word above a saving that may come from going without, as each reader needs it. */
const SAVINGS_WARNING: Record<Audience, MessageKey> = {
  household: "guards.savingsWarningHousehold",
  unadvised: "guards.savingsWarningCompany",
  staff: "guards.savingsWarning",
};

/** Flags a household reads elsewhere in the sentence (price, interval) are listed for staff only. */
function flagsFor(answer: Savings, audience: Audience): Savings["flags"] {
  if (audience === "staff") return answer.flags;
  const said = ["no_interval", "tariff_missing", "price_from_deliveries"];
  return answer.flags.filter((f) => !said.includes(f.code));
}

function Figures({ answer, audience }: { answer: Savings; audience: Audience }) {
  const outcome = outcomeOf(answer);
  if (!outcome) {
    // Any verdict but ok: what is missing and what to do, never a number.
    const [what, todo] = verdictLines(answer, audience);
    return (
      <div class="notice savings-missing">
        <p>{what}</p>
        <p>{todo}</p>
      </div>
    );
  }
  const { headline, details } = outcomeLines(outcome, audience);
  return (
    <>
      <p class={`savings-headline ${outcome.direction}`}>{headline}</p>
      {details.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {outcome.direction === "used_more" && audience !== "staff" && (
        <p class="hint">
          {t(audience === "unadvised" ? "savings.usedMoreKindCompany" : "savings.usedMoreKind")}
        </p>
      )}
    </>
  );
}

/** One energy's savings since `start`: the sentence, the signature chart, the weather it rests on. */
export function SavingsCard({
  householdId,
  energy,
  start,
  audience,
  warning = false,
  prefetched,
}: {
  householdId: string;
  energy: SavingsEnergy;
  start: string;
  audience: Audience;
  /** A gentle word above the sentence: these savings may come from going without. */
  warning?: boolean;
  prefetched?: Prefetched;
}) {
  const id = useId();
  const state = useMemo(
    () => createSavingsState({ householdId, energy, prefetched }),
    [householdId, energy, prefetched],
  );
  useEffect(() => {
    void state.load(start);
  }, [state, start]);
  const answer = state.answer.value;
  const flags = answer ? flagsFor(answer, audience) : [];

  return (
    <section class="energy savings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{energyName(energy)}</h2>
      <ProblemAlert problem={state.problem.value} />
      {!answer && !state.problem.value && <p role="status">{t("status.loading")}</p>}
      {answer && (
        <>
          {warning && outcomeOf(answer)?.direction === "saved" && (
            <p class="notice savings-warning">{t(SAVINGS_WARNING[audience])}</p>
          )}
          <Figures answer={answer} audience={audience} />
          <p class="muted station">{stationLine(answer.station)}</p>
          {flags.length > 0 && (
            <>
              <h3>{t("savings.flagsTitle")}</h3>
              <ul class="savings-flags">
                {flags.map((flag) => (
                  <li key={JSON.stringify(flag)}>{flagLine(flag)}</li>
                ))}
              </ul>
            </>
          )}
          {audience === "staff" && answer.verdict === "ok" && answer.model && (
            <p class="hint">{modelLine(answer.model)}</p>
          )}
          {answer.verdict === "ok" && <SignatureSection answer={answer} audience={audience} />}
        </>
      )}
    </section>
  );
}
