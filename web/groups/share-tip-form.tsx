import { SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { groupsApi, type Member, type SharedTip } from "./groups-api.ts";
import { TextAreaField } from "./text-fields.tsx";
import { useGroupForm } from "./use-group-form.ts";

/** The adviser writes down a household's trick as it was said during the session; private at first. */
export function ShareTipForm({
  sessionId,
  members,
  onShared,
}: {
  sessionId: string;
  members: readonly Member[];
  onShared: (tip: SharedTip) => void;
}) {
  const { formRef, pending, problem, errors, onSubmit } = useGroupForm();
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const householdId = read.text("householdId", { required: true });
          const text = read.text("text", { required: true });
          return async () => {
            onShared(await groupsApi.shareTip(householdId, sessionId, text));
            formRef.current?.reset();
          };
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={["householdId", "text"]} />
      <SelectField
        name="householdId"
        label={t("groups.shared.household")}
        error={errors.householdId}
        options={members.map((m) => ({ value: m.householdId, label: m.pseudonym }))}
      />
      <TextAreaField
        name="text"
        label={t("groups.shared.text")}
        hint={t("groups.shared.textHint")}
        error={errors.text}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("groups.shared.add")}
      </button>
    </form>
  );
}
