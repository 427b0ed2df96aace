import { useEffect, useMemo } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatDate, formatDateTime } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { InviteForm } from "./invite-form.tsx";
import { createTeamState } from "./organisations-state.ts";

/** The coordinator's page: invite colleagues, see who has not joined yet and who is in the team. */
export default function TeamPage() {
  const team = useMemo(createTeamState, []);
  useEffect(() => {
    void team.load();
  }, [team]);
  const members = team.members.value;
  const invitations = team.invitations.value;

  return (
    <Page title={t("team.title")}>
      <ProblemAlert problem={team.loadProblem.value} />
      <section aria-labelledby="team-invite">
        <h2 id="team-invite">{t("team.invite")}</h2>
        <p>{t("team.inviteIntro")}</p>
        <InviteForm send={team.invite} submitLabel={t("team.inviteSubmit")} />
      </section>

      <section aria-labelledby="team-pending">
        <h2 id="team-pending">{t("team.pending")}</h2>
        {invitations === null && <p role="status">{t("status.loading")}</p>}
        {invitations?.length === 0 && <p>{t("team.noPending")}</p>}
        <ul class="cards">
          {invitations?.map((i) => (
            <li key={i.id} class="card">
              <p class="card-title">{i.email ?? t("team.noEmail")}</p>
              <p>{t(`role.${i.role}`)}</p>
              <p class="muted">{t("invite.expires", { date: formatDateTime(i.expiresAt) })}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="team-members">
        <h2 id="team-members">{t("team.members")}</h2>
        {members === null && <p role="status">{t("status.loading")}</p>}
        <ul class="cards">
          {members?.map((m) => (
            <li key={m.userId} class="card">
              <p class="card-title">{m.displayName}</p>
              <p>{t(`role.${m.role}`)}</p>
              {m.email && <p class="muted">{m.email}</p>}
              <p class="muted">{t("team.since", { date: formatDate(m.since) })}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
