import "../lib/i18n/fr-household.ts";
import { useEffect, useRef } from "preact/hooks";
import { formatDay, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { daysText, registerLabel, unitLabel } from "./meter-words.ts";
import type { Unit } from "./meters-api.ts";
import type { MoneyState } from "./reading-after-save.ts";
import type { Queued } from "./reading-entry-state.ts";
import type { Feedback } from "./reading-feedback.ts";
import { ReadingMoneyView } from "./reading-money-view.tsx";

/** The sentence that says how much was used, in plain words. */
function usedSentence(feedback: Feedback, unit: string): string {
  switch (feedback.kind) {
    case "first":
      return t("feedback.first");
    case "reset":
      return t("feedback.reset");
    case "levelUp":
      return t("feedback.levelUp", {
        date: formatDay(feedback.since),
        used: formatNumber(feedback.quantity),
        unit,
      });
    default: {
      const params = {
        date: formatDay(feedback.since),
        used: formatNumber(feedback.quantity),
        unit,
        days: daysText(feedback.days),
        perDay: formatNumber(feedback.perDay ?? 0),
      };
      const long = feedback.perDay !== null;
      if (feedback.kind === "levelDown")
        return t(long ? "feedback.levelDown" : "feedback.levelDownShort", params);
      return t(long ? "feedback.used" : "feedback.usedShort", params);
    }
  }
}

/**
 * Shown at once after saving, and focused so a screen reader reads it; euros and last year's
 * comparison follow when the server has them. A reading kept on the phone says so first.
 */
export function ReadingFeedbackView({
  feedback,
  unit,
  queued = null,
  money = null,
  children,
}: {
  feedback: Feedback;
  unit: Unit;
  queued?: Queued | null;
  money?: MoneyState | null;
  children?: preact.ComponentChildren;
}) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.scrollIntoView?.({ block: "start" });
  }, []);
  const label = unitLabel(unit);
  const perRegister = "registers" in feedback && feedback.registers.length > 1 ? feedback.registers : [];
  return (
    <section
      ref={box}
      class={queued ? "feedback queued" : "feedback"}
      tabIndex={-1}
      aria-labelledby="feedback-title"
    >
      <h2 id="feedback-title">{queued ? t("offline.keptTitle") : t("feedback.saved")}</h2>
      {queued && (
        <p class="feedback-kept">{t(queued === "offline" ? "offline.kept" : "offline.keptSignedOut")}</p>
      )}
      <p class="feedback-main">{usedSentence(feedback, label)}</p>
      {perRegister.length > 0 && (
        <ul class="feedback-registers">
          {perRegister.map((r) => (
            <li key={r.register}>
              {t("meters.registerValue", {
                register: registerLabel(r.register),
                value: formatNumber(r.quantity ?? 0),
                unit: label,
              })}
            </li>
          ))}
        </ul>
      )}
      {!queued && <ReadingMoneyView state={money} />}
      {children}
    </section>
  );
}
