import { readFileSync } from "node:fs";
import type { TestApp } from "../setup/test-app.ts";

/** A smart-meter file from tests/fixtures/imports. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url), "utf8");
}

/** POST the file as a `text/csv` body. */
export function uploadCsv(t: TestApp, meterId: string, cookie: string, csv: string) {
  return t.call("POST", `/api/meters/${meterId}/imports`, {
    cookie,
    rawBody: csv,
    headers: { "content-type": "text/csv" },
  });
}

/** POST the file as multipart/form-data, with the generic format's fields. */
export async function uploadForm(
  t: TestApp,
  meterId: string,
  cookie: string,
  csv: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("file", new File([csv], "export.csv", { type: "text/csv" }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const res = await t.app.request(`/api/meters/${meterId}/imports`, {
    method: "POST",
    headers: { cookie },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

/** A Dutch (v1) export line, as the operator's portal writes it. */
export function dutchLine(
  day: string,
  from: string,
  to: string,
  register: string,
  volume: string,
  ean = "541448820000000017",
) {
  const [y, m, d] = day.split("-");
  const toDay = to === "00:00" ? nextDay(day) : day;
  const [ty, tm, td] = toDay.split("-");
  return `${d}-${m}-${y};${from}:00;${td}-${tm}-${ty};${to}:00;="${ean}";1SAG1100000017;Digitale Meter;${register};${volume};kWh;Gevalideerd`;
}

export const DUTCH_HEADER =
  "Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus";

function nextDay(day: string) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
