import "../lib/i18n/fr-building-report.ts";
import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { useEffect } from "preact/hooks";
import {
  type NewProject,
  type ObjectiveKind,
  type Project,
  type ProjectObjective,
  reportApi,
} from "../building-report/report-api.ts";
import { objectiveKindName } from "../building-report/report-words.ts";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { TextAreaField } from "../groups/text-fields.tsx";
import { parseDecimal } from "../lib/decimal.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import type { BuildingEvent } from "./buildings-api.ts";
import { mayWriteBuildings } from "./buildings-words.ts";

const KINDS: readonly ObjectiveKind[] = [
  "savings_pct",
  "comfort_ok_pct",
  "consultation_turnout_pct",
  "manual",
];

/** The building's projects with their works and objectives; managers create them and write assessments. */
export function ProjectsSection({
  buildingId,
  events,
}: {
  buildingId: string;
  events: readonly BuildingEvent[];
}) {
  const projects = useSignal<Project[] | null>(null);
  const load = useAction();
  const reload = () =>
    void load.run(async () => {
      projects.value = await reportApi.projects(buildingId);
    });
  useEffect(reload, [buildingId]);

  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">{t("projects.title")}</h2>
      <p>{t("projects.intro")}</p>
      <ProblemAlert problem={load.problem.value} />
      {projects.value?.length === 0 && <p>{t("projects.empty")}</p>}
      <ul class="cards">
        {projects.value?.map((p) => (
          <ProjectCard key={p.id} project={p} onChanged={reload} />
        ))}
      </ul>
      <p>
        <a class="button" href={`/batiments/${buildingId}/rapport`}>
          {t("projects.reportLink")}
        </a>
      </p>
      {mayWriteBuildings() && (
        <details class="panel">
          <summary>{t("projects.add")}</summary>
          <ProjectForm buildingId={buildingId} events={events} onSaved={reload} />
        </details>
      )}
    </section>
  );
}

function ProjectCard({ project: p, onChanged }: { project: Project; onChanged: () => void }) {
  const confirming = useSignal(false);
  const remove = useAction();
  const assess = useAction();

  function saveAssessments(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const objectives = p.objectives.map(({ id: _, ...o }, i) => ({
      ...o,
      assessment: String(form.get(`assessment.${i}`) ?? "").trim() || null,
    }));
    void assess.run(async () => {
      await reportApi.updateProject(p.id, { objectives });
      onChanged();
    });
  }

  return (
    <li class="card">
      <h3 class="card-title">
        <StaffText>{p.name}</StaffText>
      </h3>
      {p.description && (
        <p>
          <StaffText>{p.description}</StaffText>
        </p>
      )}
      <p>
        {p.event
          ? tWith("projects.works", { label: <StaffText>{p.event.label}</StaffText> })
          : t("projects.noWorks")}
      </p>
      <h4>{t("projects.objectives")}</h4>
      {p.objectives.length === 0 && <p>{t("projects.noObjectives")}</p>}
      <ul>
        {p.objectives.map((o) => (
          <ObjectiveItem key={o.id} objective={o} />
        ))}
      </ul>
      {mayWriteBuildings() && p.objectives.length > 0 && (
        <details class="panel">
          <summary>{t("projects.editAssessment")}</summary>
          <form onSubmit={saveAssessments} noValidate>
            <ProblemAlert problem={assess.problem.value} />
            {p.objectives.map((o, i) => (
              <TextAreaField
                key={o.id}
                name={`assessment.${i}`}
                label={`${t("projects.objectiveAssessment")} — ${o.label}`}
                defaultValue={o.assessment ?? ""}
              />
            ))}
            <button type="submit" class="button primary" disabled={assess.pending.value}>
              {assess.pending.value ? t("projects.saving") : t("projects.saveAssessment")}
            </button>
          </form>
        </details>
      )}
      {mayWriteBuildings() &&
        (confirming.value ? (
          <div class="panel">
            <p>{tWith("projects.deleteConfirm", { name: <StaffText>{p.name}</StaffText> })}</p>
            <ProblemAlert problem={remove.problem.value} />
            <div class="button-row">
              <button
                type="button"
                class="button danger"
                disabled={remove.pending.value}
                onClick={() =>
                  void remove.run(async () => {
                    await reportApi.deleteProject(p.id);
                    onChanged();
                  })
                }
              >
                {t("projects.deleteYes")}
              </button>
              <button type="button" class="button" onClick={() => (confirming.value = false)}>
                {t("action.cancel")}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button" onClick={() => (confirming.value = true)}>
            {t("projects.delete")}
          </button>
        ))}
    </li>
  );
}

function ObjectiveItem({ objective: o }: { objective: ProjectObjective }) {
  return (
    <li>
      {tWith("projects.objectiveLine", {
        label: <StaffText>{o.label}</StaffText>,
        target: <StaffText>{o.targetText}</StaffText>,
      })}{" "}
      <span class="hint">({objectiveKindName(o.kind)})</span>
      {o.assessment && (
        <p class="objective-assessment">
          {tWith("projects.assessmentLine", { text: <StaffText>{o.assessment}</StaffText> })}
        </p>
      )}
    </li>
  );
}

/** A new project: its name, the works that measure it, and its objectives (one or more rows). */
function ProjectForm({
  buildingId,
  events,
  onSaved,
}: {
  buildingId: string;
  events: readonly BuildingEvent[];
  onSaved: () => void;
}) {
  const rows = useSignal(1);
  const done = useSignal(false);
  const { pending, problem, run } = useAction();
  const errors = problem.value?.fieldErrors ?? {};
  const shown = [
    "name",
    "description",
    "eventId",
    ...Array.from({ length: rows.value }, (_, i) =>
      ["label", "targetText", "kind", "targetValue"].map((f) => `objectives.${i}.${f}`),
    ).flat(),
  ];

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const formElement = e.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const input: NewProject = {
      name: text("name"),
      description: text("description") || null,
      eventId: text("eventId") || null,
      objectives: Array.from({ length: rows.value }, (_, i) => ({
        label: text(`objectives.${i}.label`),
        targetText: text(`objectives.${i}.targetText`),
        kind: text(`objectives.${i}.kind`) as ObjectiveKind,
        targetValue: parseDecimal(text(`objectives.${i}.targetValue`)),
        assessment: text(`objectives.${i}.assessment`) || null,
      })).filter((o) => o.label || o.targetText),
    };
    done.value = false;
    void run(async () => {
      await reportApi.addProject(buildingId, input);
      formElement.reset();
      rows.value = 1;
      done.value = true;
      onSaved();
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert problem={problem.value} shownFields={shown} />
      {done.value && <p role="status">{t("projects.created")}</p>}
      <Field
        name="name"
        label={t("projects.name")}
        hint={t("projects.nameHint")}
        error={errors.name}
        required
      />
      <TextAreaField name="description" label={t("projects.description")} error={errors.description} />
      <SelectField
        name="eventId"
        label={t("projects.event")}
        error={errors.eventId}
        options={[
          { value: "", label: t("projects.eventNone") },
          ...events.map((e) => ({ value: e.id, label: e.label })),
        ]}
      />
      {Array.from({ length: rows.value }, (_, i) => (
        <fieldset key={i} class="panel">
          <legend>{t("projects.objectiveTitle", { n: i + 1 })}</legend>
          <Field
            name={`objectives.${i}.label`}
            label={t("projects.objectiveLabel")}
            hint={t("projects.objectiveLabelHint")}
            error={errors[`objectives.${i}.label`]}
          />
          <Field
            name={`objectives.${i}.targetText`}
            label={t("projects.objectiveTarget")}
            hint={t("projects.objectiveTargetHint")}
            error={errors[`objectives.${i}.targetText`]}
          />
          <SelectField
            name={`objectives.${i}.kind`}
            label={t("projects.objectiveKind")}
            error={errors[`objectives.${i}.kind`]}
            defaultValue="savings_pct"
            options={KINDS.map((k) => ({ value: k, label: objectiveKindName(k) }))}
          />
          <Field
            name={`objectives.${i}.targetValue`}
            label={t("projects.objectiveValue")}
            hint={t("projects.objectiveValueHint")}
            inputMode="decimal"
            error={errors[`objectives.${i}.targetValue`]}
          />
          <TextAreaField
            name={`objectives.${i}.assessment`}
            label={t("projects.objectiveAssessment")}
            rows={2}
          />
        </fieldset>
      ))}
      <div class="button-row">
        <button type="button" class="button" onClick={() => (rows.value += 1)}>
          {t("projects.addObjective")}
        </button>
        {rows.value > 1 && (
          <button type="button" class="button" onClick={() => (rows.value -= 1)}>
            {t("projects.removeObjective")}
          </button>
        )}
      </div>
      <button type="submit" class="button primary" disabled={pending.value}>
        {pending.value ? t("projects.saving") : t("projects.save")}
      </button>
    </form>
  );
}
