import "../lib/i18n/fr-groups.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { AttendanceSection } from "./attendance-section.tsx";
import { isClosed, isMemberOn, mayRead, mayWrite, sessionDay, sessionWhen, tipText } from "./group-words.ts";
import { type Group, groupsApi, type Session, type SharedTip } from "./groups-api.ts";
import { SessionEditForm } from "./session-edit-form.tsx";
import { SharedTipsSection } from "./shared-tips-section.tsx";
import { ThemeName } from "./theme-name.tsx";

function SessionFacts({ session }: { session: Session }) {
  return (
    <>
      <p class="session-theme">
        <ThemeName theme={session.theme} themeText={session.themeText} />
      </p>
      {session.place && <p>{tWith("groups.placeIs", { place: <StaffText>{session.place}</StaffText> })}</p>}
      {session.speakers.length > 0 && (
        <p>{t("groups.session.speakersAre", { names: session.speakers.join(", ") })}</p>
      )}
      {session.agenda && (
        <>
          <h2>{t("groups.session.agenda")}</h2>
          <p class="pre-line">
            <StaffText>{session.agenda}</StaffText>
          </p>
        </>
      )}
      <h2>{t("groups.session.tipsCovered")}</h2>
      {session.tips.length === 0 ? (
        <p>{t("groups.session.noTips")}</p>
      ) : (
        <ul class="plain-list">
          {session.tips.map((tip) => (
            <li key={tip.id}>
              <StaffText lang={tipText(tip.text).lang}>{tipText(tip.text).title}</StaffText>
            </li>
          ))}
        </ul>
      )}
      {session.notes && (
        <>
          <h2>{t("groups.session.notes")}</h2>
          <p class="pre-line">
            <StaffText>{session.notes}</StaffText>
          </p>
        </>
      )}
    </>
  );
}

/** `/seances/:id`: a session, its attendance, its notes and tips, the tricks shared during it. */
export default function SessionPage({ id }: { id: string }) {
  const session = useSignal<Session | null>(null);
  const group = useSignal<Group | null>(null);
  const shared = useSignal<SharedTip[]>([]);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    if (!mayRead()) return;
    groupsApi
      .session(id)
      .then(async (s) => {
        const [g, tips] = await Promise.all([groupsApi.get(s.groupId), groupsApi.sharedTips(s.groupId)]);
        shared.value = tips.filter((tip) => tip.sessionId === s.id);
        group.value = g;
        session.value = s;
      })
      .catch((error) => (problem.value = asApiError(error)));
  }, [id, session, group, shared, problem]);

  const s = session.value;
  const g = group.value;
  if (!mayRead() || !s || !g)
    return (
      <Page title={t("groups.session.title")}>
        {!mayRead() && <p>{t("groups.staffOnly")}</p>}
        <ProblemAlert problem={problem.value} />
        {mayRead() && !problem.value && <p role="status">{t("status.loading")}</p>}
      </Page>
    );
  const canWrite = mayWrite() && !isClosed(g);
  const saved = (next: Session) => (session.value = next);
  return (
    <Page title={t("groups.session.titleOf", { when: sessionWhen(s) })}>
      <p>
        <a href={`/groupes/${g.id}`} class="back-link">
          {tWith("groups.backToGroup", { name: <StaffText>{g.name}</StaffText> })}
        </a>
      </p>
      {isClosed(g) && <p class="notice">{t("groups.closedNotice")}</p>}
      {!mayWrite() && <p class="notice">{t("groups.readOnly")}</p>}
      <p>
        <a class="button primary" href={`/seances/${s.id}/fiche`}>
          {t("groups.handout.open")}
        </a>
      </p>
      <SessionFacts session={s} />
      <AttendanceSection group={g} session={s} canWrite={canWrite} onSaved={saved} />
      {canWrite && (
        <details class="panel">
          <summary>{t("groups.session.editTitle")}</summary>
          <SessionEditForm session={s} onSaved={saved} />
        </details>
      )}
      <SharedTipsSection
        sessionId={s.id}
        members={g.members.filter((m) => isMemberOn(m, sessionDay(s)))}
        tips={shared.value}
        theme={s.theme}
        canWrite={canWrite}
        onSaved={(tip) => (shared.value = shared.value.map((x) => (x.id === tip.id ? tip : x)))}
        onShared={(tip) => (shared.value = [...shared.value, tip])}
      />
    </Page>
  );
}
