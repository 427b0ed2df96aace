import type { ComponentChildren } from "preact";

/**
 * A box around a table that may be wider than a phone: the table scrolls sideways inside it, never
 * the page. The box takes focus so a keyboard can scroll it, and is named (by `label` or by the
 * element `labelledBy`) so a screen reader says what it holds.
 */
export function TableScroll({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ComponentChildren;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region must be reachable by keyboard.
    <section class="table-scroll" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
