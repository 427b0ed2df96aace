import { useSignal } from "@preact/signals";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { brusselsDay, formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { memberName } from "./group-words.ts";
import { type Group, groupsApi, type Household, type Member } from "./groups-api.ts";
import { useGroupForm } from "./use-group-form.ts";

/** The day a form proposes: today, kept inside the group's dates. */
function dayInGroup(group: Group, today: string): string {
  if (today < group.startsOn) return group.startsOn;
  if (group.endsOn && today > group.endsOn) return group.endsOn;
  return today;
}

function LeaveForm({
  group,
  member,
  onSaved,
}: {
  group: Group;
  member: Member;
  onSaved: (group: Group) => void;
}) {
  const { formRef, pending, problem, errors, onSubmit } = useGroupForm();
  return (
    <form
      ref={formRef}
      class="inline-form"
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const leftOn = read.text("leftOn", { required: true });
          return async () => onSaved(await groupsApi.memberLeaves(group.id, member.householdId, leftOn));
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={["leftOn"]} />
      <Field
        name="leftOn"
        type="date"
        label={t("groups.members.leftOn", { name: memberName(member) })}
        hint={t("groups.members.leftOnHint")}
        error={errors.leftOn}
        defaultValue={dayInGroup(group, brusselsDay(new Date()))}
      />
      <button type="submit" class="button secondary" disabled={pending.value}>
        {t("groups.members.leave")}
      </button>
    </form>
  );
}

function MemberItem({
  group,
  member,
  canWrite,
  onSaved,
}: {
  group: Group;
  member: Member;
  canWrite: boolean;
  onSaved: (group: Group) => void;
}) {
  const leaving = useSignal(false);
  return (
    <li class="card member-card">
      <p class="card-title">{memberName(member)}</p>
      {member.code && <p class="code">{member.code}</p>}
      <p>
        {member.leftOn
          ? t("groups.members.period", { from: formatDate(member.joinedOn), to: formatDate(member.leftOn) })
          : t("groups.members.since", { from: formatDate(member.joinedOn) })}
      </p>
      {canWrite && !member.leftOn && !leaving.value && (
        <button type="button" class="button secondary" onClick={() => (leaving.value = true)}>
          {t("groups.members.leaveOpen")}
        </button>
      )}
      {leaving.value && <LeaveForm group={group} member={member} onSaved={onSaved} />}
    </li>
  );
}

function AddMemberForm({
  group,
  households,
  onSaved,
}: {
  group: Group;
  households: Household[];
  onSaved: (group: Group) => void;
}) {
  const { formRef, pending, problem, errors, onSubmit } = useGroupForm();
  const inGroup = new Set(group.members.filter((m) => !m.leftOn).map((m) => m.householdId));
  const choices = households.filter((h) => !inGroup.has(h.id));
  if (!choices.length) return <p>{t("groups.members.noneToAdd")}</p>;
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const householdId = read.text("householdId", { required: true });
          const joinedOn = read.text("joinedOn", { required: true });
          return async () => onSaved(await groupsApi.addMember(group.id, householdId, joinedOn));
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={["householdId", "joinedOn"]} />
      <SelectField
        name="householdId"
        label={t("groups.members.household")}
        error={errors.householdId}
        options={choices.map((h) => ({ value: h.id, label: `${h.pseudonym} (${h.code})` }))}
      />
      <Field
        name="joinedOn"
        type="date"
        label={t("groups.members.joinedOn")}
        hint={t("groups.members.joinedOnHint")}
        error={errors.joinedOn}
        defaultValue={dayInGroup(group, brusselsDay(new Date()))}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("groups.members.add")}
      </button>
    </form>
  );
}

/** The households of the group: who is in it since when, who left; add one, or record that one left. */
export function MembersSection({
  group,
  households,
  canWrite,
  onSaved,
}: {
  group: Group;
  households: Household[] | null;
  canWrite: boolean;
  onSaved: (group: Group) => void;
}) {
  const added = useSignal<string | null>(null);
  const current = group.members.filter((m) => !m.leftOn);
  const former = group.members.filter((m) => m.leftOn);
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t("groups.members.title", { count: current.length })}</h2>
      {group.members.length === 0 && <p>{t("groups.members.empty")}</p>}
      <ul class="cards">
        {[...current, ...former].map((member) => (
          <MemberItem
            key={member.householdId}
            group={group}
            member={member}
            canWrite={canWrite}
            onSaved={onSaved}
          />
        ))}
      </ul>
      <p role="status" class={added.value ? "done" : "alert-empty"}>
        {added.value}
      </p>
      {canWrite && households && (
        <details class="panel">
          <summary>{t("groups.members.addTitle")}</summary>
          <AddMemberForm
            group={group}
            households={households}
            onSaved={(saved) => {
              const before = new Set(group.members.map((m) => m.householdId));
              const joined = saved.members.find((m) => !before.has(m.householdId));
              added.value = joined ? t("groups.members.added", { name: joined.pseudonym }) : null;
              onSaved(saved);
            }}
          />
        </details>
      )}
    </section>
  );
}
