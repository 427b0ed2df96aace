import "../lib/i18n/fr-results.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { memberName } from "../groups/group-words.ts";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDay, formatEuros, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { type Dashboard, type GroupSavings, resultsApi, type SharingMember } from "./results-api.ts";
import { countText, energyName, memberFlags, percent, reasonText } from "./results-words.ts";

/** `/groupes/:id/tableau-de-bord`: how the group's households are doing, for its adviser. */
export default function DashboardPage() {
  const { params } = useRoute();
  const groupId = params.id as string;
  const dashboard = useSignal<Dashboard | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    resultsApi.dashboard(groupId).then(
      (d) => (dashboard.value = d),
      (error) => (problem.value = asApiError(error)),
    );
  }, [groupId]);
  const d = dashboard.value;
  return (
    <Page
      title={t("results.dashboardTitle")}
      heading={
        d
          ? tWith("results.dashboardHeading", { name: <StaffText>{d.group.name}</StaffText> })
          : t("results.dashboardTitle")
      }
    >
      <p class="no-print">
        <a href={`/groupes/${groupId}`} class="back-link">
          {t("results.backToGroup")}
        </a>
      </p>
      <ProblemAlert problem={problem.value} />
      {!d && !problem.value && (
        <p class="loading" role="status">
          {t("status.loading")}
        </p>
      )}
      {d && <DashboardContent dashboard={d} />}
    </Page>
  );
}

function DashboardContent({ dashboard: d }: { dashboard: Dashboard }) {
  const name = (householdId: string) => d.members.find((m) => m.householdId === householdId)?.pseudonym ?? "";
  const sharing = d.members.filter((m): m is SharingMember => m.sharing);
  const attention = sharing.filter((m) => memberFlags(m).length > 0);
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t("results.summaryTitle")}</h2>
        <ul class="plain-list results-facts">
          <li>
            {t("results.sessions", {
              held: countText("results.sessionsHeld", d.sessions.held),
              planned: countText("results.sessionsPlanned", d.sessions.planned),
            })}
          </li>
          <li>
            {d.attendanceRate === null
              ? t("results.noAttendance")
              : t("results.attendance", { rate: percent(d.attendanceRate) })}
          </li>
          <li>
            {d.kitCapEur === null
              ? t("results.noKitCap")
              : t("results.kitCap", { cap: formatEuros(d.kitCapEur) })}
          </li>
        </ul>
        <p>
          <a href="/rapport-programme">{t("results.reportLink")}</a>
        </p>
      </section>

      <section aria-labelledby="savings-title">
        <h2 id="savings-title">{t("results.savingsTitle")}</h2>
        <p>{t("results.savingsIntro")}</p>
        {d.savings.length === 0 && <p>{t("results.noSavingsYet")}</p>}
        {d.savings.map((s) => (
          <GroupSavingsCard key={s.energy} savings={s} name={name} />
        ))}
      </section>

      <section aria-labelledby="attention-title">
        <h2 id="attention-title">{t("results.attentionTitle")}</h2>
        {attention.length === 0 ? (
          <p>{t("results.attentionNone")}</p>
        ) : (
          <ul class="plain-list attention-list">
            {attention.map((m) => (
              <li key={m.householdId}>
                <strong>{m.pseudonym}</strong> — {memberFlags(m).join(", ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("results.membersTitle")}</h2>
        <ul class="cards">
          {d.members.map((m) =>
            m.sharing ? (
              <MemberCard key={m.householdId} member={m} capEur={d.kitCapEur} />
            ) : (
              <li key={m.householdId} class="card member-card">
                <p class="card-title">{memberName(m)}</p>
                <p>
                  <span class="badge muted-badge">{t("results.notSharing")}</span>
                </p>
                <p class="hint">{t("results.notSharingHint")}</p>
              </li>
            ),
          )}
        </ul>
      </section>
    </>
  );
}

function GroupSavingsCard({ savings: s, name }: { savings: GroupSavings; name: (id: string) => string }) {
  const energy = energyName(s.energy);
  return (
    <div class="card results-savings">
      {s.savingsKwh === null || s.uncertaintyKwh90 === null ? (
        <p class="card-title">{t("results.noneCounted", { energy })}</p>
      ) : s.withinMargin ? (
        // Inside its own margin the figure could as well be zero: say so rather than celebrate it.
        <p class="card-title">
          {t("results.withinMargin", {
            energy,
            kwh: formatNumber(s.savingsKwh),
            margin: formatNumber(s.uncertaintyKwh90),
          })}
        </p>
      ) : (
        <>
          <p class="card-title">
            {t(s.savingsKwh >= 0 ? "results.groupSaved" : "results.groupUsedMore", {
              energy,
              kwh: formatNumber(Math.abs(s.savingsKwh)),
              margin: formatNumber(s.uncertaintyKwh90),
            })}
          </p>
          {s.savingsShare !== null && s.savingsShare >= 0 && (
            <p>{t("results.groupShare", { share: percent(s.savingsShare) })}</p>
          )}
          {s.savingsEur !== null && s.uncertaintyEur90 !== null && s.savingsEur >= 0 && (
            <p>
              {t("results.groupEuros", {
                eur: formatEuros(s.savingsEur),
                margin: formatEuros(s.uncertaintyEur90),
              })}
            </p>
          )}
        </>
      )}
      {s.counted > 0 && (
        <p>{s.counted === 1 ? t("results.countedOne") : t("results.counted", { count: s.counted })}</p>
      )}
      {s.notCounted.length > 0 && (
        <>
          <p class="results-subtitle">{t("results.notCountedTitle")}</p>
          <ul class="plain-list">
            {s.notCounted.map((n) => (
              <li key={n.householdId}>
                {name(n.householdId)} — {reasonText(n.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function MemberCard({ member: m, capEur }: { member: SharingMember; capEur: number | null }) {
  const flags = memberFlags(m);
  const { readings, attendance, commitments, kit } = m;
  return (
    <li class="card member-card">
      <p class="card-title">
        {m.pseudonym} <span class="code">{m.code}</span>
      </p>
      {flags.length > 0 && (
        <p class="badges">
          {flags.map((f) => (
            <span key={f} class="badge warning-badge">
              {f}
            </span>
          ))}
        </p>
      )}
      <p>
        {readings.meters.length === 0
          ? t("results.noMeter")
          : readings.lastReadingDay
            ? t("results.lastReading", { day: formatDay(readings.lastReadingDay) })
            : t("results.noReading")}
      </p>
      <p>
        {attendance.held === 0
          ? t("results.memberNoSession")
          : t("results.memberAttendance", { present: attendance.present, held: attendance.held })}
      </p>
      <p>
        {t("results.memberCommitments", {
          done: countText("results.memberDone", commitments.done),
          planned: countText("results.memberPlanned", commitments.planned),
        })}
      </p>
      <p>
        {capEur === null
          ? t("results.memberKitNoCap", { total: formatEuros(kit.totalEur) })
          : t("results.memberKit", { total: formatEuros(kit.totalEur), cap: formatEuros(capEur) })}
      </p>
      {m.savings.map((s) => (
        <MemberSavingsLine key={s.energy} savings={s} />
      ))}
      <p class="no-print">
        <a href={`/menages/${m.householdId}`}>{t("results.openFile", { name: m.pseudonym })}</a>
      </p>
    </li>
  );
}

function MemberSavingsLine({ savings: s }: { savings: SharingMember["savings"][number] }) {
  const energy = energyName(s.energy);
  // The group card's rule, decided by the API: a figure inside its own margin is no saving.
  if (s.verdict === "ok" && s.withinMargin && s.savingsKwh !== null && s.uncertaintyKwh90 !== null)
    return (
      <p>
        {t("results.withinMargin", {
          energy,
          kwh: formatNumber(s.savingsKwh),
          margin: formatNumber(s.uncertaintyKwh90),
        })}
      </p>
    );
  if (s.verdict === "ok" && s.withinMargin === false && s.savingsFraction !== null)
    return (
      <p>
        {t(s.savingsFraction >= 0 ? "results.memberSaved" : "results.memberUsedMore", {
          energy,
          share: percent(Math.abs(s.savingsFraction)),
        })}
      </p>
    );
  return (
    <>
      <p>
        {t("results.memberNotYet", {
          energy,
          reason: reasonText(s.verdict === "ok" ? "no_interval" : s.verdict),
        })}
      </p>
      {s.yearOnYear?.status === "compared" && (
        <p class="hint">
          {t("results.yearOnYear", {
            change: `${s.yearOnYear.changeShare > 0 ? "+" : ""}${percent(s.yearOnYear.changeShare)}`,
          })}
        </p>
      )}
    </>
  );
}
