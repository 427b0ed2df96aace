import { addDays, type LocalDay } from "../../api/consumption/brussels-days.ts";
import { computeSavings, type UsagePeriod } from "../../api/savings/index.ts";
import { fitLine } from "../../api/savings/least-squares.ts";
import { belgianTemperatures, monthlyPeriods, normalNoise } from "../domain/savings/synthetic.ts";
import { table } from "./report.ts";

export interface SavingsBenchRow {
  case: string;
  fits: number;
  engineMs: number;
  /** One weighted least-squares fit at a known balance point over the same baseline. */
  bareFitMs: number;
  ratio: number;
}

const START = "2025-01-01";
const temperatures = belgianTemperatures("2022-01-01", "2028-01-01", 11);

/**
 * The savings engine (balance-point search over 34 candidates, sufficiency, counterfactual,
 * uncertainty) against the bare minimum of a model: one least-squares fit at a known balance point,
 * on the same data in the same run.
 */
export function runSavingsBench({ buildings }: { buildings: number }): SavingsBenchRow[] {
  const household = monthlyPeriods({
    from: "2022-01-01",
    to: "2025-01-01",
    temperatures,
    muKwhPerDay: 12,
    betaKwhPerDegreeDay: 9,
    balanceC: 15,
    noiseShare: 0.05,
    seed: 1,
  });
  const reporting = monthlyPeriods({
    from: "2025-01-01",
    to: "2026-01-01",
    temperatures,
    muKwhPerDay: 11,
    betaKwhPerDegreeDay: 8,
    balanceC: 15,
    noiseShare: 0.05,
    seed: 2,
  });
  const rows = [
    measure("one household, 3 years of monthly readings", 200, () => [...household, ...reporting], "billing"),
  ];
  rows.push(
    measure(
      `${buildings.toLocaleString("en-US")} buildings, 3 years of daily data`,
      buildings,
      (i) => building(i),
      "daily",
    ),
  );
  return rows;
}

function measure(
  label: string,
  fits: number,
  data: (i: number) => UsagePeriod[],
  dataKind: "billing" | "daily",
): SavingsBenchRow {
  let engineMs = 0;
  let bareFitMs = 0;
  for (let i = 0; i < fits; i++) {
    const periods = data(i);
    let started = performance.now();
    const result = computeSavings({
      periods,
      weather: { kind: "temperatures", tmeanC: temperatures },
      start: START,
      dataKind,
    });
    engineMs += performance.now() - started;
    if (result.verdict !== "ok") throw new Error(`bench data gave ${result.verdict}`);
    started = performance.now();
    bareFit(periods.filter((p) => p.to <= START));
    bareFitMs += performance.now() - started;
  }
  return { case: label, fits, engineMs, bareFitMs, ratio: engineMs / bareFitMs };
}

/** HDD at 15 °C per period and one weighted fit: what any model fit must at least do. */
function bareFit(baseline: readonly UsagePeriod[]) {
  const x: number[] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const p of baseline) {
    let hdd = 0;
    let days = 0;
    for (let d = p.from; d < p.to; d = addDays(d, 1), days++)
      hdd += Math.max(15 - (temperatures.get(d) ?? 15), 0);
    x.push(hdd / days);
    y.push((p.usageKwh as number) / days);
    w.push(days);
  }
  return fitLine(x, y, w);
}

/** A collective boiler's daily kWh from 2024 to 2026: its own base load and slope, 8 % daily noise. */
function building(i: number): UsagePeriod[] {
  const noise = normalNoise(i + 1);
  const mu = 150 + (i % 50) * 10;
  const beta = 40 + (i % 37) * 5;
  const out: UsagePeriod[] = [];
  for (let d: LocalDay = "2024-01-01"; d < "2027-01-01"; d = addDays(d, 1)) {
    const t = temperatures.get(d) ?? 10;
    const saving = d >= START ? 0.9 : 1;
    out.push({
      from: d,
      to: addDays(d, 1),
      usageKwh: saving * (mu + beta * Math.max(15 - t, 0)) * (1 + 0.08 * noise()),
    });
  }
  return out;
}

export function savingsTable(rows: readonly SavingsBenchRow[]): string {
  return table(
    ["case", "fits", "engine ms per fit", "bare fit ms per fit", "**engine / bare fit**"],
    rows.map((r) => [
      r.case,
      r.fits.toLocaleString("en-US"),
      (r.engineMs / r.fits).toFixed(3),
      (r.bareFitMs / r.fits).toFixed(3),
      `**${r.ratio.toFixed(1)}**`,
    ]),
    [false, true, true, true, true],
  );
}
