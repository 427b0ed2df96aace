import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../lib/i18n/index.ts";

/**
 * Codes shown once (a household's code and PIN, an invitation code), large enough to copy by hand
 * onto a card; the print stylesheet prints this card alone.
 */
export function SecretCard({
  title,
  items,
  children,
}: {
  /** On screen; the printed card carries the app's name instead. */
  title: string;
  items: ReadonlyArray<{ label: string; value: string }>;
  children?: ComponentChildren;
}) {
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    // On a phone the card appears below the form, out of sight: bring it (and the reader) there.
    card.current?.focus();
    card.current?.scrollIntoView?.({ block: "start" });
  }, []);
  return (
    <section ref={card} class="secret-card" aria-label={title} tabIndex={-1}>
      <h2 class="no-print">{title}</h2>
      <p class="print-only print-title">{t("app.name")}</p>
      <dl>
        {items.map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd class="secret">{item.value}</dd>
          </div>
        ))}
      </dl>
      {children}
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t("action.print")}
        </button>
      </p>
    </section>
  );
}
