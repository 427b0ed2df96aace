import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { PeriodSettingCard, PeriodSettingsSection } from "./period-settings.tsx";
import { type CalorificValue, settingsApi } from "./settings-api.ts";
import { useSettingsForm } from "./settings-form.ts";
import type { Rows } from "./settings-state.ts";
import { editableNumber, validToOf } from "./settings-words.ts";
import { SaveOrCancel, ValidityFields } from "./validity-fields.tsx";

const FIELDS = ["gasType", "kwhPerM3", "validFrom", "validTo"];

function CalorificForm({
  item: value,
  onSaved,
  onCancel,
}: {
  item?: CalorificValue;
  onSaved: (saved: CalorificValue) => void;
  onCancel?: () => void;
}) {
  const { formRef, pending, problem, errors, onSubmit } = useSettingsForm();
  return (
    <form
      ref={formRef}
      class="settings-form"
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const input = {
            gasType: read.text("gasType") as CalorificValue["gasType"],
            kwhPerM3: read.number("kwhPerM3", { required: true }) ?? 0,
            validFrom: read.text("validFrom", { required: true }),
            validTo: validToOf(read.text("validTo")),
          };
          return async () =>
            onSaved(
              value
                ? await settingsApi.updateCalorific(value.id, input)
                : await settingsApi.createCalorific(input),
            );
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={FIELDS} />
      <SelectField
        name="gasType"
        label={t("settings.calorific.gasType")}
        error={errors.gasType}
        defaultValue={value?.gasType ?? "H"}
        options={[
          { value: "H", label: t("settings.gas.H") },
          { value: "L", label: t("settings.gas.L") },
        ]}
      />
      <Field
        name="kwhPerM3"
        label={t("settings.calorific.value")}
        hint={t("settings.calorific.valueHint")}
        error={errors.kwhPerM3}
        defaultValue={editableNumber(value?.kwhPerM3)}
        inputMode="decimal"
        autocomplete="off"
      />
      <ValidityFields errors={errors} validFrom={value?.validFrom} validTo={value?.validTo} />
      <SaveOrCancel
        pending={pending.value}
        label={value ? t("settings.save") : t("settings.calorific.add")}
        onCancel={onCancel}
      />
    </form>
  );
}

/** Gas m³ → kWh: the organisation's values by period; the CREG typical ones apply elsewhere. */
export function CalorificSection({ rows, canEdit }: { rows: Rows<CalorificValue>; canEdit: boolean }) {
  return (
    <PeriodSettingsSection
      id="calorific-title"
      title={t("settings.calorific")}
      intro={t("settings.calorificIntro")}
      defaults={t("settings.calorificDefaults")}
      empty={t("settings.calorificEmpty")}
      addTitle={t("settings.calorific.addTitle")}
      rows={rows}
      canEdit={canEdit}
      Form={CalorificForm}
      card={(value) => (
        <PeriodSettingCard
          key={value.id}
          item={value}
          name={t(`settings.gas.${value.gasType}`)}
          figure={t("settings.calorific.figure", { value: formatNumber(value.kwhPerM3, { maxDecimals: 3 }) })}
          rows={rows}
          canEdit={canEdit}
          Form={CalorificForm}
          onDelete={() => settingsApi.deleteCalorific(value.id)}
        />
      )}
    />
  );
}
