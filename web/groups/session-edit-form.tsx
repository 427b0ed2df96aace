import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { linesOf } from "./group-words.ts";
import { groupsApi, type Session } from "./groups-api.ts";
import { TextAreaField } from "./text-fields.tsx";
import { TipPicker } from "./tip-picker.tsx";
import { useGroupForm } from "./use-group-form.ts";

/** What is written during or after the session: notes, the tips actually covered, the speakers. */
export function SessionEditForm({ session, onSaved }: { session: Session; onSaved: (s: Session) => void }) {
  const { formRef, pending, problem, errors, onSubmit } = useGroupForm();
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const input = {
            notes: read.optional("notes"),
            speakers: linesOf(read.text("speakers")),
            tipIds: read.all("tipIds"),
          };
          return async () => onSaved(await groupsApi.updateSession(session.id, input));
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={["notes", "speakers"]} />
      <TextAreaField
        name="notes"
        label={t("groups.session.notes")}
        hint={t("groups.session.notesHint")}
        error={errors.notes}
        defaultValue={session.notes ?? ""}
        rows={5}
      />
      <TipPicker theme={session.theme} chosen={session.tips} />
      <TextAreaField
        name="speakers"
        label={t("groups.session.speakers")}
        hint={t("groups.session.speakersHint")}
        error={errors.speakers}
        defaultValue={session.speakers.join("\n")}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("groups.session.save")}
      </button>
    </form>
  );
}
