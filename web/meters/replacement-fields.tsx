import { formatDay, formatIndex } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { EntryField } from "./entry-field.tsx";
import { hasEan } from "./meter-setup-form.ts";
import { registerLabel, unitLabel } from "./meter-words.ts";
import type { Register } from "./meters-api.ts";
import type { Replacement } from "./replacement-state.ts";

/**
 * The replacement form: the day, the old meter's last index and the new one's first, per register.
 * An index that reads two ways ("1.100") is asked next to its field; the number tapped goes in and
 * `onChosen` goes on, as the button under the form would.
 */
export function ReplacementFields({
  replacement,
  onChosen,
}: {
  replacement: Replacement;
  onChosen: () => void;
}) {
  const { meter, registers } = replacement;
  const draft = replacement.draft.value;
  const problems = replacement.problems.value;
  const unit = unitLabel(meter.unit);
  const one = registers.length === 1;

  function lastText(register: Register) {
    const last = meter.lastReadings.find((r) => r.register === register);
    if (!last) return t("reading.noPrevious");
    return t("reading.previous", { value: formatIndex(last.value), unit, date: formatDay(last.readAt) });
  }

  return (
    <>
      <EntryField
        type="date"
        name="replacedAt"
        label={t("meterReplace.date")}
        hint={t("meterReplace.dateHint")}
        value={draft.day}
        max={replacement.today}
        problem={problems.replacedAt}
        onInput={(day) => replacement.update({ day }, "replacedAt")}
      />
      <fieldset class="index-group">
        <legend>{t("meterReplace.old")}</legend>
        <p class="hint">{t("meterReplace.oldHint")}</p>
        {registers.map((register) => (
          <EntryField
            key={register}
            type="decimal"
            name={`final-${register}`}
            label={
              one
                ? t("meterReplace.final", { unit })
                : t("meterReplace.finalRegister", { register: registerLabel(register), unit })
            }
            hint={lastText(register)}
            value={draft.finals[register] ?? ""}
            problem={problems[`finalIndex.${register}`]}
            onInput={(text) => replacement.setIndex("finals", register, text)}
            onChoose={(text) => {
              replacement.setIndex("finals", register, text);
              onChosen();
            }}
            big
          />
        ))}
      </fieldset>
      <fieldset class="index-group">
        <legend>{t("meterReplace.new")}</legend>
        <p class="hint">{t("meterReplace.newHint")}</p>
        {registers.map((register) => (
          <EntryField
            key={register}
            type="decimal"
            name={`start-${register}`}
            label={
              one
                ? t("meterReplace.start", { unit })
                : t("meterReplace.startRegister", { register: registerLabel(register), unit })
            }
            value={draft.starts[register] ?? ""}
            problem={problems[`newMeter.startIndex.${register}`]}
            onInput={(text) => replacement.setIndex("starts", register, text)}
            onChoose={(text) => {
              replacement.setIndex("starts", register, text);
              onChosen();
            }}
            big
          />
        ))}
        <EntryField
          type="text"
          name="newSerial"
          label={t("meterReplace.newSerial")}
          hint={t("meterSetup.serialHint")}
          value={draft.serial}
          problem={problems["newMeter.serial"]}
          onInput={(serial) => replacement.update({ serial }, "newMeter.serial")}
        />
        {hasEan(meter.kind) && (
          <EntryField
            type="digits"
            name="newEan"
            label={t("meterReplace.newEan")}
            hint={t("meterReplace.newEanHint")}
            value={draft.ean}
            problem={problems["newMeter.ean"]}
            onInput={(ean) => replacement.update({ ean }, "newMeter.ean")}
          />
        )}
        {meter.readingMode === "cumulative_index" && (
          <details class="panel" open={Boolean(problems["newMeter.maxIndex"]) || undefined}>
            <summary>{t("meterSetup.more")}</summary>
            <EntryField
              type="decimal"
              name="newMaxIndex"
              label={t("meterSetup.maxIndex")}
              hint={t("meterSetup.maxIndexHint")}
              value={draft.maxIndex}
              problem={problems["newMeter.maxIndex"]}
              onInput={(maxIndex) => replacement.update({ maxIndex }, "newMeter.maxIndex")}
            />
          </details>
        )}
      </fieldset>
    </>
  );
}
