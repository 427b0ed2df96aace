import type { Signal } from "@preact/signals";
import type { useAction } from "../lib/use-action.ts";
import { Field } from "./field.tsx";
import { ProblemAlert } from "./problem-alert.tsx";

type Action = ReturnType<typeof useAction>;

/**
 * A printed report's period (two dates) with its three buttons: show, print, download as CSV. Hidden
 * when printing. `words` are the page's own labels; `report` and `download` its two actions.
 */
export function ReportPeriodForm({
  from,
  to,
  words,
  report,
  download,
  printable,
  onShow,
  onDownload,
}: {
  from: Signal<string>;
  to: Signal<string>;
  words: { from: string; to: string; show: string; print: string; downloadCsv: string };
  report: Action;
  download: Action;
  /** A report is on the page. */
  printable: boolean;
  onShow: () => void;
  onDownload: () => Promise<unknown>;
}) {
  const fieldErrors = report.problem.value?.fieldErrors;
  return (
    <>
      <form
        class="report-period no-print"
        onSubmit={(event) => {
          event.preventDefault();
          onShow();
        }}
      >
        <div class="report-dates">
          <Field
            name="from"
            type="date"
            label={words.from}
            value={from.value}
            max={to.value || undefined}
            error={fieldErrors?.from}
            onChange={(event) => (from.value = event.currentTarget.value)}
          />
          <Field
            name="to"
            type="date"
            label={words.to}
            value={to.value}
            error={fieldErrors?.to}
            onChange={(event) => (to.value = event.currentTarget.value)}
          />
        </div>
        <div class="button-row">
          <button type="submit" class="button primary" disabled={report.pending.value}>
            {words.show}
          </button>
          <button type="button" class="button" onClick={() => window.print()} disabled={!printable}>
            {words.print}
          </button>
          <button
            type="button"
            class="button"
            disabled={download.pending.value || !from.value || !to.value}
            onClick={() => void download.run(onDownload)}
          >
            {words.downloadCsv}
          </button>
        </div>
      </form>
      <ProblemAlert problem={report.problem.value ?? download.problem.value} shownFields={["from", "to"]} />
    </>
  );
}
