import { useEffect, useRef } from "preact/hooks";
import { t } from "../lib/i18n/index.ts";
import { replacementSummary } from "./replacement-form.ts";
import type { Replacement } from "./replacement-state.ts";

/** Step 2: what will happen, said plainly, before anything is written. */
export function ReplacementReview({
  replacement,
  onConfirm,
  onCorrect,
}: {
  replacement: Replacement;
  onConfirm: () => void;
  onCorrect: () => void;
}) {
  const box = useRef<HTMLElement>(null);
  const review = replacement.review.value;
  useEffect(() => {
    if (review) box.current?.focus();
  }, [review]);
  if (!review) return null;
  const { newMeter } = review.input;
  const summary = replacementSummary({
    lines: review.lines,
    unit: replacement.meter.unit,
    replacedAt: review.input.replacedAt,
  });
  return (
    <section ref={box} tabIndex={-1} class="review-step" aria-labelledby="review-title">
      <h2 id="review-title">{t("meterReplace.confirmTitle")}</h2>
      <p class="review-main">{summary.sentence}</p>
      {summary.registers.length > 0 && (
        <ul class="review-registers">
          {summary.registers.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {newMeter.serial && <p>{t("meterReplace.summarySerial", { serial: newMeter.serial })}</p>}
      {newMeter.ean && <p>{t("meterReplace.summaryEan", { ean: newMeter.ean })}</p>}
      <p>{t("meterReplace.summaryAfter")}</p>
      <p class="review-warning">{t("meterReplace.summaryFinal")}</p>
      <div class="button-column">
        <button type="button" class="button primary" disabled={replacement.pending.value} onClick={onConfirm}>
          {replacement.pending.value ? t("reading.saving") : t("meterReplace.confirmYes")}
        </button>
        <button type="button" class="button secondary" onClick={onCorrect}>
          {t("reading.confirmNo")}
        </button>
      </div>
    </section>
  );
}
