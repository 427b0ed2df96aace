import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { CheckboxField, Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { linesOf } from "./group-words.ts";
import { type Group, groupsApi, type NewGroup, type StaffMember } from "./groups-api.ts";
import { TextAreaField } from "./text-fields.tsx";
import { type GroupFormReader, useGroupForm } from "./use-group-form.ts";

const SHOWN = ["name", "place", "startsOn", "endsOn", "status", "partners", "adviserIds"];

function readObjectives(read: GroupFormReader, count: number) {
  const objectives: NewGroup["objectives"] = [];
  for (let i = 0; i < count; i++) {
    const label = read.text(`objectives.${i}.label`);
    const targetText = read.text(`objectives.${i}.targetText`);
    // A row left empty is not an objective; a half-filled one is said to be incomplete.
    if (!label && !targetText) continue;
    if (!label) read.errors[`objectives.${i}.label`] = t("groups.required");
    if (!targetText) read.errors[`objectives.${i}.targetText`] = t("groups.required");
    objectives.push({ label, targetText });
  }
  return objectives;
}

/**
 * "Nouveau groupe": name, place, dates, partners, objectives with their target, advisers. An adviser
 * who creates a group advises it; a coordinator picks its advisers among the staff.
 */
export function GroupForm({ onCreated }: { onCreated: (group: Group) => void }) {
  const { formRef, pending, problem, errors, onSubmit } = useGroupForm();
  const objectiveRows = useSignal(2);
  const staff = useSignal<StaffMember[] | null>(null);
  const isCoordinator = session.role.value === "coordinator";

  useEffect(() => {
    if (isCoordinator)
      groupsApi.staff().then(
        (list) => (staff.value = list.filter((m) => m.role === "adviser" || m.role === "coordinator")),
        () => (staff.value = []),
      );
  }, [isCoordinator, staff]);

  return (
    <form
      ref={formRef}
      class="group-form"
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const input: NewGroup = {
            name: read.text("name", { required: true }),
            place: read.optional("place"),
            startsOn: read.text("startsOn", { required: true }),
            endsOn: read.optional("endsOn"),
            status: read.text("status") as NewGroup["status"],
            partners: linesOf(read.text("partners")),
            objectives: readObjectives(read, objectiveRows.value),
            ...(isCoordinator ? { adviserIds: read.all("adviserIds") } : {}),
          };
          return async () => onCreated(await groupsApi.create(input));
        })
      }
    >
      <ProblemAlert
        problem={problem.value}
        shownFields={[
          ...SHOWN,
          ...Array.from({ length: objectiveRows.value }, (_, i) => [
            `objectives.${i}.label`,
            `objectives.${i}.targetText`,
          ]).flat(),
        ]}
      />
      <Field name="name" label={t("groups.form.name")} error={errors.name} autocomplete="off" />
      <Field
        name="place"
        label={t("groups.form.place")}
        hint={t("groups.form.placeHint")}
        error={errors.place}
        autocomplete="off"
      />
      <Field name="startsOn" type="date" label={t("groups.form.startsOn")} error={errors.startsOn} />
      <Field
        name="endsOn"
        type="date"
        label={t("groups.form.endsOn")}
        hint={t("groups.optional")}
        error={errors.endsOn}
      />
      <SelectField
        name="status"
        label={t("groups.form.status")}
        error={errors.status}
        defaultValue="planned"
        options={[
          { value: "planned", label: t("groups.status.planned") },
          { value: "running", label: t("groups.status.running") },
        ]}
      />
      <TextAreaField
        name="partners"
        label={t("groups.form.partners")}
        hint={t("groups.form.partnersHint")}
        error={errors.partners}
      />
      <fieldset class="group-fieldset">
        <legend>{t("groups.form.objectives")}</legend>
        <p class="hint">{t("groups.form.objectivesHint")}</p>
        {Array.from({ length: objectiveRows.value }, (_, i) => (
          <div class="objective-row" key={i}>
            <Field
              name={`objectives.${i}.label`}
              label={t("groups.form.objective", { n: i + 1 })}
              error={errors[`objectives.${i}.label`]}
              autocomplete="off"
            />
            <Field
              name={`objectives.${i}.targetText`}
              label={t("groups.form.target", { n: i + 1 })}
              error={errors[`objectives.${i}.targetText`]}
              autocomplete="off"
            />
          </div>
        ))}
        <button type="button" class="button secondary" onClick={() => objectiveRows.value++}>
          {t("groups.form.addObjective")}
        </button>
      </fieldset>
      {isCoordinator ? (
        <fieldset class="group-fieldset">
          <legend>{t("groups.form.advisers")}</legend>
          {errors.adviserIds && <p class="field-error">{errors.adviserIds}</p>}
          {staff.value === null && <p role="status">{t("status.loading")}</p>}
          {staff.value?.map((m) => (
            <CheckboxField key={m.userId} name="adviserIds" value={m.userId} label={m.displayName} />
          ))}
        </fieldset>
      ) : (
        <p class="hint">{t("groups.form.youAdvise")}</p>
      )}
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("groups.form.create")}
      </button>
    </form>
  );
}
