import { expect } from "vitest";
import { addDays, type LocalDay } from "../../api/consumption/brussels-days.ts";
import { dailyDegreeDays } from "../../api/weather/index.ts";
import type { TestApp } from "../setup/test-app.ts";

/**
 * Daily means from 1 December 2023 to the test clock's day (2026-03-09), one decimal as a file gives
 * them: about 3 °C in January, 18 °C in July, with some day-to-day change.
 */
export function seasonalTemperatures(): Map<LocalDay, number> {
  const out = new Map<LocalDay, number>();
  for (let d = "2023-12-01", i = 0; d < "2026-03-10"; d = addDays(d, 1), i++) {
    const seasonal = 10.5 - 7.5 * Math.cos((2 * Math.PI * (i - 45)) / 365.25);
    out.set(d, Math.round((seasonal + 2 * Math.sin(i * 1.7)) * 10) / 10);
  }
  return out;
}

/**
 * The demo station's daily temperatures imported by the platform administrator (the route the README
 * gives); answers each day's equivalent 16.5 degree-days, as the app computes them.
 */
export async function importDemoTemperatures(
  t: TestApp,
  adminCookie: string,
  tmean: ReadonlyMap<LocalDay, number>,
): Promise<Map<LocalDay, number>> {
  const csv = `date;tmean_c\n${[...tmean].map(([d, v]) => `${d};${String(v).replace(".", ",")}`).join("\n")}\n`;
  const imported = await t.call("POST", "/api/weather/stations/demo/temperatures", {
    cookie: adminCookie,
    rawBody: csv,
    headers: { "content-type": "text/csv" },
  });
  expect(imported.status).toBe(201);
  return new Map(
    dailyDegreeDays(
      [...tmean].map(([day, tmeanC]) => ({ day, tmeanC })),
      "equiv16_5",
    ).map((d) => [d.day, d.degreeDays]),
  );
}
