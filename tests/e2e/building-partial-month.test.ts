import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type Browser,
  openBrowser,
  saveScreenshot,
  screenshotPath,
  seriousAxeViolations,
} from "./browser.ts";
import { signInHousingManager } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

/** Synergrid's equivalent degree-day normals, January first: what the demo station's months hold. */
const NORMALS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];
/** The chart's colours (web/buildings/monthly-draw.ts): a whole month, and a partial month's fill. */
const FULL_BAR = [11, 93, 59] as const;
const PALE_BAR = [188, 217, 200] as const;

/** `YYYY-MM` `offset` months after `month`. */
function shiftMonth(month: string, offset: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const n = y * 12 + (m - 1) + offset;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

const daysIn = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** A month as the page writes it in French (web/lib/format.ts formatYearMonth): « janv. 2026 ». */
function frenchMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat("fr-BE", { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A building of its own for this file (the demo's stay as the other tests expect them), made through
 * the API as the housing manager: an oil boiler whose tank gauge the caretaker reads on the 1st of
 * every month, with the deliveries entered, like the demo's Les Peupliers. One winter month, the tank
 * was filled on the 10th and nobody entered the delivery: the gauge read on the 15th is higher than
 * on the 1st, so what was burnt between the two is unknown. That month has figures for its last
 * days only: a partial month, in the middle of the chart's 24 months.
 */
async function oilBuildingWithAForgottenDelivery(page: Page) {
  const post = async (path: string, data: object) => {
    const res = await page.request.post(`${baseUrl}${path}`, { data });
    expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
    return (await res.json()) as { id: string };
  };
  const thisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" })
    .format(new Date())
    .slice(0, 7);
  const lastMonth = shiftMonth(thisMonth, -1);
  // A heating month about a year back: well inside the 24 months the page shows, never at an end.
  const partial =
    Array.from({ length: 9 }, (_, i) => shiftMonth(lastMonth, -16 + i)).find((m) =>
      [11, 12, 1, 2].includes(Number(m.slice(5, 7))),
    ) ?? shiftMonth(lastMonth, -12);

  const building = await post("/api/buildings", {
    code: "LD-E2E-ERABLES",
    name: "Résidence Les Érables",
    address: "Rue des Érables 5",
    postcode: "4000",
    commune: "Liège",
    heatedAreaM2: 1350,
    dwellingCount: 14,
    heatingSystem: "oil_boiler",
    constructionYear: 1970,
  });
  const first = shiftMonth(lastMonth, -25);
  let level = 9_000;
  const meter = await post(`/api/buildings/${building.id}/meters`, {
    kind: "heating_oil",
    name: "Citerne à mazout",
    startedAt: `${first}-01`,
    startIndex: level,
    clientId: randomUUID(),
  });
  const read = (day: string, value: number) =>
    post(`/api/meters/${meter.id}/readings`, {
      readAt: day,
      value: Math.round(value),
      clientId: randomUUID(),
      // A boiler's tank burns far more than a home's: its first falls are confirmed, as staff do once.
      confirm: true,
    });
  /** Litres burnt over `days` days of `month`: hot water every day, heating by the month's cold. */
  const burnt = (month: string, days: number) =>
    9 * days + (7 * (NORMALS[Number(month.slice(5, 7)) - 1] as number) * days) / daysIn(month);

  for (let month = first; month <= lastMonth; month = shiftMonth(month, 1)) {
    const next = `${shiftMonth(month, 1)}-01`;
    if (month === partial) {
      // Filled on the 10th, the delivery never entered: read on the 15th, the level has gone up.
      level += 8_000 - burnt(month, 14);
      await read(`${month}-15`, level);
      level -= burnt(month, daysIn(month) - 14);
    } else {
      level -= burnt(month, daysIn(month));
      if (level < 3_500) {
        await post(`/api/meters/${meter.id}/deliveries`, {
          deliveredOn: `${month}-${daysIn(month) - 2}`,
          quantity: 8_000,
          costEur: 8_400,
          clientId: randomUUID(),
        });
        level += 8_000;
      }
    }
    await read(next, level);
  }
  return { name: "Résidence Les Érables", buildingId: building.id, partial, lastMonth };
}

/**
 * The bars along a row just above the chart's baseline, left to right, each told by the colour at
 * its middle: `full`, `pale` or the colour itself (anything else). A bar is a run of green columns.
 */
function barsOnCanvas(canvas: HTMLCanvasElement, colours: { full: number[]; pale: number[] }) {
  const ctx = canvas.getContext("2d");
  if (!ctx) return [];
  const { width, height } = canvas;
  const { data } = ctx.getImageData(0, 0, width, height);
  const at = (x: number, y: number) => Array.from(data.slice((y * width + x) * 4, (y * width + x) * 4 + 3));
  const near = (pixel: number[], colour: number[]) =>
    pixel.every((v, i) => Math.abs(v - (colour[i] ?? 0)) <= 4);
  // The baseline: the lowest row a whole month's bar reaches.
  let baseline = -1;
  for (let y = height - 1; y >= 0 && baseline < 0; y--)
    for (let x = 0; x < width; x++)
      if (near(at(x, y), colours.full)) {
        baseline = y;
        break;
      }
  if (baseline < 0) return [];
  const row = baseline - 3;
  const green = (x: number) => {
    const [r = 0, g = 0] = at(x, row);
    return g - r >= 15;
  };
  const bars: string[] = [];
  for (let x = 0; x < width; x++) {
    if (!green(x)) continue;
    const start = x;
    while (x + 1 < width && green(x + 1)) x++;
    const middle = at(Math.round((start + x) / 2), row);
    bars.push(near(middle, colours.full) ? "full" : near(middle, colours.pale) ? "pale" : middle.join(","));
  }
  return bars;
}

describe.skipIf(!baseUrl)("a month the readings only partly cover, on the building's page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    await signInHousingManager(browser.page, baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws the partial month's bar pale and names it under the chart", async () => {
    const { page, errors } = browser;
    const { name, buildingId, partial, lastMonth } = await oilBuildingWithAForgottenDelivery(page);

    // What the page is given: 24 months with figures, one of them partial, none missing.
    const answer = await page.request.get(`${baseUrl}/api/buildings/${buildingId}/indicators`);
    const indicators = (await answer.json()) as {
      monthly: Array<{ month: string; kwhPerM2: number | null; status: string }>;
      partialMonths: string[];
      missingMonths: string[];
    };
    expect(indicators.partialMonths).toEqual([partial]);
    expect(indicators.missingMonths).toEqual([]);
    const months = indicators.monthly.map((m) => m.month);
    expect(months).toHaveLength(24);
    expect(months.at(-1)).toBe(lastMonth);
    expect(indicators.monthly.every((m) => (m.kwhPerM2 ?? 0) > 0)).toBe(true);

    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Bâtiments" }).click();
    await page.getByRole("table").getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    const consumption = page.getByRole("region", { name: "Consommation", exact: true });

    // Under the chart, the partial month by name, and why its bar is paler and lower.
    const legend = consumption.locator(".chart-legend").getByRole("listitem");
    const partialItem = legend.filter({ hasText: "Mois incomplets" });
    await partialItem.waitFor();
    expect((await partialItem.innerText()).replace(/\u00a0/g, " ")).toMatch(
      new RegExp(
        `^Mois incomplets : ${literally(frenchMonth(partial))}\\. Il manque des relevés pour certains jours : leur barre, plus claire, est plus basse que ce que le bâtiment a vraiment consommé\\.$`,
      ),
    );
    // No month without figures, so no such line.
    expect(await legend.filter({ hasText: "Sans chiffres" }).count()).toBe(0);
    // On a phone the line wraps over several; its pale square sits beside the first, not halfway down.
    const [item, mark, lineHeight] = await Promise.all([
      partialItem.boundingBox(),
      partialItem.locator(".legend-mark").boundingBox(),
      partialItem.evaluate((li) => Number.parseFloat(getComputedStyle(li).lineHeight)),
    ]);
    if (!item || !mark) throw new Error("the partial months' line or its square is not on screen");
    expect(item.height).toBeGreaterThan(2 * lineHeight);
    expect(Math.abs(mark.y + mark.height / 2 - (item.y + lineHeight / 2))).toBeLessThanOrEqual(1);

    // The chart: one bar per month, the partial one pale and the others whole, in the months' order.
    const chart = consumption.getByRole("img", { name: /^Consommation par m² de chaque mois/ });
    await chart.waitFor();
    // Its description says what the pale bar is, and nothing of works the building has not had.
    expect((await chart.getAttribute("aria-label"))?.replace(/\u00a0/g, " ")).toBe(
      "Consommation par m² de chaque mois. Les barres plus claires sont des mois avec des relevés pour une partie de leurs jours seulement : elles sont plus basses que ce qui a vraiment été consommé.",
    );
    // Drawn: chart.js has set the canvas's inline size (a bare canvas has none).
    await expect
      .poll(() =>
        chart.evaluate((canvas) => canvas.style.height !== "" && (canvas as HTMLCanvasElement).width > 0),
      )
      .toBe(true);
    const bars = await chart.evaluate(barsOnCanvas, {
      full: [...FULL_BAR],
      pale: [...PALE_BAR],
    });
    expect(bars).toEqual(months.map((m) => (m === partial ? "pale" : "full")));

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshot(page, "building-partial-month");
    await consumption.screenshot({ path: screenshotPath("building-partial-month-chart") });
    expect(errors).toEqual([]);
  });
});
