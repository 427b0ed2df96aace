import "../lib/i18n/fr-building-report.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { areaText, mayReadBuildings } from "../buildings/buildings-words.ts";
import { Page } from "../components/page.tsx";
import { ReportPeriodForm } from "../components/report-period-form.tsx";
import { ReportRow } from "../components/report-row.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { formatDate, formatNumber, formatYearMonth } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type BuildingReport, type ReportObjective, type ReportProject, reportApi } from "./report-api.ts";
import { objectiveKindName } from "./report-words.ts";

/** "83 %": a share of one in whole percents (one decimal under 10 %). */
const pct = (share: number) =>
  `${formatNumber(share * 100, { maxDecimals: Math.abs(share) < 0.1 ? 1 : 0 })}\u00a0%`;
/** A figure with its unit, or a dash without one. */
const figure = (value: number | null, unit = "", maxDecimals = 0) =>
  value === null
    ? t("buildingReport.noValue")
    : `${formatNumber(value, { maxDecimals })}${unit ? `\u00a0${unit}` : ""}`;

/** `/batiments/:id/rapport`: the building's report for a period, to print (A4, black and white) or download. */
export default function BuildingReportPage({ id }: { id: string }) {
  const from = useSignal("");
  const to = useSignal("");
  const report = useSignal<BuildingReport | null>(null);
  const action = useAction();
  const { pending, run } = action;
  const download = useAction();

  const show = () =>
    void run(async () => {
      const r = await reportApi.report(id, from.value || undefined, to.value || undefined);
      report.value = r;
      from.value = r.from;
      to.value = r.to;
    });
  useEffect(() => {
    if (mayReadBuildings()) show();
  }, [id]);

  const r = report.value;
  const title = r ? t("buildingReport.heading", { name: r.building.name }) : t("buildingReport.title");
  if (!mayReadBuildings())
    return (
      <Page title={t("buildingReport.title")}>
        <p>{t("buildingReport.staffOnly")}</p>
      </Page>
    );
  return (
    <Page title={title}>
      <p class="no-print">
        <a href={`/batiments/${id}`} class="back-link">
          {t("buildingReport.back")}
        </a>
      </p>
      <p class="lead no-print">{t("buildingReport.intro")}</p>
      <ReportPeriodForm
        from={from}
        to={to}
        words={{
          from: t("buildingReport.from"),
          to: t("buildingReport.to"),
          show: t("buildingReport.show"),
          print: t("buildingReport.print"),
          downloadCsv: t("buildingReport.downloadCsv"),
        }}
        report={action}
        download={download}
        printable={!!r}
        onShow={show}
        onDownload={() => reportApi.downloadCsv(id, from.value, to.value)}
      />
      {!r && pending.value && <p role="status">{t("status.loading")}</p>}
      {r && <ReportContent report={r} />}
    </Page>
  );
}

function ReportContent({ report: r }: { report: BuildingReport }) {
  const b = r.building;
  const h = r.heating;
  // The months at the open end are named once, as such.
  const missingMonths = h.missingMonths.filter((m) => !h.openEndMonths.includes(m));
  return (
    <article class="report building-report">
      <p class="report-period-text">
        {b.code} — {t("buildingReport.period", { from: formatDate(r.from), to: formatDate(r.to) })}
      </p>
      <p>
        {t("buildingReport.address", {
          address: b.address,
          postcode: b.postcode,
          commune: b.commune,
          area: areaText(b.heatedAreaM2),
        })}
      </p>

      <h2>{t("buildingReport.heatingTitle")}</h2>
      <p>
        {t("buildingReport.heatingMonths", {
          from: formatYearMonth(h.fromMonth),
          to: formatYearMonth(h.toMonth),
        })}
      </p>
      <dl class="report-figures">
        <ReportRow label={t("buildingReport.kwh")}>{figure(h.kwh, "kWh")}</ReportRow>
        <ReportRow label={t("buildingReport.kwhPerM2")}>{figure(h.kwhPerM2, "kWh/m²", 1)}</ReportRow>
        <ReportRow label={t("buildingReport.degreeDays")}>{figure(h.degreeDays)}</ReportRow>
        <ReportRow label={t("buildingReport.kwhPerM2PerDegreeDay")}>
          {figure(h.kwhPerM2PerDegreeDay, "kWh/m²", 4)}
        </ReportRow>
      </dl>
      {h.openEndMonths.length > 0 && (
        <p>{t("buildingReport.openEnd", { months: h.openEndMonths.map(formatYearMonth).join(", ") })}</p>
      )}
      {!h.complete && <p>{t("buildingReport.notComplete")}</p>}
      {missingMonths.length > 0 && (
        <p>{t("buildingReport.missingMonths", { months: missingMonths.map(formatYearMonth).join(", ") })}</p>
      )}

      <h2>{t("buildingReport.worksTitle")}</h2>
      {r.works.length === 0 && <p>{t("buildingReport.noWorks")}</p>}
      <ul>
        {r.works.map((e) => (
          <li key={e.id}>
            {e.status === "done" && e.completedOn
              ? tWith("buildingReport.worksDone", {
                  label: <StaffText>{e.label}</StaffText>,
                  date: formatDate(e.completedOn),
                })
              : tWith("buildingReport.worksUnderWay", {
                  label: <StaffText>{e.label}</StaffText>,
                  date: formatDate(e.startedOn),
                })}
          </li>
        ))}
      </ul>

      <h2>{t("buildingReport.alertsTitle")}</h2>
      <dl class="report-figures">
        <ReportRow label={t("buildingReport.alertsAbout")}>{r.alerts.about}</ReportRow>
        <ReportRow label={t("buildingReport.alertsOpened")}>{r.alerts.opened}</ReportRow>
        <ReportRow label={t("buildingReport.alertsClosed")}>{r.alerts.closed}</ReportRow>
        <ReportRow label={t("buildingReport.alertsOpenAtEnd")}>{r.alerts.openAtEnd}</ReportRow>
        {r.alerts.byKind.map((k) => (
          <ReportRow key={k.kind} label={t(`buildingReport.alert.${k.kind}` as MessageKey)}>
            {t("buildingReport.alertKindLine", { about: k.about, opened: k.opened, closed: k.closed })}
          </ReportRow>
        ))}
      </dl>

      <h2>{t("buildingReport.surveyTitle")}</h2>
      {r.survey.answers === 0 ? (
        <p>{t("buildingReport.noAnswers")}</p>
      ) : (
        <>
          <dl class="report-figures">
            <ReportRow label={t("buildingReport.answers")}>{r.survey.answers}</ReportRow>
            <ReportRow label={t("buildingReport.comfortable")}>
              {r.survey.comfortableShare === null ? "–" : pct(r.survey.comfortableShare)}
            </ReportRow>
            <ReportRow label={t("buildingReport.cold")}>
              {r.survey.coldShare === null ? "–" : pct(r.survey.coldShare)}
            </ReportRow>
          </dl>
          {r.survey.problems.length > 0 && (
            <>
              <h3>{t("buildingReport.problemsTitle")}</h3>
              <dl class="report-figures">
                {r.survey.problems.map((p) => (
                  <ReportRow key={p.problem} label={t(`buildingReport.problem.${p.problem}` as MessageKey)}>
                    {p.count}
                  </ReportRow>
                ))}
              </dl>
            </>
          )}
        </>
      )}

      <h2>{t("buildingReport.consultationsTitle")}</h2>
      {r.consultations.length === 0 && <p>{t("buildingReport.noConsultations")}</p>}
      <ul class="plain-list report-objectives">
        {r.consultations.map((c) => {
          const leader = c.options.find((o) => o.id === c.leadingOptionId);
          return (
            <li key={c.id} class="card">
              <h3 class="card-title">
                <StaffText>{c.title}</StaffText>
              </h3>
              <p>
                {c.status === "closed"
                  ? t("buildingReport.consultationClosed", { date: formatDate(c.closesOn) })
                  : t("buildingReport.consultationOpen", { date: formatDate(c.closesOn) })}
              </p>
              <p>
                {t("buildingReport.turnout", {
                  answered: c.answered,
                  occupied: c.occupiedDwellings,
                  pct: c.turnout === null ? "–" : pct(c.turnout),
                })}
              </p>
              <ul>
                {c.options.map((o) => (
                  <li key={o.id}>
                    {tWith("buildingReport.optionLine", {
                      label: <StaffText>{o.label}</StaffText>,
                      count: o.answers,
                    })}
                  </li>
                ))}
              </ul>
              <p>
                <strong>
                  {leader
                    ? tWith(c.status === "closed" ? "buildingReport.result" : "buildingReport.leadingSoFar", {
                        label: <StaffText>{leader.label}</StaffText>,
                      })
                    : t("buildingReport.noResult")}
                </strong>
              </p>
            </li>
          );
        })}
      </ul>

      <h2>{t("buildingReport.projectsTitle")}</h2>
      {r.projects.length === 0 && <p>{t("buildingReport.noProjects")}</p>}
      {r.projects.map((p) => (
        <ProjectReport key={p.id} project={p} />
      ))}
    </article>
  );
}

function savingsText(s: ReportProject["savings"]): string[] {
  if (
    s.verdict === "ok" &&
    s.savingsKwh !== null &&
    s.uncertaintyKwh90 !== null &&
    s.savingsFraction !== null &&
    s.from &&
    s.to
  )
    return [
      t("buildingReport.savings", {
        kwh: formatNumber(Math.round(s.savingsKwh)),
        margin: formatNumber(Math.round(s.uncertaintyKwh90)),
        pct: pct(s.savingsFraction),
        low: s.savingsFractionLow === null ? "–" : pct(s.savingsFractionLow),
        high: s.savingsFractionHigh === null ? "–" : pct(s.savingsFractionHigh),
        from: formatDate(s.from),
        to: formatDate(s.to),
      }),
      ...(s.monthsToFullYear ? [t("buildingReport.savingsProvisional")] : []),
    ];
  return [t(`buildingReport.savingsNone.${s.verdict}` as MessageKey)];
}

function ProjectReport({ project: p }: { project: ReportProject }) {
  return (
    <section class="report-project" aria-labelledby={`project-${p.id}`}>
      <h3 id={`project-${p.id}`}>
        <StaffText>{p.name}</StaffText>
      </h3>
      {p.description && (
        <p>
          <StaffText>{p.description}</StaffText>
        </p>
      )}
      {savingsText(p.savings).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <ul class="plain-list report-objectives">
        {p.objectives.map((o) => (
          <ObjectiveReport key={o.id} objective={o} />
        ))}
      </ul>
    </section>
  );
}

function ObjectiveReport({ objective: o }: { objective: ReportObjective }) {
  const measured = o.measured === null ? null : `${formatNumber(o.measured, { maxDecimals: 1 })}\u00a0%`;
  const why = [
    o.reason ? t(`buildingReport.reason.${o.reason}` as MessageKey) : null,
    o.monthsStillNeeded ? t("buildingReport.monthsStillNeeded", { count: o.monthsStillNeeded }) : null,
  ].filter(Boolean);
  return (
    <li class="card">
      <p class="card-title">
        <StaffText>{o.label}</StaffText>
      </p>
      <p>{tWith("buildingReport.target", { target: <StaffText>{o.targetText}</StaffText> })}</p>
      <p class="hint">{objectiveKindName(o.kind)}</p>
      {measured && (
        <p>
          {t("buildingReport.measured", { value: measured })}
          {o.measuredLow !== null && o.measuredHigh !== null && (
            <>
              {" "}
              {t("buildingReport.interval", {
                low: `${formatNumber(o.measuredLow, { maxDecimals: 1 })}\u00a0%`,
                high: `${formatNumber(o.measuredHigh, { maxDecimals: 1 })}\u00a0%`,
              })}
            </>
          )}
        </p>
      )}
      <p>
        <strong class="objective-status">{t(`buildingReport.status.${o.status}` as MessageKey)}</strong>
        {why.length > 0 && ` — ${why.join(", ")}`}
      </p>
      {o.kind === "manual" || o.assessment ? (
        <p>
          {o.assessment
            ? tWith("buildingReport.assessment", { text: <StaffText>{o.assessment}</StaffText> })
            : t("buildingReport.noAssessment")}
        </p>
      ) : null}
    </li>
  );
}
