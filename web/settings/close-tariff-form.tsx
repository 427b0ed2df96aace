import { useSignal } from "@preact/signals";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { settingsApi, type Tariff } from "./settings-api.ts";
import { useSettingsForm } from "./settings-form.ts";
import { validToOf } from "./settings-words.ts";

/** "Clôturer": the last day a tariff applies, when the supplier's prices change. */
export function CloseTariff({ tariff, onSaved }: { tariff: Tariff; onSaved: (saved: Tariff) => void }) {
  const open = useSignal(false);
  const { formRef, pending, problem, errors, onSubmit } = useSettingsForm();
  if (!open.value)
    return (
      <button type="button" class="button secondary" onClick={() => (open.value = true)}>
        {t("settings.tariff.close")}
        <span class="visually-hidden"> : {tariff.label}</span>
      </button>
    );
  return (
    <form
      ref={formRef}
      class="inline-form"
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const lastDay = read.text("validTo", { required: true });
          return async () => {
            onSaved(await settingsApi.updateTariff(tariff.id, { validTo: validToOf(lastDay) }));
            open.value = false;
          };
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={["validTo"]} />
      <Field
        name="validTo"
        type="date"
        label={t("settings.tariff.closeLastDay")}
        hint={t("settings.tariff.closeHint")}
        error={errors.validTo}
        defaultValue={brusselsDay(new Date())}
      />
      <div class="button-row">
        <button type="submit" class="button primary" disabled={pending.value}>
          {t("settings.tariff.closeSubmit")}
        </button>
        <button type="button" class="button secondary" onClick={() => (open.value = false)}>
          {t("action.cancel")}
        </button>
      </div>
    </form>
  );
}
