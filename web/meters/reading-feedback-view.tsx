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
import type { KeptState, QueuedReading } from "./reading-queue.ts";

/** A reading kept on the phone: why, and what became of it once the connection came back. */
export interface Kept {
  why: Queued;
  state: KeptState;
  /** The queue's refused items of this entry, with the server's reasons. */
  refused: readonly QueuedReading[];
  /** Where a refused reading is corrected or deleted. */
  checkHref: string;
}

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

/** The server's reasons for refusing a kept reading, each said once (a day/night meter has two). */
function Refusals({ kept }: { kept: Kept }) {
  const reasons = [...new Map(kept.refused.map((i) => [i.problem?.title ?? "", i.problem])).values()];
  return (
    <>
      {reasons.map((problem) => (
        <div key={problem?.title}>
          <p class="feedback-kept">{problem?.title}</p>
          {problem?.detail && <p>{problem.detail}</p>}
        </div>
      ))}
      <p>
        <a class="button secondary" href={kept.checkHref}>
          {t("offline.checkIt")}
        </a>
      </p>
    </>
  );
}

function keptTitle(kept: Kept | null): string {
  if (!kept || kept.state === "sent") return t("feedback.saved");
  return kept.state === "refused" ? t("offline.refusedTitle") : t("offline.keptTitle");
}

/**
 * Shown at once after saving, and focused so a screen reader reads it; euros and last year's
 * comparison follow when the server has them. A reading kept on the phone says so first, and then
 * follows the queue: sent (the usual feedback, said sent), or refused (the reason, and where to fix it).
 */
export function ReadingFeedbackView({
  feedback,
  unit,
  kept = null,
  money = null,
  children,
}: {
  feedback: Feedback;
  unit: Unit;
  kept?: Kept | null;
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
  const onPhone = kept !== null && kept.state !== "sent";
  if (kept?.state === "refused")
    return (
      <section ref={box} class="feedback queued" tabIndex={-1} aria-labelledby="feedback-title">
        <h2 id="feedback-title">{keptTitle(kept)}</h2>
        <Refusals kept={kept} />
        {children}
      </section>
    );
  return (
    <section
      ref={box}
      class={onPhone ? "feedback queued" : "feedback"}
      tabIndex={-1}
      aria-labelledby="feedback-title"
    >
      <h2 id="feedback-title">{keptTitle(kept)}</h2>
      {kept && (
        <p class="feedback-kept">
          {kept.state === "sent"
            ? t("offline.keptSent")
            : t(kept.why === "offline" ? "offline.kept" : "offline.keptSignedOut")}
        </p>
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
      {!onPhone && <ReadingMoneyView state={money} />}
      {children}
    </section>
  );
}
