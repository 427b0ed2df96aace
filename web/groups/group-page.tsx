import "../lib/i18n/fr-groups.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { GroupStatusActions } from "./group-status-actions.tsx";
import { isClosed, mayRead, mayWrite, periodText } from "./group-words.ts";
import { type Group, groupsApi, type Household, type Session } from "./groups-api.ts";
import { MembersSection } from "./members-section.tsx";
import { SessionsSection } from "./sessions-section.tsx";

function GroupFacts({ group }: { group: Group }) {
  return (
    <>
      <p class="badges">
        <span class={`badge status-${group.status}`}>{t(`groups.status.${group.status}`)}</span>
      </p>
      <p>{periodText(group.startsOn, group.endsOn)}</p>
      {group.place && <p>{tWith("groups.placeIs", { place: <StaffText>{group.place}</StaffText> })}</p>}
      {group.advisers.length > 0 && (
        <p>{t("groups.advisedBy", { names: group.advisers.map((a) => a.name).join(", ") })}</p>
      )}
      <section aria-labelledby="objectives-title">
        <h2 id="objectives-title">{t("groups.objectives")}</h2>
        {group.objectives.length === 0 ? (
          <p>{t("groups.noObjectives")}</p>
        ) : (
          <ul class="plain-list">
            {group.objectives.map((o) => (
              <li key={o.id}>
                <strong>
                  <StaffText>{o.label}</StaffText>
                </strong>
                {" — "}
                {tWith("groups.target", { target: <StaffText>{o.targetText}</StaffText> })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="partners-title">
        <h2 id="partners-title">{t("groups.partners")}</h2>
        {group.partners.length === 0 ? (
          <p>{t("groups.noPartners")}</p>
        ) : (
          <ul class="plain-list">
            {group.partners.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** `/groupes/:id`: a group, its households and sessions; closed groups and viewers read only. */
export default function GroupPage({ id }: { id: string }) {
  const group = useSignal<Group | null>(null);
  const sessions = useSignal<Session[] | null>(null);
  const households = useSignal<Household[] | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    if (!mayRead()) return;
    Promise.all([groupsApi.get(id), groupsApi.sessions(id)]).then(
      ([g, s]) => {
        group.value = g;
        sessions.value = s;
      },
      (error) => (problem.value = asApiError(error)),
    );
    if (mayWrite()) groupsApi.households().then((list) => (households.value = list));
  }, [id, group, sessions, households, problem]);

  const g = group.value;
  if (!mayRead())
    return (
      <Page title={t("groups.title")}>
        <p>{t("groups.staffOnly")}</p>
      </Page>
    );
  if (!g)
    return (
      <Page title={t("groups.title")}>
        <ProblemAlert problem={problem.value} />
        {!problem.value && <p role="status">{t("status.loading")}</p>}
      </Page>
    );
  const canWrite = mayWrite() && !isClosed(g);
  const saved = (next: Group) => (group.value = next);
  return (
    <Page title={g.name} heading={<StaffText>{g.name}</StaffText>}>
      <p>
        <a href="/groupes" class="back-link">
          {t("groups.backToList")}
        </a>
      </p>
      {isClosed(g) && <p class="notice">{t("groups.closedNotice")}</p>}
      {!mayWrite() && <p class="notice">{t("groups.readOnly")}</p>}
      <p>
        <a class="button secondary" href={`/groupes/${g.id}/tableau-de-bord`}>
          {t("groups.dashboardLink")}
        </a>
      </p>
      <GroupFacts group={g} />
      <MembersSection group={g} households={households.value} canWrite={canWrite} onSaved={saved} />
      {sessions.value && <SessionsSection group={g} sessions={sessions.value} canWrite={canWrite} />}
      {canWrite && <GroupStatusActions group={g} onSaved={saved} />}
    </Page>
  );
}
