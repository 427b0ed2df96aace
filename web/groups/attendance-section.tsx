import { useSignal } from "@preact/signals";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { isMemberOn, memberName, sessionDay } from "./group-words.ts";
import { type AttendanceStatus, type Group, groupsApi, type Member, type Session } from "./groups-api.ts";

const STATUSES: readonly AttendanceStatus[] = ["present", "excused", "absent"];

function AttendanceRow({
  member,
  status,
  canWrite,
  disabled,
  onChoose,
}: {
  member: Member;
  status: AttendanceStatus | undefined;
  canWrite: boolean;
  disabled: boolean;
  onChoose: (status: AttendanceStatus) => void;
}) {
  if (!canWrite)
    return (
      <li class="attendance-row">
        <span class="attendance-name">{memberName(member)}</span>
        <span>{status ? t(`groups.attendance.${status}`) : t("groups.attendance.none")}</span>
      </li>
    );
  return (
    <li class="attendance-row">
      <fieldset>
        <legend class="attendance-name">{memberName(member)}</legend>
        <div class="attendance-choices">
          {STATUSES.map((s) => (
            <label key={s} class={`attendance-choice ${s}`}>
              <input
                type="radio"
                name={`attendance-${member.householdId}`}
                value={s}
                checked={status === s}
                disabled={disabled}
                onChange={() => onChoose(s)}
              />
              <span>{t(`groups.attendance.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}

/**
 * One row per household that is a member on the session's day, three large choices each; every tap
 * is saved at once (the whole list, as the API takes it) and the saved state is what the rows show.
 */
export function AttendanceSection({
  group,
  session,
  canWrite,
  onSaved,
}: {
  group: Group;
  session: Session;
  canWrite: boolean;
  onSaved: (s: Session) => void;
}) {
  const { pending, problem, run } = useAction();
  const savedText = useSignal<string | null>(null);
  const day = sessionDay(session);
  const members = group.members.filter((m) => isMemberOn(m, day));
  const statusOf = new Map(session.attendance.map((a) => [a.householdId, a.status]));
  const tooEarly = day > brusselsDay(new Date());

  function choose(member: Member, status: AttendanceStatus) {
    const next = new Map(statusOf).set(member.householdId, status);
    savedText.value = null;
    void run(async () => {
      const attendance = [...next].map(([householdId, s]) => ({ householdId, status: s }));
      onSaved(await groupsApi.putAttendance(session.id, attendance));
      savedText.value = t("groups.attendance.saved", {
        name: memberName(member),
        status: t(`groups.attendance.${status}`),
      });
    });
  }

  const count = (s: AttendanceStatus) => session.attendance.filter((a) => a.status === s).length;
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t("groups.attendance.title")}</h2>
      {tooEarly ? (
        <p>{t("groups.attendance.tooEarly")}</p>
      ) : members.length === 0 ? (
        <p>{t("groups.attendance.noMembers")}</p>
      ) : (
        <>
          <p>
            {t("groups.attendance.summary", {
              present: count("present"),
              excused: count("excused"),
              absent: count("absent"),
              total: members.length,
            })}
          </p>
          <ul class="attendance-list">
            {members.map((member) => (
              <AttendanceRow
                key={member.householdId}
                member={member}
                status={statusOf.get(member.householdId)}
                canWrite={canWrite}
                disabled={pending.value}
                onChoose={(s) => choose(member, s)}
              />
            ))}
          </ul>
        </>
      )}
      <p role="status" class={savedText.value || pending.value ? "done" : "alert-empty"}>
        {pending.value ? t("groups.attendance.saving") : savedText.value}
      </p>
      <ProblemAlert problem={problem.value} />
    </section>
  );
}
