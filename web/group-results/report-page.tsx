import "../lib/i18n/fr-results.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ReportPeriodForm } from "../components/report-period-form.tsx";
import { ReportRow } from "../components/report-row.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { brusselsDay, formatDate, formatEuros, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";
import { type Partner, type ProgrammeReport, resultsApi } from "./results-api.ts";
import { countText, energyName, percent, signedPercent } from "./results-words.ts";

const READERS = ["coordinator", "adviser", "viewer"];

/** `/rapport-programme`: the organisation's programme report for a period, to print or download. */
export default function ReportPage() {
  const organisationId = session.me.value?.activeOrganisation?.organisationId;
  const today = brusselsDay(new Date());
  const from = useSignal(`${today.slice(0, 4)}-01-01`);
  const to = useSignal(today);
  const report = useSignal<ProgrammeReport | null>(null);
  const action = useAction();
  const { run } = action;
  const download = useAction();

  const show = () => {
    if (organisationId)
      void run(async () => {
        report.value = await resultsApi.report(organisationId, from.value, to.value);
      });
  };
  useEffect(show, [organisationId]);

  if (!organisationId || !READERS.includes(session.role.value ?? ""))
    return (
      <Page title={t("results.reportTitle")}>
        <p>{t("results.staffOnly")}</p>
      </Page>
    );
  const r = report.value;
  return (
    <Page title={t("results.reportTitle")}>
      <p class="lead no-print">{t("results.reportIntro")}</p>
      <ReportPeriodForm
        from={from}
        to={to}
        words={{
          from: t("results.from"),
          to: t("results.to"),
          show: t("results.show"),
          print: t("results.print"),
          downloadCsv: t("results.downloadCsv"),
        }}
        report={action}
        download={download}
        printable={!!r}
        onShow={show}
        onDownload={() => resultsApi.downloadCsv(organisationId, from.value, to.value)}
      />
      {r && <ReportContent report={r} />}
    </Page>
  );
}

function ReportContent({ report: r }: { report: ProgrammeReport }) {
  return (
    <article class="report">
      <p class="report-period-text">
        {t("results.period", { from: formatDate(r.from), to: formatDate(r.to) })}
      </p>

      <h2>{t("results.participationTitle")}</h2>
      <dl class="report-figures">
        <ReportRow label={t("results.householdsFollowed")}>{r.householdsFollowed}</ReportRow>
        <ReportRow label={t("results.householdsInGroups")}>{r.householdsInGroups}</ReportRow>
        <ReportRow label={t("results.groups")}>{r.groups}</ReportRow>
        <ReportRow label={t("results.sessionsHeld")}>{r.sessionsHeld}</ReportRow>
        <ReportRow label={t("results.attendanceRate")}>
          {r.attendanceRate === null ? "–" : percent(r.attendanceRate)}
        </ReportRow>
      </dl>

      <h2>{t("results.coachingTitle")}</h2>
      <dl class="report-figures">
        <ReportRow label={t("results.visits")}>{r.visits}</ReportRow>
        <ReportRow label={t("results.commitmentsDone")}>{r.commitmentsDone}</ReportRow>
        <ReportRow label={t("results.kitTotal")}>{formatEuros(r.kit.totalEur)}</ReportRow>
        <ReportRow label={t("results.kitHouseholds")}>{r.kit.households}</ReportRow>
        <ReportRow label={t("results.kitOverCap")}>{r.kit.overCap}</ReportRow>
      </dl>
      <h3>{t("results.referralsTitle")}</h3>
      <dl class="report-figures">
        {(Object.entries(r.referrals) as Array<[Partner, number]>).map(([partner, count]) => (
          <ReportRow key={partner} label={t(`results.partner.${partner}`)}>
            {count}
          </ReportRow>
        ))}
      </dl>

      <h2>{t("results.reportSavingsTitle")}</h2>
      <p>{t("results.reportSavingsIntro")}</p>
      {r.savings.length === 0 && <p>{t("results.reportNoSavings")}</p>}
      <dl class="report-figures">
        {r.savings.map((s) => (
          <ReportRow key={s.energy} label={energyName(s.energy)}>
            {s.savingsKwh === null || s.uncertaintyKwh90 === null ? (
              t("results.reportNoSavings")
            ) : (
              <>
                {/* The dashboard's group card rule: inside its own margin, no euros to show either. */}
                {t(s.withinMargin ? "results.reportWithinMargin" : "results.reportSavingsLine", {
                  kwh: formatNumber(s.savingsKwh),
                  margin: formatNumber(s.uncertaintyKwh90),
                  counted: countText("results.countedOf", s.counted, { total: s.counted + s.notCounted }),
                })}
                {!s.withinMargin && s.savingsEur !== null && s.uncertaintyEur90 !== null && (
                  <>
                    <br />
                    {t("results.reportSavingsEuros", {
                      eur: formatEuros(s.savingsEur),
                      margin: formatEuros(s.uncertaintyEur90),
                    })}
                  </>
                )}
              </>
            )}
          </ReportRow>
        ))}
      </dl>

      <h2>{t("results.signalsTitle")}</h2>
      <p>{countText("results.assessed", r.flags.assessed)}</p>
      <dl class="report-figures">
        <ReportRow label={t("results.restrictionCount")}>{r.flags.possibleRestriction}</ReportRow>
        <ReportRow label={t("results.comfortCount")}>{r.flags.comfort}</ReportRow>
      </dl>

      <h2>{t("results.objectivesTitle")}</h2>
      {r.objectives.length === 0 && <p>{t("results.noObjectives")}</p>}
      <ul class="plain-list report-objectives">
        {r.objectives.map((o, i) => (
          <li key={`${o.groupId}-${i}`} class="card">
            <p class="card-title">
              <StaffText>{o.label}</StaffText>{" "}
              <span class="hint">
                (<StaffText>{o.groupName}</StaffText>)
              </span>
            </p>
            <p>{tWith("results.target", { target: <StaffText>{o.targetText}</StaffText> })}</p>
            <p>
              {o.measured === null
                ? t("results.notMeasured")
                : o.kind === "savings_pct"
                  ? t("results.measuredHeating", { value: signedPercent(o.measured / 100) })
                  : t("results.measured", { value: measuredText(o.kind, o.measured) })}
              {o.met !== null && (
                <>
                  {" — "}
                  <strong>{t(o.met ? "results.met" : "results.notMet")}</strong>
                </>
              )}
            </p>
            {o.heating && o.heating.length > 0 && <HeatingParts parts={o.heating} />}
            {o.assessment && (
              <p>{tWith("results.assessment", { text: <StaffText>{o.assessment}</StaffText> })}</p>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}

type HeatingPart = NonNullable<ProgrammeReport["objectives"][number]["heating"]>[number];

/** The heating energies behind a savings objective's measure, each with its margin. */
function HeatingParts({ parts }: { parts: HeatingPart[] }) {
  return (
    <>
      <ul class="plain-list">
        {parts.map((h) => (
          <li key={h.energy}>
            {t(
              h.withinMargin
                ? "results.heatingPartWithinMargin"
                : h.savingsKwh >= 0
                  ? "results.heatingPartSaved"
                  : "results.heatingPartUsedMore",
              {
                energy: energyName(h.energy),
                households: countText("results.households", h.counted),
                change: signedPercent(-h.savingsKwh / h.expectedKwh),
                // Inside its margin, the figure as the group card shows it; outside, its size by the words.
                kwh: formatNumber(h.withinMargin ? h.savingsKwh : Math.abs(h.savingsKwh)),
                margin: formatNumber(h.uncertaintyKwh90),
              },
            )}
          </li>
        ))}
      </ul>
      <p class="hint">{t("results.heatingHint")}</p>
    </>
  );
}

function measuredText(kind: ProgrammeReport["objectives"][number]["kind"], value: number): string {
  if (kind === "commitments_done_per_household")
    return t("results.perHousehold", { value: formatNumber(value, { maxDecimals: 1 }) });
  return `${formatNumber(value, { maxDecimals: 0 })}\u00a0%`;
}
