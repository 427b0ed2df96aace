import { useSignal } from "@preact/signals";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { SettingActions } from "./setting-actions.tsx";
import { type CalorificValue, settingsApi } from "./settings-api.ts";
import { useSettingsForm } from "./settings-form.ts";
import type { Rows } from "./settings-state.ts";
import { editableNumber, lastDayOf, periodText, validToOf } from "./settings-words.ts";

const FIELDS = ["gasType", "kwhPerM3", "validFrom", "validTo"];

function CalorificForm({
  value,
  onSaved,
  onCancel,
}: {
  value?: CalorificValue;
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
      <Field
        name="validFrom"
        type="date"
        label={t("settings.validFrom")}
        error={errors.validFrom}
        defaultValue={value?.validFrom}
      />
      <Field
        name="validTo"
        type="date"
        label={t("settings.lastDay")}
        hint={t("settings.lastDayHint")}
        error={errors.validTo}
        defaultValue={lastDayOf(value?.validTo)}
      />
      <div class="button-row">
        <button type="submit" class="button primary" disabled={pending.value}>
          {value ? t("settings.save") : t("settings.calorific.add")}
        </button>
        {onCancel && (
          <button type="button" class="button secondary" onClick={onCancel}>
            {t("action.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

function CalorificCard({
  value,
  rows,
  canEdit,
}: {
  value: CalorificValue;
  rows: Rows<CalorificValue>;
  canEdit: boolean;
}) {
  const editing = useSignal(false);
  const name = t(`settings.gas.${value.gasType}`);
  const done = (saved: CalorificValue) => {
    editing.value = false;
    rows.put(saved);
  };
  return (
    <li class="card setting-card">
      <p class="card-title">{name}</p>
      {editing.value ? (
        <CalorificForm value={value} onSaved={done} onCancel={() => (editing.value = false)} />
      ) : (
        <>
          <p class="setting-value">
            {t("settings.calorific.figure", { value: formatNumber(value.kwhPerM3, { maxDecimals: 3 }) })}
          </p>
          <p>{periodText(value.validFrom, value.validTo)}</p>
          {canEdit && (
            <SettingActions
              what={`${name}, ${periodText(value.validFrom, value.validTo)}`}
              onEdit={() => (editing.value = true)}
              onDelete={async () => {
                await settingsApi.deleteCalorific(value.id);
                rows.drop(value.id);
              }}
            />
          )}
        </>
      )}
    </li>
  );
}

/** Gas m³ → kWh: the organisation's values by period; the CREG typical ones apply elsewhere. */
export function CalorificSection({ rows, canEdit }: { rows: Rows<CalorificValue>; canEdit: boolean }) {
  const adding = useSignal(false);
  const values = rows.items.value;
  return (
    <section aria-labelledby="calorific-title">
      <h2 id="calorific-title">{t("settings.calorific")}</h2>
      <p>{t("settings.calorificIntro")}</p>
      <p class="notice">{t("settings.calorificDefaults")}</p>
      <ProblemAlert problem={rows.problem.value} />
      {values === null && !rows.problem.value && <p role="status">{t("status.loading")}</p>}
      {values?.length === 0 && <p>{t("settings.calorificEmpty")}</p>}
      <ul class="cards">
        {values?.map((value) => (
          <CalorificCard key={value.id} value={value} rows={rows} canEdit={canEdit} />
        ))}
      </ul>
      {canEdit && (
        <details class="panel" open={adding.value} onToggle={(e) => (adding.value = e.currentTarget.open)}>
          <summary>{t("settings.calorific.addTitle")}</summary>
          {adding.value && (
            <CalorificForm
              onSaved={(saved) => {
                rows.put(saved);
                adding.value = false;
              }}
            />
          )}
        </details>
      )}
    </section>
  );
}
