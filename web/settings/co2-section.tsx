import { useSignal } from "@preact/signals";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { SettingActions } from "./setting-actions.tsx";
import { type Co2Factor, type Co2Input, settingsApi } from "./settings-api.ts";
import { useSettingsForm } from "./settings-form.ts";
import type { Rows } from "./settings-state.ts";
import { editableNumber, energyName, lastDayOf, periodText, validToOf } from "./settings-words.ts";

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
  factor,
  onSaved,
  onCancel,
}: {
  factor?: Co2Factor;
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
      <Field
        name="validFrom"
        type="date"
        label={t("settings.validFromOptional")}
        error={errors.validFrom}
        defaultValue={factor?.validFrom ?? ""}
      />
      <Field
        name="validTo"
        type="date"
        label={t("settings.lastDay")}
        hint={t("settings.lastDayHint")}
        error={errors.validTo}
        defaultValue={lastDayOf(factor?.validTo)}
      />
      <div class="button-row">
        <button type="submit" class="button primary" disabled={pending.value}>
          {factor ? t("settings.save") : t("settings.co2.add")}
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

function Co2Card({ factor, rows, canEdit }: { factor: Co2Factor; rows: Rows<Co2Factor>; canEdit: boolean }) {
  const editing = useSignal(false);
  const name = energyName(factor.energy);
  const done = (saved: Co2Factor) => {
    editing.value = false;
    rows.put(saved);
  };
  return (
    <li class="card setting-card">
      <p class="card-title">{name}</p>
      {editing.value ? (
        <Co2Form factor={factor} onSaved={done} onCancel={() => (editing.value = false)} />
      ) : (
        <>
          <p class="setting-value">
            {t("settings.co2.figure", { value: formatNumber(factor.kgPerKwh, { maxDecimals: 4 }) })}
          </p>
          <p>{periodText(factor.validFrom, factor.validTo)}</p>
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
          {canEdit && (
            <SettingActions
              what={`${name}, ${periodText(factor.validFrom, factor.validTo)}`}
              onEdit={() => (editing.value = true)}
              onDelete={async () => {
                await settingsApi.deleteCo2(factor.id);
                rows.drop(factor.id);
              }}
            />
          )}
        </>
      )}
    </li>
  );
}

/** CO₂ per kWh by energy, with the source and the convention that make the figure comparable. */
export function Co2Section({ rows, canEdit }: { rows: Rows<Co2Factor>; canEdit: boolean }) {
  const adding = useSignal(false);
  const factors = rows.items.value;
  return (
    <section aria-labelledby="co2-title">
      <h2 id="co2-title">{t("settings.co2")}</h2>
      <p>{t("settings.co2Intro")}</p>
      <p class="notice">{t("settings.co2Defaults")}</p>
      <ProblemAlert problem={rows.problem.value} />
      {factors === null && !rows.problem.value && <p role="status">{t("status.loading")}</p>}
      {factors?.length === 0 && <p>{t("settings.co2Empty")}</p>}
      <ul class="cards">
        {factors?.map((factor) => (
          <Co2Card key={factor.id} factor={factor} rows={rows} canEdit={canEdit} />
        ))}
      </ul>
      {canEdit && (
        <details class="panel" open={adding.value} onToggle={(e) => (adding.value = e.currentTarget.open)}>
          <summary>{t("settings.co2.addTitle")}</summary>
          {adding.value && (
            <Co2Form
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
