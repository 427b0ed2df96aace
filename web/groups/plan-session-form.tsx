import { useSignal } from "@preact/signals";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { linesOf, startsAtOf } from "./group-words.ts";
import { type Group, groupsApi, type NewSession, type Session, type Theme } from "./groups-api.ts";
import { TextAreaField, TimeField } from "./text-fields.tsx";
import { ThemeChoice } from "./theme-choice.tsx";
import { TipPicker } from "./tip-picker.tsx";
import { useGroupForm } from "./use-group-form.ts";

/** "Planifier une séance": when, where, the theme (uncovered ones proposed first), tips, agenda, speakers. */
export function PlanSessionForm({ group, onPlanned }: { group: Group; onPlanned: (s: Session) => void }) {
  const { formRef, pending, problem, errors, onSubmit } = useGroupForm();
  const theme = useSignal<Theme>(group.themesNotCovered[0] ?? "heating");
  const today = brusselsDay(new Date());
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const day = read.text("day", { required: true });
          const time = read.text("time", { required: true });
          const input: NewSession = {
            startsAt: startsAtOf(day, time),
            place: read.optional("place"),
            theme: theme.value,
            themeText: theme.value === "free" ? read.text("themeText", { required: true }) : null,
            agenda: read.optional("agenda"),
            speakers: linesOf(read.text("speakers")),
            tipIds: read.all("tipIds"),
          };
          return async () => onPlanned(await groupsApi.planSession(group.id, input));
        })
      }
    >
      <ProblemAlert
        problem={problem.value}
        shownFields={["startsAt", "day", "time", "place", "theme", "themeText", "agenda", "speakers"]}
      />
      <Field
        name="day"
        type="date"
        label={t("groups.session.day")}
        error={errors.day ?? errors.startsAt}
        defaultValue={today < group.startsOn ? group.startsOn : today}
      />
      <TimeField name="time" label={t("groups.session.time")} error={errors.time} defaultValue="18:30" />
      <Field
        name="place"
        label={t("groups.session.place")}
        hint={group.place ? t("groups.session.placeHint", { place: group.place }) : undefined}
        error={errors.place}
        autocomplete="off"
      />
      <ThemeChoice
        theme={theme.value}
        notCovered={group.themesNotCovered}
        errors={errors}
        onChange={(value) => (theme.value = value)}
      />
      <TipPicker theme={theme.value} />
      <TextAreaField name="agenda" label={t("groups.session.agenda")} error={errors.agenda} rows={4} />
      <TextAreaField
        name="speakers"
        label={t("groups.session.speakers")}
        hint={t("groups.session.speakersHint")}
        error={errors.speakers}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("groups.session.plan")}
      </button>
    </form>
  );
}
