import type { TargetedSubmitEvent } from "preact";
import { CheckboxField, Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { useClientId } from "../lib/client-id.ts";
import { brusselsDay, formatDate } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { coachingApi, type Visit } from "./coaching-api.ts";
import { TextAreaField } from "./text-area-field.tsx";
import { useLoaded } from "./use-loaded.ts";

/** What an adviser usually looks at during a home visit; each is stored in the words of the day. */
const CHECKLIST = [
  "boiler",
  "thermostat",
  "radiators",
  "humidity",
  "ventilation",
  "hotWater",
  "appliances",
  "meters",
  "bills",
] as const;

const checklistLabel = (item: (typeof CHECKLIST)[number]) => t(`coaching.check.${item}` as MessageKey);

function VisitCard({ visit }: { visit: Visit }) {
  const looked = visit.checklist.filter((c) => c.checked);
  return (
    <li class="card">
      <p class="card-title">{t("coaching.visitOn", { date: formatDate(visit.visitedOn) })}</p>
      {visit.visitedBy && <p class="muted">{t("coaching.visitedBy", { name: visit.visitedBy })}</p>}
      {looked.length > 0 && (
        <>
          <p>{t("coaching.visitLooked")}</p>
          <ul class="checklist">
            {looked.map((c) => (
              <li key={c.item}>
                <StaffText>
                  {c.item}
                  {c.note && <> — {c.note}</>}
                </StaffText>
              </li>
            ))}
          </ul>
        </>
      )}
      {visit.findings && (
        <p class="pre-line">
          <StaffText>{visit.findings}</StaffText>
        </p>
      )}
      {visit.followUpOn && (
        <p>
          <strong>{t("coaching.followUpOn", { date: formatDate(visit.followUpOn) })}</strong>
        </p>
      )}
    </li>
  );
}

/** The household's home visits, the latest first, and the form to record one (checklist, findings, follow-up). */
export function VisitsBlock({ householdId, canWrite }: { householdId: string; canWrite: boolean }) {
  const visits = useLoaded(() => coachingApi.visits(householdId), [householdId]);
  const { pending, problem, run } = useAction();
  const clientId = useClientId();
  const today = brusselsDay(new Date());

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const findings = String(data.get("findings") ?? "").trim();
    void run(async () => {
      await coachingApi.addVisit(householdId, {
        visitedOn: String(data.get("visitedOn")),
        checklist: CHECKLIST.map((item) => ({
          item: checklistLabel(item),
          checked: data.get(item) === "on",
        })),
        findings: findings || null,
        followUpOn: String(data.get("followUpOn") ?? "") || null,
        clientId: clientId.current,
      });
      clientId.renew();
      form.reset();
      form.closest("details")?.removeAttribute("open");
      await visits.reload();
    });
  }

  const list = visits.value.value;
  return (
    <>
      <ProblemAlert problem={visits.problem.value} />
      {list === null && !visits.problem.value && <p role="status">{t("status.loading")}</p>}
      {list?.length === 0 && <p>{t("coaching.noVisits")}</p>}
      {list && list.length > 0 && (
        <ul class="cards">
          {[...list].reverse().map((v) => (
            <VisitCard key={v.id} visit={v} />
          ))}
        </ul>
      )}
      {canWrite && list && (
        <details class="panel">
          <summary>{t("coaching.addVisit")}</summary>
          <form class="settings-form" onSubmit={submit} noValidate>
            <ProblemAlert problem={problem.value} shownFields={["visitedOn", "findings", "followUpOn"]} />
            <Field
              type="date"
              name="visitedOn"
              label={t("coaching.visitedOn")}
              defaultValue={today}
              max={today}
              error={problem.value?.fieldErrors.visitedOn}
            />
            <fieldset class="settings-fieldset">
              <legend>{t("coaching.checklist")}</legend>
              {CHECKLIST.map((item) => (
                <CheckboxField key={item} name={item} label={checklistLabel(item)} />
              ))}
            </fieldset>
            <TextAreaField
              name="findings"
              label={t("coaching.findings")}
              hint={t("coaching.optional")}
              rows={4}
              error={problem.value?.fieldErrors.findings}
            />
            <Field
              type="date"
              name="followUpOn"
              label={t("coaching.followUp")}
              hint={t("coaching.optional")}
              error={problem.value?.fieldErrors.followUpOn}
            />
            <button type="submit" class="button primary" disabled={pending.value}>
              {t("coaching.saveVisit")}
            </button>
          </form>
        </details>
      )}
    </>
  );
}
