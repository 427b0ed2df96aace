import { useSignal } from "@preact/signals";
import { CheckboxField, Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { settingsApi, type Tariff, type TariffInput } from "./settings-api.ts";
import { type FormReader, useSettingsForm } from "./settings-form.ts";
import { editableNumber, energyName, validToOf } from "./settings-words.ts";
import { SaveOrCancel, ValidityFields } from "./validity-fields.tsx";

type Energy = TariffInput["energy"];
type Unit = NonNullable<TariffInput["unit"]>;
type PriceKey = keyof TariffInput["pricesEurPerUnit"];

/** The units a price may be given in for each energy (the API checks the same rule). */
const UNITS: Record<Energy, readonly Unit[]> = {
  electricity: ["kwh"],
  gas: ["kwh", "m3"],
  water: ["m3"],
  heat: ["kwh"],
  heating_oil: ["kwh", "litre"],
  pellets: ["kwh", "kg"],
  wood: ["kwh", "kg"],
};
const ENERGIES = Object.keys(UNITS) as Energy[];
/** Only electricity is priced by register; the other energies have one price. */
const ELECTRICITY_PRICES: readonly PriceKey[] = ["single", "day", "night", "exclusiveNight", "injection"];

const FIELDS = ["energy", "label", "validFrom", "validTo", "unit", "fixedEurPerYear", "vatRate"];
const priceField = (key: PriceKey) => `pricesEurPerUnit.${key}`;

function readTariff(read: FormReader, energy: Energy): TariffInput {
  // Every register is sent, null where there is no price: an edit from electricity to gas must
  // not keep the old day and night prices.
  const prices: TariffInput["pricesEurPerUnit"] = {};
  for (const key of ELECTRICITY_PRICES)
    prices[key] =
      energy === "electricity" || key === "single"
        ? (read.number(priceField(key), { signed: key === "injection" }) ?? null)
        : null;
  return {
    energy,
    label: read.text("label", { required: true }),
    validFrom: read.text("validFrom", { required: true }),
    validTo: validToOf(read.text("validTo")),
    unit: (read.text("unit") || "kwh") as Unit,
    pricesEurPerUnit: prices,
    fixedEurPerYear: read.number("fixedEurPerYear") ?? 0,
    vatRate: read.number("vatRate", { required: true, scale: 0.01 }) ?? 0,
    pricesIncludeVat: read.checked("pricesIncludeVat"),
    social: read.checked("social"),
    isDemo: read.checked("isDemo"),
  };
}

/** A new tariff, or the changes to one: energy, period, prices by register, fixed fees, VAT, flags. */
export function TariffForm({
  tariff,
  onSaved,
  onCancel,
}: {
  tariff?: Tariff;
  onSaved: (saved: Tariff) => void;
  onCancel?: () => void;
}) {
  const energy = useSignal<Energy>((tariff?.energy as Energy | undefined) ?? "electricity");
  const { formRef, pending, problem, errors, onSubmit } = useSettingsForm();
  const units = UNITS[energy.value];
  const perUnit = (unit: Unit) => t(`settings.perUnit.${unit}`);
  const unit = tariff && units.includes(tariff.unit) ? tariff.unit : (units[0] as Unit);
  const priceKeys = energy.value === "electricity" ? ELECTRICITY_PRICES : (["single"] as const);

  return (
    <form
      ref={formRef}
      class="settings-form"
      noValidate
      onSubmit={(event) =>
        onSubmit(event, (read) => {
          const input = readTariff(read, energy.value);
          return async () => {
            const { householdId: _none, ...changes } = input;
            onSaved(
              tariff
                ? await settingsApi.updateTariff(tariff.id, changes)
                : await settingsApi.createTariff(input),
            );
          };
        })
      }
    >
      <ProblemAlert problem={problem.value} shownFields={[...FIELDS, ...priceKeys.map(priceField)]} />
      <SelectField
        name="energy"
        label={t("settings.tariff.energy")}
        error={errors.energy}
        defaultValue={energy.value}
        options={ENERGIES.map((e) => ({ value: e, label: energyName(e) }))}
        onChange={(event) => (energy.value = event.currentTarget.value as Energy)}
      />
      <Field
        name="label"
        label={t("settings.tariff.label")}
        hint={t("settings.tariff.labelHint")}
        error={errors.label}
        defaultValue={tariff?.label}
        autocomplete="off"
      />
      <ValidityFields errors={errors} validFrom={tariff?.validFrom} validTo={tariff?.validTo} />
      {/* Keyed by energy: another energy offers other units, and starts on its first one. */}
      <SelectField
        key={energy.value}
        name="unit"
        label={t("settings.tariff.unit")}
        error={errors.unit}
        defaultValue={unit}
        options={units.map((u) => ({ value: u, label: perUnit(u) }))}
      />
      <fieldset class="settings-fieldset">
        <legend>{t("settings.tariff.prices")}</legend>
        <p class="hint">{t("settings.tariff.pricesHint")}</p>
        {errors.pricesEurPerUnit && <p class="field-error">{errors.pricesEurPerUnit}</p>}
        {priceKeys.map((key) => (
          <Field
            key={`${energy.value}-${key}`}
            name={priceField(key)}
            label={t(`settings.price.${key}`)}
            hint={key === "injection" ? t("settings.price.injectionHint") : undefined}
            error={errors[priceField(key)]}
            defaultValue={editableNumber(tariff?.pricesEurPerUnit[key])}
            inputMode="decimal"
            autocomplete="off"
          />
        ))}
      </fieldset>
      <Field
        name="fixedEurPerYear"
        label={t("settings.tariff.fixed")}
        hint={t("settings.tariff.fixedHint")}
        error={errors.fixedEurPerYear}
        defaultValue={editableNumber(tariff?.fixedEurPerYear ?? 0)}
        inputMode="decimal"
        autocomplete="off"
      />
      <Field
        name="vatRate"
        label={t("settings.tariff.vat")}
        hint={t("settings.tariff.vatHint")}
        error={errors.vatRate}
        defaultValue={editableNumber(Math.round((tariff?.vatRate ?? 0.06) * 10000) / 100)}
        inputMode="decimal"
        autocomplete="off"
      />
      <CheckboxField
        name="pricesIncludeVat"
        label={t("settings.tariff.includesVat")}
        defaultChecked={tariff?.pricesIncludeVat ?? false}
      />
      <CheckboxField
        name="social"
        label={t("settings.tariff.social")}
        defaultChecked={tariff?.social ?? false}
      />
      <CheckboxField
        name="isDemo"
        label={t("settings.tariff.demo")}
        defaultChecked={tariff?.isDemo ?? false}
      />
      <SaveOrCancel
        pending={pending.value}
        label={tariff ? t("settings.save") : t("settings.tariff.add")}
        onCancel={onCancel}
      />
    </form>
  );
}
