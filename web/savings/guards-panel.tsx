import { useId } from "preact/hooks";
import { t } from "../lib/i18n/index.ts";
import { comfortFlagLine, guardLines } from "./bill-words.ts";
import type { EnergyGuards } from "./savings-api.ts";

/** The adviser's "Points d'attention": signs to look at with the household, in plain words. */
export function GuardsPanel({ guards }: { guards: EnergyGuards }) {
  const id = useId();
  const flags = guards.comfort.flags;
  return (
    <section class="guards-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("guards.title")}</h2>
      <p class="hint">{t("guards.intro")}</p>
      <ul class="guards-list">
        {guardLines(guards).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {flags.length > 0 && (
        <>
          <h3>{t("guards.comfort.flagsTitle")}</h3>
          <ul class="guards-list">
            {flags.map((flag) => (
              <li key={flag.day}>{comfortFlagLine(flag)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
