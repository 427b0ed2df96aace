import "../lib/i18n/fr-costsplit.ts";
import { useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDate, lastDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { costSplitApi, type StatementAnswer } from "./cost-split-api.ts";

/**
 * What a tenant files the statement under and checks it against: who sends it, for which building
 * and dwelling, which season, and when it was issued. A draft says it is one, on paper too.
 */
function StatementHeading({
  answer: { organisation, building, split, statement },
}: {
  answer: StatementAnswer;
}) {
  const rows: Array<[string, ComponentChildren]> = [
    [t("costSplit.statementCompany"), organisation.name],
    [
      t("costSplit.statementBuilding"),
      <>
        {building.name}
        <br />
        {`${building.address}, ${building.postcode} ${building.commune}`}
      </>,
    ],
    [t("costSplit.dwelling"), statement.dwellingLabel],
    [
      t("costSplit.statementSeason"),
      t("costSplit.statementSeasonValue", {
        from: formatDate(split.seasonFrom),
        to: formatDate(lastDay(split.seasonTo)),
      }),
    ],
    [
      t("costSplit.statementIssued"),
      split.finalisedAt ? (
        formatDate(split.finalisedAt)
      ) : (
        <strong>{t("costSplit.statementDraft", { date: formatDate(split.computedAt) })}</strong>
      ),
    ],
  ];
  return (
    <dl class="statement-heading">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * `/decomptes/:id?repartition=…`: one heating cost statement to print (A4), its lines in plain words
 * as computed, after what the split's coverage of the building means for it when that is only part.
 * A tenant reaches its own once the split is final (from `/mon-batiment`); staff reach every statement.
 */
export default function CostSplitStatementPage({ id }: { id: string }) {
  const { query } = useLocation();
  const answer = useSignal<StatementAnswer | null>(null);
  const problem = useSignal<ApiError | null>(null);
  const splitId = new URLSearchParams(query).get("repartition") ?? "";
  useEffect(() => {
    costSplitApi.statement(splitId, id).then(
      (a) => (answer.value = a),
      (error) => (problem.value = asApiError(error)),
    );
  }, [id, splitId]);
  const a = answer.value;
  return (
    <Page title={t("costSplit.statementTitle")}>
      <div class="button-row no-print">
        <button type="button" class="button" onClick={() => history.back()}>
          {t("costSplit.back")}
        </button>
        {a && (
          <button type="button" class="button primary" onClick={() => window.print()}>
            {t("costSplit.print")}
          </button>
        )}
      </div>
      <ProblemAlert problem={problem.value} />
      {!a && !problem.value && <p role="status">{t("status.loading")}</p>}
      {a && (
        // The handout print style (web/styles/groups.css): A4, black on white, large type.
        <article class="handout cost-statement">
          <StatementHeading answer={a} />
          {/* The bill went to part of the building only: said before the figures it weighs on. */}
          {a.coverageNote && <p class="split-coverage">{a.coverageNote}</p>}
          <ol class="cost-statement-lines">
            {a.statement.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </article>
      )}
    </Page>
  );
}
