import type { TargetedSubmitEvent } from "preact";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type BuildingEvent, buildingsApi, type EventKind } from "./buildings-api.ts";
import { eventKindName } from "./buildings-words.ts";

const KINDS: readonly EventKind[] = ["roof", "walls", "windows", "boiler", "regulation", "other"];
const FIELDS = ["kind", "label", "startedOn", "completedOn"];

/** New works, or a change to recorded ones (`event`): their kind, what they are, when they ran. */
export function WorksForm({
  buildingId,
  event,
  onSaved,
}: {
  buildingId: string;
  event?: BuildingEvent;
  onSaved: (saved: BuildingEvent) => void;
}) {
  const { pending, problem, run } = useAction();
  const errors = problem.value?.fieldErrors ?? {};

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const input = {
      kind: text("kind") as EventKind,
      label: text("label"),
      startedOn: text("startedOn"),
      completedOn: text("completedOn") || null,
    };
    void run(async () => {
      const saved = event
        ? await buildingsApi.updateEvent(buildingId, event.id, input)
        : await buildingsApi.addEvent(buildingId, input);
      if (!event) (e.target as HTMLFormElement).reset();
      onSaved(saved);
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert problem={problem.value} shownFields={FIELDS} />
      <SelectField
        name="kind"
        label={t("building.worksKind")}
        error={errors.kind}
        defaultValue={event?.kind ?? "roof"}
        options={KINDS.map((k) => ({ value: k, label: eventKindName(k) }))}
      />
      <Field
        name="label"
        label={t("building.worksLabel")}
        hint={t("building.worksLabelHint")}
        error={errors.label}
        defaultValue={event?.label}
        required
      />
      <Field
        name="startedOn"
        type="date"
        label={t("building.worksStart")}
        error={errors.startedOn}
        defaultValue={event?.startedOn}
        required
      />
      <Field
        name="completedOn"
        type="date"
        label={t("building.worksEnd")}
        hint={t("building.worksEndHint")}
        error={errors.completedOn}
        defaultValue={event?.completedOn ?? undefined}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {pending.value ? t("building.saving") : t("building.save")}
      </button>
    </form>
  );
}
