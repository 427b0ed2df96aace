import type { TargetedSubmitEvent } from "preact";
import { SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { useClientId } from "../lib/client-id.ts";
import { formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type Commitment, type CommitmentStatus, coachingApi, type HeatingType } from "./coaching-api.ts";
import { categoryName, tipOptions, tipText } from "./coaching-words.ts";
import { useLoaded } from "./use-loaded.ts";

/** Where a commitment stands, with its day: "Prévu le 3 février", "Fait le 20 février". */
export function commitmentState(c: Commitment): string {
  if (c.status === "done") return t("coaching.doneOn", { date: formatDate(c.doneOn as string) });
  if (c.status === "dropped") return t("coaching.droppedOn", { date: formatDate(c.droppedOn as string) });
  return t("coaching.plannedOn", { date: formatDate(c.plannedOn) });
}

/** The buttons that move a commitment on: done or dropped while planned, back to planned after. */
function StatusButtons({
  commitment,
  onChoose,
  disabled,
}: {
  commitment: Commitment;
  onChoose: (status: CommitmentStatus) => void;
  disabled: boolean;
}) {
  const words = tipText(commitment.tip.text);
  const title = <StaffText lang={words.lang}>{words.title}</StaffText>;
  if (commitment.status !== "planned")
    return (
      <button type="button" class="button secondary" disabled={disabled} onClick={() => onChoose("planned")}>
        {t("coaching.backToPlanned")}
        <span class="visually-hidden"> — {title}</span>
      </button>
    );
  return (
    <div class="button-row">
      <button type="button" class="button primary" disabled={disabled} onClick={() => onChoose("done")}>
        {t("coaching.markDone")}
        <span class="visually-hidden"> — {title}</span>
      </button>
      <button type="button" class="button secondary" disabled={disabled} onClick={() => onChoose("dropped")}>
        {t("coaching.markDropped")}
        <span class="visually-hidden"> — {title}</span>
      </button>
    </div>
  );
}

/**
 * A household's commitments and the form to add one from the tips library (those fitting its
 * heating). `audience` words it for staff or for the household itself; `canWrite` false: read only.
 */
export function CommitmentsBlock({
  householdId,
  heatingType,
  canWrite,
  audience,
  onChanged,
}: {
  householdId: string;
  heatingType: HeatingType | null;
  canWrite: boolean;
  audience: "staff" | "household";
  onChanged?: () => void;
}) {
  const list = useLoaded(() => coachingApi.commitments(householdId), [householdId]);
  const tips = useLoaded(
    () => (canWrite ? coachingApi.tips(heatingType ? { heatingType } : {}) : Promise.resolve([])),
    [canWrite, heatingType],
  );
  const change = useAction();
  const add = useAction();
  const clientId = useClientId();

  function choose(commitment: Commitment, status: CommitmentStatus) {
    void change.run(async () => {
      await coachingApi.setCommitment(householdId, commitment.id, status);
      await list.reload();
      onChanged?.();
    });
  }

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const tipId = String(new FormData(form).get("tipId") ?? "");
    void add.run(async () => {
      await coachingApi.commit(householdId, tipId, clientId.current);
      clientId.renew();
      form.reset();
      await list.reload();
      onChanged?.();
    });
  }

  const commitments = list.value.value;
  const own = audience === "household";
  // A tip already planned or done is not offered again; a dropped one may be taken up anew.
  const taken = new Set(commitments?.filter((c) => c.status !== "dropped").map((c) => c.tip.id));
  const offered = tips.value.value?.filter((tip) => !taken.has(tip.id)) ?? [];
  return (
    <>
      <ProblemAlert problem={list.problem.value ?? change.problem.value} />
      {commitments === null && !list.problem.value && <p role="status">{t("status.loading")}</p>}
      {commitments?.length === 0 && <p>{t(own ? "myGroup.noCommitments" : "coaching.noCommitments")}</p>}
      {commitments && commitments.length > 0 && (
        <ul class="cards">
          {commitments.map((c) => (
            <li key={c.id} class={`card commitment is-${c.status}`}>
              <p class="card-title">
                <StaffText lang={tipText(c.tip.text).lang}>{tipText(c.tip.text).title}</StaffText>
              </p>
              <p class="muted">{categoryName(c.tip.category)}</p>
              <p>
                <strong>{commitmentState(c)}</strong>
                {!own && c.recordedBy && <> · {t("coaching.recordedBy", { name: c.recordedBy })}</>}
              </p>
              {c.note && (
                <p>
                  <StaffText>{c.note}</StaffText>
                </p>
              )}
              {canWrite && (
                <StatusButtons
                  commitment={c}
                  onChoose={(s) => choose(c, s)}
                  disabled={change.pending.value}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && offered.length > 0 && (
        <form class="settings-form" onSubmit={submit} noValidate>
          <ProblemAlert problem={add.problem.value} shownFields={["tipId"]} />
          <SelectField
            name="tipId"
            label={t(own ? "myGroup.addCommitment" : "coaching.addCommitment")}
            hint={t(own ? "myGroup.addCommitmentHint" : "coaching.addCommitmentHint")}
            error={add.problem.value?.fieldErrors.tipId}
            options={tipOptions(offered)}
          />
          <button type="submit" class="button primary" disabled={add.pending.value}>
            {t("coaching.commit")}
          </button>
        </form>
      )}
    </>
  );
}
