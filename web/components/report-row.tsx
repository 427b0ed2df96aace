import type { ComponentChildren } from "preact";

/** One line of a printed report: what it is, then its figure (a `<dl>` row). */
export function ReportRow({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="report-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
