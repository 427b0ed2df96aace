import { CheckboxField } from "../components/field.tsx";
import { t } from "../lib/i18n/index.ts";
import { ChoiceGroup } from "./choice-group.tsx";
import { EntryField } from "./entry-field.tsx";
import { hasEan, KINDS, LAYOUTS } from "./meter-setup-form.ts";
import type { MeterSetup } from "./meter-setup-state.ts";
import { registerLabel, unitLabel } from "./meter-words.ts";
import type { Register } from "./meters-api.ts";

/**
 * Everything after the kind: the questions that kind needs, and nothing more. A start index that
 * reads two ways ("1.100") is asked next to its field; the number tapped goes in and `onChosen`
 * sends the form again, as the reading entry does.
 */
export function AddMeterFields({ setup, onChosen }: { setup: MeterSetup; onChosen: () => void }) {
  const draft = setup.draft.value;
  const problems = setup.problems.value;
  const kind = draft.kind;
  if (!kind) return null;
  const { mode, unit: unitCode } = KINDS[kind];
  const unit = unitLabel(unitCode);
  const registers = setup.registers.value;

  function indexLabel(register: Register) {
    if (mode === "stock_level") return t("meterSetup.startLevel", { unit });
    if (registers.length === 1) return t("meterSetup.startIndex", { unit });
    return t("meterSetup.startIndexRegister", { register: registerLabel(register), unit });
  }

  return (
    <>
      <EntryField
        type="text"
        name="name"
        label={t("meterSetup.name")}
        hint={t("meterSetup.nameHint")}
        value={draft.name}
        problem={problems.name}
        onInput={(name) => setup.update({ name }, "name")}
      />
      {kind === "electricity" && (
        <>
          <ChoiceGroup
            name="layout"
            legend={t("meterSetup.layout")}
            hint={t("meterSetup.layoutHint")}
            choices={LAYOUTS.map((layout) => ({
              value: layout,
              label: t(`meterSetup.layout.${layout}`),
              hint: t(`meterSetup.layout.${layout}Hint`),
            }))}
            value={draft.layout}
            problem={problems.registers}
            onChange={(layout) => setup.update({ layout }, "registers")}
          />
          <div class="checkbox-with-hint">
            <CheckboxField
              name="exclusiveNight"
              label={t("meterSetup.exclusiveNight")}
              checked={draft.exclusiveNight}
              aria-describedby="exclusive-night-hint"
              onChange={(event) => setup.update({ exclusiveNight: event.currentTarget.checked }, "registers")}
            />
            <p class="hint" id="exclusive-night-hint">
              {t("meterSetup.exclusiveNightHint")}
            </p>
          </div>
        </>
      )}
      {kind === "gas" && (
        <ChoiceGroup
          name="gasType"
          legend={t("meterSetup.gasType")}
          choices={(["H", "L"] as const).map((gas) => ({
            value: gas,
            label: t(`meterSetup.gas.${gas}`),
            hint: t(`meterSetup.gas.${gas}Hint`),
          }))}
          value={draft.gasType}
          problem={problems.gasType}
          onChange={(gasType) => setup.update({ gasType }, "gasType")}
        />
      )}
      <EntryField
        type="date"
        name="startedAt"
        label={t("meterSetup.startDate")}
        hint={t("meterSetup.startDateHint")}
        value={draft.startDay}
        max={setup.today}
        problem={problems.startedAt}
        onInput={(startDay) => setup.update({ startDay }, "startedAt")}
      />
      {mode === "deliveries_only" && <p class="notice">{t("meterSetup.deliveriesOnly")}</p>}
      {registers.map((register, i) => (
        <EntryField
          key={register}
          type="decimal"
          name={`startIndex-${register}`}
          label={indexLabel(register)}
          // Said once, above the first of the meter's indexes.
          hint={i === 0 ? t("meterSetup.startIndexHint") : undefined}
          value={draft.startIndex[register] ?? ""}
          problem={problems[`startIndex.${register}`]}
          onInput={(text) => setup.setStartIndex(register, text)}
          onChoose={(text) => {
            setup.setStartIndex(register, text);
            onChosen();
          }}
          big
        />
      ))}
      {hasEan(kind) && (
        <EntryField
          type="digits"
          name="ean"
          label={t("meterSetup.ean")}
          hint={t("meterSetup.eanHint")}
          value={draft.ean}
          problem={problems.ean}
          onInput={(ean) => setup.update({ ean }, "ean")}
        />
      )}
      {mode !== "deliveries_only" && (
        <EntryField
          type="text"
          name="serial"
          label={t("meterSetup.serial")}
          hint={t("meterSetup.serialHint")}
          value={draft.serial}
          problem={problems.serial}
          onInput={(serial) => setup.update({ serial }, "serial")}
        />
      )}
      {mode === "cumulative_index" && (
        // Opened by itself when the API refused what is inside, so the problem is seen.
        <details class="panel" open={Boolean(problems.maxIndex) || undefined}>
          <summary>{t("meterSetup.more")}</summary>
          <EntryField
            type="decimal"
            name="maxIndex"
            label={t("meterSetup.maxIndex")}
            hint={t("meterSetup.maxIndexHint")}
            value={draft.maxIndex}
            problem={problems.maxIndex}
            onInput={(maxIndex) => setup.update({ maxIndex }, "maxIndex")}
          />
        </details>
      )}
    </>
  );
}
