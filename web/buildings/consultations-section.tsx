import "../lib/i18n/fr-tenant.ts";
import { useSignal } from "@preact/signals";
import type { InferRequestType, InferResponseType } from "hono/client";
import type { TargetedSubmitEvent } from "preact";
import { useEffect, useId } from "preact/hooks";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { TableScroll } from "../components/table-scroll.tsx";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { formatDate, formatEuros, formatNumber, wholePercents } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { mayWriteBuildings } from "./buildings-words.ts";

const ofBuilding = client.api.buildings[":id"].consultations;
const one = client.api.consultations[":id"];
type Consultation = InferResponseType<(typeof ofBuilding)["$get"], 200>[number];
type NewConsultation = InferRequestType<(typeof ofBuilding)["$post"]>["json"];

const api = {
  list: (id: string) => request(ofBuilding.$get({ param: { id } })),
  create: (id: string, json: NewConsultation) => request(ofBuilding.$post({ param: { id }, json })),
  setStatus: (id: string, status: "open" | "closed") =>
    request(one.$patch({ param: { id }, json: { status } })),
};

const OPTION_FIELDS = [
  "label",
  "explanation",
  "costText",
  "comfortText",
  "costEurPerDwellingPerYear",
] as const;

function Results({ c }: { c: Consultation }) {
  const r = c.results;
  if (!r) return null;
  const counts = c.options.map((o) => r.options.find((y) => y.optionId === o.id)?.count ?? 0);
  const answered = counts.some((n) => n > 0);
  const percents = wholePercents(counts);
  return (
    <>
      <TableScroll labelledBy={`c-${c.id}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("consultations.optionLabel")}</th>
              <th scope="col">{t("survey.answers")}</th>
              <th scope="col">%</th>
            </tr>
          </thead>
          <tbody>
            {c.options.map((o, i) => {
              return (
                <tr key={o.id}>
                  <th scope="row">
                    <StaffText>{o.label}</StaffText>
                    {o.costEurPerDwellingPerYear !== null && (
                      <span class="small-print"> ({formatEuros(o.costEurPerDwellingPerYear)})</span>
                    )}
                  </th>
                  <td>{formatNumber(counts[i] ?? 0)}</td>
                  <td>{answered ? `${formatNumber(percents[i] ?? 0)}\u00a0%` : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p>
        {t("tenant.turnout", {
          answered: formatNumber(r.answeredDwellings),
          occupied: formatNumber(r.occupiedDwellings),
        })}
      </p>
    </>
  );
}

function ConsultationItem({ c, onChanged }: { c: Consultation; onChanged: (c: Consultation) => void }) {
  const { pending, problem, run } = useAction();
  const setStatus = (status: "open" | "closed") =>
    void run(async () => onChanged(await api.setStatus(c.id, status)));
  return (
    <article class="consultation" aria-labelledby={`c-${c.id}`}>
      <h3 id={`c-${c.id}`}>
        <StaffText>{c.title}</StaffText>{" "}
        <span class={`badge status-${c.status}`}>{t(`consultations.status.${c.status}` as MessageKey)}</span>
      </h3>
      <p>
        <StaffText>{c.question}</StaffText>
      </p>
      <p class="small-print">{t("consultations.closesOnValue", { date: formatDate(c.closesOn) })}</p>
      <Results c={c} />
      <ProblemAlert problem={problem.value} />
      {mayWriteBuildings() && c.status !== "closed" && (
        <button
          type="button"
          class="button"
          disabled={pending.value}
          onClick={() => setStatus(c.status === "draft" ? "open" : "closed")}
        >
          {c.status === "draft" ? t("consultations.open") : t("consultations.close")}
        </button>
      )}
    </article>
  );
}

function NewConsultationForm({
  buildingId,
  onCreated,
}: {
  buildingId: string;
  onCreated: (c: Consultation) => void;
}) {
  const count = useSignal(2);
  const { pending, problem, run } = useAction();
  const errors = problem.value?.fieldErrors ?? {};
  const ids = useId();
  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const status = (e.submitter as HTMLButtonElement | null)?.value === "open" ? "open" : "draft";
    const json: NewConsultation = {
      title: text("title"),
      question: text("question"),
      closesOn: text("closesOn"),
      status,
      options: Array.from({ length: count.value }, (_, i) => {
        const eur = text(`o${i}.costEurPerDwellingPerYear`).replace(",", ".");
        return {
          label: text(`o${i}.label`),
          explanation: text(`o${i}.explanation`),
          costText: text(`o${i}.costText`),
          comfortText: text(`o${i}.comfortText`),
          costEurPerDwellingPerYear: eur === "" ? null : Number(eur),
        };
      }),
    };
    void run(async () => {
      onCreated(await api.create(buildingId, json));
      e.currentTarget?.reset();
      count.value = 2;
    });
  }
  const shown = ["title", "question", "closesOn"];
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${ids}-new`}>
      <h3 id={`${ids}-new`}>{t("consultations.new")}</h3>
      <ProblemAlert problem={problem.value} shownFields={shown} />
      <Field name="title" label={t("consultations.titleField")} error={errors.title} required />
      <Field name="question" label={t("consultations.question")} error={errors.question} required />
      <Field
        name="closesOn"
        type="date"
        label={t("consultations.closesOn")}
        error={errors.closesOn}
        required
      />
      {Array.from({ length: count.value }, (_, i) => (
        <fieldset key={i} class="settings-fieldset">
          <legend>{t("consultations.option", { n: i + 1 })}</legend>
          {OPTION_FIELDS.map((f) => (
            <Field
              key={f}
              name={`o${i}.${f}`}
              label={t(
                {
                  label: "consultations.optionLabel",
                  explanation: "consultations.optionExplanation",
                  costText: "consultations.optionCost",
                  comfortText: "consultations.optionComfort",
                  costEurPerDwellingPerYear: "consultations.optionCostEur",
                }[f] as MessageKey,
              )}
              inputMode={f === "costEurPerDwellingPerYear" ? "decimal" : undefined}
              error={errors[`options.${i}.${f}`]}
              required={f !== "costEurPerDwellingPerYear"}
            />
          ))}
        </fieldset>
      ))}
      <div class="button-row">
        {count.value < 6 && (
          <button type="button" class="button" onClick={() => (count.value += 1)}>
            {t("consultations.addOption")}
          </button>
        )}
        {count.value > 2 && (
          <button type="button" class="button" onClick={() => (count.value -= 1)}>
            {t("consultations.removeOption", { n: count.value })}
          </button>
        )}
      </div>
      <div class="button-row">
        <button type="submit" value="draft" class="button" disabled={pending.value}>
          {t("consultations.saveDraft")}
        </button>
        <button type="submit" value="open" class="button primary" disabled={pending.value}>
          {t("consultations.saveOpen")}
        </button>
      </div>
    </form>
  );
}

/** The building's consultations for the housing company: their results, opening and closing, a new one. */
export function ConsultationsSection({ buildingId }: { buildingId: string }) {
  const items = useSignal<Consultation[] | null>(null);
  useEffect(() => {
    void api.list(buildingId).then((list) => {
      items.value = list;
    });
  }, [buildingId]);
  const replace = (c: Consultation) => {
    const others = (items.value ?? []).filter((x) => x.id !== c.id);
    items.value = [c, ...others];
  };
  return (
    <section aria-labelledby="consultations-heading">
      <h2 id="consultations-heading">{t("consultations.sectionTitle")}</h2>
      <p>{t("consultations.sectionIntro")}</p>
      {items.value?.length === 0 && <p>{t("consultations.none")}</p>}
      {items.value?.map((c) => (
        <ConsultationItem key={c.id} c={c} onChanged={replace} />
      ))}
      {mayWriteBuildings() && <NewConsultationForm buildingId={buildingId} onCreated={replace} />}
    </section>
  );
}
