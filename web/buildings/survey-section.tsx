import "../lib/i18n/fr-tenant.ts";
import { useSignal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { useEffect } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { TableScroll } from "../components/table-scroll.tsx";
import { type ApiError, asApiError, request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { formatDate, formatNumber, formatYearMonth } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";

const survey = client.api.buildings[":id"].survey;
type SurveyResults = InferResponseType<(typeof survey)["$get"], 200>;

const share = (x: number | null) => (x === null ? "–" : `${formatNumber(Math.round(x * 100))}\u00a0%`);
const kwh = (x: number | null) => (x === null ? t("survey.missing") : formatNumber(Math.round(x)));
const problemList = (problems: Record<string, number>) =>
  Object.entries(problems)
    .filter(([, n]) => n > 0)
    .map(([p, n]) => `${t(`tenant.problem.${p}` as MessageKey)} (${formatNumber(n)})`)
    .join(", ");

/**
 * The tenants' comfort survey for the housing company: per month the answers, the share too cold and
 * the share comfortable beside the month's heating kWh; then the last weeks with the problems reported
 * and the comments, never who wrote them.
 */
export function SurveySection({ buildingId }: { buildingId: string }) {
  const data = useSignal<SurveyResults | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    request(survey.$get({ param: { id: buildingId }, query: {} }))
      .then((r) => {
        data.value = r;
      })
      .catch((error) => {
        problem.value = asApiError(error);
      });
  }, [buildingId]);
  const r = data.value;
  const weeks = r ? [...r.weeks].reverse().slice(0, 8) : [];
  return (
    <section aria-labelledby="survey-heading">
      <h2 id="survey-heading">{t("survey.sectionTitle")}</h2>
      <p>{t("survey.sectionIntro")}</p>
      <ProblemAlert problem={problem.value} />
      {r && (
        <TableScroll label={t("survey.monthsTable")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("survey.month")}</th>
                <th scope="col">{t("survey.answers")}</th>
                <th scope="col">{t("survey.cold")}</th>
                <th scope="col">{t("survey.ok")}</th>
                <th scope="col">{t("survey.heatingKwh")}</th>
                <th scope="col">{t("survey.heatingKwhPerM2")}</th>
              </tr>
            </thead>
            <tbody>
              {r.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatYearMonth(m.month)}</th>
                  <td>{formatNumber(m.count)}</td>
                  <td>{share(m.coldShare)}</td>
                  <td>{share(m.okShare)}</td>
                  <td>{kwh(m.heating.kwh)}</td>
                  <td>
                    {m.heating.kwhPerM2 === null ? "–" : formatNumber(m.heating.kwhPerM2, { maxDecimals: 1 })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {r && weeks.length === 0 && <p>{t("survey.none")}</p>}
      {weeks.length > 0 && (
        <>
          <h3>{t("survey.weeksTitle")}</h3>
          <ul class="survey-weeks">
            {weeks.map((w) => (
              <li key={w.weekStart}>
                <strong>{t("survey.weekOf", { date: formatDate(w.weekStart) })}</strong>
                {" – "}
                {t("survey.weekLine", { count: formatNumber(w.count), cold: share(w.coldShare) })}
                {problemList(w.problems) && (
                  <p class="small-print">{t("survey.problemsSeen", { list: problemList(w.problems) })}</p>
                )}
                {w.comments.length > 0 && (
                  <ul aria-label={t("survey.comments")}>
                    {w.comments.map((c, i) => (
                      <li key={i}>
                        <q>{c}</q>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
