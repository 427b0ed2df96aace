import "../lib/i18n/fr-costsplit.ts";
import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { useEffect } from "preact/hooks";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { TableScroll } from "../components/table-scroll.tsx";
import { formatDate, formatNumber, formatShortDay, intlLocale, lastDay } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { areaText, mayWriteBuildings } from "./buildings-words.ts";
import { type CostSplit, costSplitApi } from "./cost-split-api.ts";

const FIELDS = ["bill", "bill.totalEur", "bill.from", "bill.to", "fixedShare", "dwellings"];
// Exact euros, in the language on screen: the table must add up to the bill as the statements do, to
// the cent (formatEuros drops cents from 1 000 €).
const euros = (x: number) =>
  new Intl.NumberFormat(intlLocale(), { style: "currency", currency: "EUR" }).format(x);
const cents = (xs: readonly number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0) / 100;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * "15 janv. – 31 janv. (17 jours)": when a statement covers part of the season only, so that a
 * dwelling's tenants and its empty days, one row each, can be told apart. Nothing for a whole season.
 */
function SeasonPart({
  split,
  statement: s,
}: {
  split: CostSplit;
  statement: CostSplit["statements"][number];
}) {
  if (s.days >= daysBetween(split.seasonFrom, split.seasonTo)) return null;
  const periods = s.periods.map((p) => `${formatShortDay(p.from)} – ${formatShortDay(lastDay(p.to))}`);
  return (
    <span class="row-code">
      {t("costSplit.periodDays", { periods: periods.join(", "), days: formatNumber(s.days) })}
    </span>
  );
}

/**
 * A figure's column name, shown beside it only when the row is a card (a phone): hidden from screen
 * readers, which already announce the column header of the cell.
 */
function CardLabel({ text }: { text: string }) {
  return (
    <span class="card-label" aria-hidden="true">
      {text}
    </span>
  );
}

/**
 * The whole bill goes to the dwellings on file: when they look like only part of the building, say so
 * above the table, with the figures and, on a draft, what to do before making it final. Making it
 * final stays possible: a bill may cover one wing only.
 */
function CoverageWarning({ split, id }: { split: CostSplit; id: string }) {
  const coverage = split.coverage;
  if (!coverage?.warning) return null;
  const { warning } = coverage;
  return (
    <div class="split-coverage" id={id}>
      <h4>{t(`costSplit.coverage.${warning}` as MessageKey)}</h4>
      <p>
        {t("costSplit.coverageFigures", {
          onFile: formatNumber(coverage.dwellingsOnFile),
          inBuilding: formatNumber(coverage.dwellingsInBuilding),
          areaOnFile: areaText(coverage.areaOnFileM2),
          buildingArea: areaText(coverage.buildingAreaM2),
        })}{" "}
        {t("costSplit.coverageShared", { bill: euros(split.totalEur) })}
      </p>
      <p>
        {split.status === "draft"
          ? t(`costSplit.coverageToDo.${warning}` as MessageKey)
          : t("costSplit.coverageFinal")}
      </p>
    </div>
  );
}

function SplitForm({ buildingId, onComputed }: { buildingId: string; onComputed: (s: CostSplit) => void }) {
  const { pending, problem, run } = useAction();
  const errors = problem.value?.fieldErrors ?? {};
  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const number = (name: string) => Number(String(form.get(name) ?? "").replace(",", "."));
    const json = {
      bill: { totalEur: number("totalEur"), from: String(form.get("from")), to: String(form.get("to")) },
      fixedShare: number("fixedSharePct") / 100,
    };
    void run(async () => onComputed(await costSplitApi.compute(buildingId, json)));
  }
  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert problem={problem.value} shownFields={FIELDS} />
      <Field
        name="totalEur"
        label={t("costSplit.bill")}
        inputMode="decimal"
        error={errors["bill.totalEur"]}
        required
      />
      <Field name="from" type="date" label={t("costSplit.from")} error={errors["bill.from"]} required />
      <Field
        name="to"
        type="date"
        label={t("costSplit.to")}
        hint={t("costSplit.toHint")}
        error={errors["bill.to"]}
        required
      />
      <Field
        name="fixedSharePct"
        label={t("costSplit.fixedShare")}
        hint={t("costSplit.fixedShareHint")}
        inputMode="decimal"
        defaultValue="30"
        error={errors.fixedShare}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("costSplit.compute")}
      </button>
    </form>
  );
}

function SplitTable({ split, onChanged }: { split: CostSplit; onChanged: (s: CostSplit) => void }) {
  const { pending, problem, run } = useAction();
  const sum = cents(split.statements.map((s) => s.totalEur));
  return (
    <div class="cost-split">
      <h3 id={`split-${split.id}`}>
        {t("costSplit.season", {
          from: formatDate(split.seasonFrom),
          to: formatDate(lastDay(split.seasonTo)),
        })}
        {" – "}
        {split.status === "final" ? t("costSplit.final") : t("costSplit.draft")}
      </h3>
      <CoverageWarning split={split} id={`split-coverage-${split.id}`} />
      <ProblemAlert problem={problem.value} />
      {/* On a phone each row shows as a card (web/styles/buildings.css); still this one table. */}
      <TableScroll labelledBy={`split-${split.id}`}>
        <table class="cost-split-table">
          <thead>
            <tr>
              <th scope="col">{t("costSplit.dwelling")}</th>
              <th scope="col">{t("costSplit.fixed")}</th>
              <th scope="col">{t("costSplit.variable")}</th>
              <th scope="col">{t("costSplit.total")}</th>
            </tr>
          </thead>
          <tbody>
            {split.statements.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {s.householdId ? (
                    <a href={`/decomptes/${s.id}?repartition=${split.id}`}>{s.dwellingLabel}</a>
                  ) : (
                    <>
                      {s.dwellingLabel} <span class="small-print">{t("costSplit.company")}</span>
                    </>
                  )}
                  {s.estimated && <span class="small-print"> ({t("costSplit.estimated")})</span>}
                  <SeasonPart split={split} statement={s} />
                </th>
                <td class="split-fixed">
                  <CardLabel text={t("costSplit.fixed")} />
                  {euros(s.fixedEur)}
                </td>
                <td class="split-variable">
                  <CardLabel text={t("costSplit.variable")} />
                  {euros(s.variableEur)}
                </td>
                <td class="split-total">
                  <CardLabel text={t("costSplit.total")} />
                  {euros(s.totalEur)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p role="status">{t("costSplit.sumCheck", { sum: euros(sum), bill: euros(split.totalEur) })}</p>
      {split.statements.some((s) => s.estimated) && <p class="small-print">{t("costSplit.estimatedNote")}</p>}
      <div class="button-row no-print">
        {mayWriteBuildings() && split.status === "draft" && (
          <button
            type="button"
            class="button primary"
            disabled={pending.value}
            aria-describedby={split.coverage?.warning ? `split-coverage-${split.id}` : undefined}
            onClick={() => void run(async () => onChanged(await costSplitApi.finalise(split.id)))}
          >
            {t("costSplit.finalise")}
          </button>
        )}
        <button
          type="button"
          class="button"
          onClick={() => void run(() => costSplitApi.downloadCsv(split.id))}
        >
          {t("costSplit.csv")}
        </button>
      </div>
      {split.status === "draft" && <p class="small-print no-print">{t("costSplit.finaliseHint")}</p>}
    </div>
  );
}

/** The building's heating cost split: compute one for a season, check it, make it final, send it. */
export function CostSplitSection({ buildingId }: { buildingId: string }) {
  const latest = useSignal<CostSplit | null>(null);
  const loaded = useSignal(false);
  useEffect(() => {
    void (async () => {
      const [first] = await costSplitApi.list(buildingId);
      if (first) latest.value = await costSplitApi.get(first.id);
      loaded.value = true;
    })();
  }, [buildingId]);
  return (
    <section aria-labelledby="cost-split-heading">
      <h2 id="cost-split-heading">{t("costSplit.title")}</h2>
      <p>{t("costSplit.intro")}</p>
      {loaded.value && !latest.value && <p>{t("costSplit.none")}</p>}
      {latest.value && <SplitTable split={latest.value} onChanged={(s) => (latest.value = s)} />}
      {mayWriteBuildings() && (
        <details class="panel no-print">
          <summary>{t("costSplit.compute")}</summary>
          <SplitForm buildingId={buildingId} onComputed={(s) => (latest.value = s)} />
        </details>
      )}
    </section>
  );
}
