import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { brusselsDay } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { BillCard } from "./bill-card.tsx";
import { ComfortForm } from "./comfort-form.tsx";
import { SavingsCard } from "./savings-card.tsx";
import { defaultStart } from "./savings-shape.ts";
import { createEnergiesState } from "./savings-state.ts";
import type { Audience } from "./savings-words.ts";

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Under the start date: the day the household joined its group, or why another day may be chosen. */
const START_HINTS = {
  group: {
    household: "savings.startHintGroup",
    unadvised: "savings.startHintGroup",
    staff: "savings.staffStartHintGroup",
  },
  // A household no adviser follows has no group coming to wait for.
  noGroup: {
    household: "savings.startHint",
    unadvised: "savings.startHintCompany",
    staff: "savings.staffStartHint",
  },
} satisfies Record<string, Record<Audience, MessageKey>>;

/**
 * The start date, one savings card per energy the household has a meter of, the year's bill and a
 * comfort check-in: the household's Mes économies and the adviser's view of it are the same sections.
 */
export function SavingsSections({
  householdId,
  audience,
  warning = false,
  onCheckIn,
}: {
  householdId: string;
  audience: Audience;
  /** Savings may come from going without (from the energy guards). */
  warning?: boolean;
  onCheckIn?: () => void;
}) {
  const today = brusselsDay(new Date());
  const chosen = useSignal<string | null>(null);
  const invalid = useSignal(false);
  const state = useMemo(() => createEnergiesState(householdId), [householdId]);
  useEffect(() => {
    void state.load();
  }, [state]);
  const energies = state.energies.value;
  const joinedOn = state.joinedOn.value;
  // Since joining the group by default; six months back for a household that has not joined one.
  const start = chosen.value ?? joinedOn ?? defaultStart(today);
  const hint = START_HINTS[joinedOn ? "group" : "noGroup"][audience];

  return (
    <>
      <form class="savings-start no-print" onSubmit={(event) => event.preventDefault()}>
        <Field
          name="start"
          type="date"
          label={t("savings.startLabel")}
          hint={t(hint)}
          error={invalid.value ? t("savings.startInvalid") : undefined}
          value={start}
          max={today}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const ok = isDay(value) && value <= today;
            invalid.value = !ok;
            if (ok) chosen.value = value;
          }}
        />
      </form>
      <ProblemAlert problem={state.problem.value} />
      {!energies && !state.problem.value && <p role="status">{t("status.loading")}</p>}
      {energies?.length === 0 && <p>{t("savings.noEnergy")}</p>}
      {energies?.map((energy) => (
        <SavingsCard
          key={energy}
          householdId={householdId}
          energy={energy}
          start={start}
          audience={audience}
          warning={warning}
          prefetched={state.prefetched}
        />
      ))}
      <BillCard householdId={householdId} audience={audience} />
      <ComfortForm householdId={householdId} audience={audience} onSaved={onCheckIn} />
      <p class="method-link">
        <a href="/economies/methode">{t("savings.method")}</a>
      </p>
    </>
  );
}
