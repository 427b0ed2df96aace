import "../lib/i18n/fr-groups.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDateTime } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { GroupForm } from "./group-form.tsx";
import { mayRead, mayWrite, periodText } from "./group-words.ts";
import { type GroupSummary, groupsApi } from "./groups-api.ts";

function GroupCard({ group }: { group: GroupSummary }) {
  return (
    <li class="card group-card">
      <p class="card-title">
        <a href={`/groupes/${group.id}`}>
          <StaffText>{group.name}</StaffText>
        </a>
      </p>
      <p class="badges">
        <span class={`badge status-${group.status}`}>{t(`groups.status.${group.status}`)}</span>
      </p>
      <p>{periodText(group.startsOn, group.endsOn)}</p>
      {group.place && <p>{tWith("groups.placeIs", { place: <StaffText>{group.place}</StaffText> })}</p>}
      <p>{t("groups.memberCount", { count: group.memberCount })}</p>
      <p>
        {group.nextSessionAt
          ? t("groups.nextSession", { when: formatDateTime(group.nextSessionAt) })
          : t("groups.noNextSession")}
      </p>
    </li>
  );
}

/** `/groupes`: the organisation's Eco-watchers groups, and a new one for advisers and coordinators. */
export default function GroupsPage() {
  const { route } = useLocation();
  const groups = useSignal<GroupSummary[] | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    if (mayRead())
      groupsApi.list().then(
        (list) => (groups.value = list),
        (error) => (problem.value = asApiError(error)),
      );
  }, [groups, problem]);

  if (!mayRead())
    return (
      <Page title={t("groups.title")}>
        <p>{t("groups.staffOnly")}</p>
      </Page>
    );
  return (
    <Page title={t("groups.title")}>
      <p class="lead">{t("groups.intro")}</p>
      <p>
        <a href="/rapport-programme">{t("groups.reportLink")}</a>
      </p>
      {mayWrite() && (
        <details class="panel">
          <summary>{t("groups.new")}</summary>
          <GroupForm onCreated={(group) => route(`/groupes/${group.id}`)} />
        </details>
      )}
      <section aria-labelledby="groups-list">
        <h2 id="groups-list">{t("groups.list", { count: groups.value?.length ?? 0 })}</h2>
        <ProblemAlert problem={problem.value} />
        {groups.value === null && !problem.value && <p role="status">{t("status.loading")}</p>}
        {groups.value?.length === 0 && <p>{t("groups.empty")}</p>}
        <ul class="cards">
          {groups.value?.map((group) => (
            <GroupCard key={group.id} group={group} />
          ))}
        </ul>
      </section>
    </Page>
  );
}
