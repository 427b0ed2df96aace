import "../lib/i18n/fr-tenant.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { ConsultationCard } from "./consultation-card.tsx";
import { SurveyForm } from "./survey-form.tsx";
import type { TenantBuilding } from "./tenant-api.ts";
import { tenantApi } from "./tenant-api.ts";
import { heatingLines, statementLink, tipText } from "./tenant-words.ts";

type Works = TenantBuilding["works"];

const STAGES = [
  ["planned", "tenant.worksPlanned"],
  ["under_way", "tenant.worksUnderWay"],
  ["done", "tenant.worksDone"],
] as const;

function worksWhen(e: Works[number]): string {
  if (e.stage === "planned") return t("tenant.worksFrom", { date: formatDate(e.startedOn) });
  if (e.completedOn === null || e.stage === "under_way")
    return t("tenant.worksSince", { date: formatDate(e.startedOn) });
  return t("tenant.worksUntil", { from: formatDate(e.startedOn), to: formatDate(e.completedOn) });
}

function WorksNews({ works }: { works: Works }) {
  if (works.length === 0) return <p>{t("tenant.worksNone")}</p>;
  return (
    <>
      {STAGES.map(([stage, title]) => {
        const these = works.filter((e) => e.stage === stage);
        if (these.length === 0) return null;
        return (
          <div key={stage}>
            <h3>{t(title)}</h3>
            <ul class="works-news">
              {these.map((e) => (
                <li key={e.id}>
                  <strong>
                    <StaffText>{e.label}</StaffText>
                  </strong>
                  <br />
                  <span class="small-print">{worksWhen(e)}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/**
 * `/mon-batiment`: the tenant's building in plain words — its heating and its own heating cost
 * statements, the works, this week's comfort survey, the consultations and tips for collective heating.
 */
export default function TenantPage() {
  const data = useSignal<TenantBuilding | null>(null);
  const problem = useSignal<ApiError | null>(null);
  const householdId = session.me.value?.householdId ?? null;

  useEffect(() => {
    if (!householdId) return;
    tenantApi
      .building(householdId)
      .then((b) => {
        data.value = b;
      })
      .catch((error) => {
        problem.value = asApiError(error);
      });
  }, [householdId]);

  const b = data.value;
  return (
    <Page title={t("tenant.title")} heading={b?.building.name ?? t("tenant.title")}>
      <p>
        <a href="/" class="back-link">
          {t("tenant.back")}
        </a>
      </p>
      {!householdId && <p>{t("tenant.householdsOnly")}</p>}
      <ProblemAlert problem={problem.value} />
      {!b && !problem.value && householdId && <p role="status">{t("status.loading")}</p>}
      {b && (
        <>
          <p class="lead">
            {b.building.address}, {b.building.postcode} {b.building.commune}
            <br />
            {t("tenant.home", { unit: b.dwelling.unitLabel })}
          </p>
          <section aria-labelledby="tenant-heating">
            <h2 id="tenant-heating">{t("tenant.heatingTitle")}</h2>
            {heatingLines(b.performance).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </section>
          {b.heatingStatements && (
            <section aria-labelledby="tenant-statements">
              <h2 id="tenant-statements">{t("tenant.statementsTitle")}</h2>
              {b.heatingStatements.length === 0 && <p>{t("tenant.statementsNone")}</p>}
              {b.heatingStatements.length > 0 && (
                <ul class="tenant-statements">
                  {b.heatingStatements.map((s) => (
                    <li key={s.id}>
                      <a href={`/decomptes/${s.id}?repartition=${s.costSplitId}`}>{statementLink(s)}</a>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <section aria-labelledby="tenant-survey">
            <h2 id="tenant-survey">{t("tenant.surveyTitle")}</h2>
            <p>{t("tenant.surveyIntro")}</p>
            <SurveyForm buildingId={b.building.id} answer={b.survey?.answer ?? null} />
          </section>
          <section aria-labelledby="tenant-consultations">
            <h2 id="tenant-consultations">{t("tenant.consultationsTitle")}</h2>
            {b.consultations.length === 0 && <p>{t("tenant.consultationsNone")}</p>}
            {b.consultations.map((c) => (
              <ConsultationCard key={c.id} consultation={c} />
            ))}
          </section>
          <section aria-labelledby="tenant-works">
            <h2 id="tenant-works">{t("tenant.worksTitle")}</h2>
            <WorksNews works={b.works} />
          </section>
          <section aria-labelledby="tenant-tips">
            <h2 id="tenant-tips">{t("tenant.tipsTitle")}</h2>
            {b.tips.map((tip) => {
              const text = tipText(tip.text);
              return (
                <details key={tip.id} class="tenant-tip">
                  <summary>
                    <StaffText lang={text.lang}>{text.title}</StaffText>
                  </summary>
                  <p>
                    <StaffText lang={text.lang}>{text.body}</StaffText>
                  </p>
                </details>
              );
            })}
          </section>
        </>
      )}
    </Page>
  );
}
