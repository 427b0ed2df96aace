import { useLocation } from "preact-iso";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { sessionDay, sessionWhen } from "./group-words.ts";
import type { Group, Session } from "./groups-api.ts";
import { PlanSessionForm } from "./plan-session-form.tsx";
import { ThemeName } from "./theme-name.tsx";

function SessionItem({ session }: { session: Session }) {
  const present = session.attendance.filter((a) => a.status === "present").length;
  return (
    <li class="card session-card">
      <p class="card-title">
        <a href={`/seances/${session.id}`} class="tap-link">
          {sessionWhen(session)}
        </a>
      </p>
      <p>
        <ThemeName theme={session.theme} themeText={session.themeText} />
      </p>
      {session.place && <p>{tWith("groups.placeIs", { place: <StaffText>{session.place}</StaffText> })}</p>}
      {session.attendance.length > 0 && (
        <p>{t("groups.sessions.presentCount", { count: present, total: session.attendance.length })}</p>
      )}
    </li>
  );
}

/** Sessions to come first (the next one on top), then those held, the latest first. */
export function SessionsSection({
  group,
  sessions,
  canWrite,
}: {
  group: Group;
  sessions: Session[];
  canWrite: boolean;
}) {
  const { route } = useLocation();
  const today = brusselsDay(new Date());
  const upcoming = sessions.filter((s) => sessionDay(s) >= today);
  const past = sessions.filter((s) => sessionDay(s) < today).reverse();
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("groups.sessions.title")}</h2>
      {canWrite && (
        <details class="panel">
          <summary>{t("groups.session.planTitle")}</summary>
          <PlanSessionForm group={group} onPlanned={(s) => route(`/seances/${s.id}`)} />
        </details>
      )}
      <h3>{t("groups.sessions.upcoming")}</h3>
      {upcoming.length === 0 && <p>{t("groups.sessions.noneUpcoming")}</p>}
      <ul class="cards">
        {upcoming.map((s) => (
          <SessionItem key={s.id} session={s} />
        ))}
      </ul>
      <h3>{t("groups.sessions.past")}</h3>
      {past.length === 0 && <p>{t("groups.sessions.nonePast")}</p>}
      <ul class="cards">
        {past.map((s) => (
          <SessionItem key={s.id} session={s} />
        ))}
      </ul>
    </section>
  );
}
