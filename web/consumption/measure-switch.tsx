import { useId } from "preact/hooks";
import { t } from "../lib/i18n/index.ts";
import type { Measure } from "./consumption-shape.ts";

const MEASURES: Measure[] = ["kwh", "eur", "native"];
const LABELS = {
  kwh: "consumption.inKwh",
  eur: "consumption.inEuros",
  native: "consumption.inNative",
} as const;

/** kWh / € / the meter's own unit: real radio buttons, drawn as one row of big buttons. */
export function MeasureSwitch({ value, onChange }: { value: Measure; onChange: (next: Measure) => void }) {
  const name = useId();
  return (
    <fieldset class="measure-switch no-print">
      <legend>{t("consumption.showIn")}</legend>
      <div class="measure-options">
        {MEASURES.map((measure) => (
          <label key={measure} class={measure === value ? "measure chosen" : "measure"}>
            <input
              type="radio"
              name={name}
              value={measure}
              checked={measure === value}
              onChange={() => onChange(measure)}
            />
            {t(LABELS[measure])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
