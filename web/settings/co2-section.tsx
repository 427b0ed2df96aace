import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { PeriodSettingCard, PeriodSettingsSection } from "./period-settings.tsx";
import { type Co2Factor, type Co2Input, settingsApi } from "./settings-api.ts";
import { useSettingsForm } from "./settings-form.ts";
import type { Rows } from "./settings-state.ts";
import { editableNumber, energyName, validToOf } from "./settings-words.ts";
import { SaveOrCancel, ValidityFields } from "./validity-fields.tsx";

/** Water and allocator units have no kWh, hence no CO₂ factor. */
const ENERGIES: readonly Co2Input["energy"][] = [
  "electricity",
  "gas",
  "heat",
  "heating_oil",
  "pellets",
  "wood",
];
const FIELDS = ["energy", "kgPerKwh", "source", "convention", "validFrom", "validTo"];

function Co2Form({
  item: factor,
  onSaved,
  onCancel,
}: {
  item?: Co2Factor;
  onSaved: (saved: Co2Factor) => void;
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
          const input: Co2Input = {
            energy: read.text("energy") as Co2Input["energy"],
            kgPerKwh: read.number("kgPerKwh", { required: true }) ?? 0,
            source: read.text("source", { required: true }),
            convention: read.text("convention", { required: true }),
            validFrom: read.text("validFrom") || null,
            validTo: validToOf(read.text("validTo")),
          };
          return async () =>
            onSaved(
              factor ? await settingsApi.updateCo2(factor.id, input) : await settingsApi.createCo2(input),
            );
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={FIELDS} />
      <SelectField
        name="energy"
        label={t("settings.co2.energy")}
        error={errors.energy}
        defaultValue={factor?.energy ?? "electricity"}
        options={ENERGIES.map((e) => ({ value: e, label: energyName(e) }))}
      />
      <Field
        name="kgPerKwh"
        label={t("settings.co2.value")}
        hint={t("settings.co2.valueHint")}
        error={errors.kgPerKwh}
        defaultValue={editableNumber(factor?.kgPerKwh)}
        inputMode="decimal"
        autocomplete="off"
      />
      <Field
        name="source"
        label={t("settings.co2.source")}
        hint={t("settings.co2.sourceHint")}
        error={errors.source}
        defaultValue={factor?.source}
      />
      <Field
        name="convention"
        label={t("settings.co2.convention")}
        hint={t("settings.co2.conventionHint")}
        error={errors.convention}
        defaultValue={factor?.convention}
      />
      <ValidityFields errors={errors} validFrom={factor?.validFrom} validTo={factor?.validTo} fromOptional />
      <SaveOrCancel
        pending={pending.value}
        label={factor ? t("settings.save") : t("settings.co2.add")}
        onCancel={onCancel}
      />
    </form>
  );
}

/** CO₂ per kWh by energy, with the source and the convention that make the figure comparable. */
export function Co2Section({ rows, canEdit }: { rows: Rows<Co2Factor>; canEdit: boolean }) {
  return (
    <PeriodSettingsSection
      id="co2-title"
      title={t("settings.co2")}
      intro={t("settings.co2Intro")}
      defaults={t("settings.co2Defaults")}
      empty={t("settings.co2Empty")}
      addTitle={t("settings.co2.addTitle")}
      rows={rows}
      canEdit={canEdit}
      Form={Co2Form}
      card={(factor) => (
        <PeriodSettingCard
          key={factor.id}
          item={factor}
          name={energyName(factor.energy)}
          figure={t("settings.co2.figure", { value: formatNumber(factor.kgPerKwh, { maxDecimals: 4 }) })}
          rows={rows}
          canEdit={canEdit}
          Form={Co2Form}
          onDelete={() => settingsApi.deleteCo2(factor.id)}
        >
          <dl class="setting-figures">
            <div>
              <dt>{t("settings.co2.source")}</dt>
              <dd>{factor.source}</dd>
            </div>
            <div>
              <dt>{t("settings.co2.convention")}</dt>
              <dd>{factor.convention}</dd>
            </div>
          </dl>
        </PeriodSettingCard>
      )}
    />
  );
}
