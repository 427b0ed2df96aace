import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { Field } from "../components/field.tsx";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";

/** `YYYY-MM` of `months` months before `month`. */
export function monthsBefore(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - months, 1));
  return d.toISOString().slice(0, 7);
}

/** Monthly consumption as CSV for Excel, over the months chosen (the last twelve at first). */
export function ConsumptionExport({
  pending,
  onDownload,
}: {
  pending: boolean;
  onDownload: (range: { from: string; to: string }) => void;
}) {
  const thisMonth = brusselsDay(new Date()).slice(0, 7);
  const wrongOrder = useSignal(false);

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get("from") ?? "");
    const to = String(form.get("to") ?? "");
    wrongOrder.value = from > to;
    if (!wrongOrder.value) onDownload({ from, to });
  }

  return (
    <form onSubmit={submit} noValidate class="inline-form month-range">
      <Field
        name="from"
        type="month"
        label={t("privacy.fromMonth")}
        defaultValue={monthsBefore(thisMonth, 11)}
      />
      <Field
        name="to"
        type="month"
        label={t("privacy.toMonth")}
        defaultValue={thisMonth}
        error={wrongOrder.value ? t("privacy.monthOrder") : undefined}
      />
      <button type="submit" class="button secondary" disabled={pending}>
        {t("privacy.consumptionCsv")}
      </button>
    </form>
  );
}
