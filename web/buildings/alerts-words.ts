import "../lib/i18n/fr-alerts.ts";
import type { InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { formatDate, formatIndex, formatMonth, formatNumber, formatYearMonth } from "../lib/format.ts";
import { language, type MessageKey, t } from "../lib/i18n/index.ts";
import { unitLabel } from "../meters/meter-words.ts";

const alerts = client.api.alerts;
export type Alert = InferResponseType<typeof alerts.$get, 200>[number];
export type AlertStatus = Alert["status"];

/** The alerts calls, one line each: the pages never build URLs. */
export const alertsApi = {
  list: (query: { status?: AlertStatus; buildingId?: string }) => request(alerts.$get({ query })),
  acknowledge: (id: string) => request(alerts[":id"].acknowledge.$post({ param: { id } })),
  close: (id: string, note: string) =>
    request(alerts[":id"].close.$post({ param: { id }, json: note.trim() ? { note } : {} })),
};

const kwh = (value: unknown) => formatNumber(Math.round(Number(value)));

/** "juin, juillet et août 2026": the months of one summer, in words. */
function monthsText(months: unknown): string {
  const list = Array.isArray(months) ? months.map(String) : [];
  const names = list.map((m) => formatMonth(Number(m.slice(5, 7))));
  const year = list[0]?.slice(0, 4) ?? "";
  return `${new Intl.ListFormat(language.value, { type: "conjunction" }).format(names)} ${year}`;
}

export const alertTitle = (alert: Alert) => t(`alerts.kind.${alert.kind}` as MessageKey);
export const alertWhy = (alert: Alert) => t(`alerts.why.${alert.kind}` as MessageKey);

/** What was seen, in one plain sentence built from the figures the API sends in `seen`. */
export function alertSeen(alert: Alert): string {
  const s = alert.seen as Record<string, unknown>;
  const meter = alert.meterName ?? "";
  switch (alert.kind) {
    case "summer_heating":
      return t("alerts.seen.summer_heating", {
        months: monthsText(s.months),
        kwh: kwh(s.kwh),
        expectedKwh: kwh(s.expectedKwh),
      });
    case "above_model":
      return t("alerts.seen.above_model", {
        month: formatYearMonth(String(s.month)),
        kwh: kwh(s.kwh),
        pct: formatNumber(Number(s.percentAbove)),
        predictedKwh: kwh(s.predictedKwh),
      });
    case "readings_missing":
      return t("alerts.seen.readings_missing", {
        meter,
        date: formatDate(String(s.lastDataOn)),
        days: formatNumber(Number(s.days)),
        limit: formatNumber(Number(s.limitDays)),
      });
    case "meter_backwards":
      return t("alerts.seen.meter_backwards", {
        meter,
        previous: formatIndex(Number(s.previousIndex)),
        index: formatIndex(Number(s.index)),
        unit: unitLabel(String(s.unit)),
        from: formatDate(String(s.previousOn)),
        to: formatDate(String(s.readOn)),
      });
  }
}

/** "Nouvelle", "Vue le 3 mars 2026", "Clôturée le…" (or closed by itself when readings came back). */
export function alertStatusText(alert: Alert): string {
  if (alert.closedAt)
    return alert.closedBy === null
      ? t("alerts.closedByItself", { date: formatDate(alert.closedAt) })
      : t("alerts.status.closed", { date: formatDate(alert.closedAt) });
  if (alert.acknowledgedAt)
    return t("alerts.status.acknowledged", { date: formatDate(alert.acknowledgedAt) });
  return t("alerts.status.open");
}
