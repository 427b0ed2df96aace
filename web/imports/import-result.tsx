import { useEffect, useRef } from "preact/hooks";
import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { flagText, registersText, spanText } from "./import-words.ts";
import type { ImportResult } from "./imports-api.ts";

/** What the file held and what was written, in words; the focus comes here once the upload ends. */
export function ImportResultView({ result }: { result: ImportResult }) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [result]);
  const already = result.rowsImported === 0;
  return (
    <section ref={box} class="feedback import-result" tabIndex={-1} aria-labelledby="import-result-title">
      <h3 id="import-result-title">{already ? t("import.already") : t("import.done")}</h3>
      <p class="feedback-main">
        {t("import.rows", {
          read: formatNumber(result.rowsRead, { maxDecimals: 0 }),
          imported: formatNumber(result.rowsImported, { maxDecimals: 0 }),
        })}
      </p>
      <p>{spanText(result.from, result.to)}</p>
      <p>{t("import.registers", { registers: registersText(result.registers) })}</p>
      {already && <p>{t("import.alreadyExplain")}</p>}
      {result.flags.length > 0 && (
        <ul class="import-flags">
          {result.flags.map((flag) => (
            <li key={flag}>{flagText(flag)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
