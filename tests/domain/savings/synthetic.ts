import { addDays, type LocalDay } from "../../../api/consumption/brussels-days.ts";
import type { UsagePeriod } from "../../../api/savings/index.ts";

/** A seeded source of normal noise (mulberry32 + Box–Muller): the same seed, the same household. */
export function normalNoise(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Daily means shaped like Uccle's (about 3 °C in January, 18 °C in July), with day-to-day noise. */
export function belgianTemperatures(from: LocalDay, to: LocalDay, seed: number): Map<LocalDay, number> {
  const noise = normalNoise(seed);
  const out = new Map<LocalDay, number>();
  for (let d = from; d < to; d = addDays(d, 1)) {
    const dayOfYear =
      (Date.parse(`${d}T00:00:00Z`) - Date.parse(`${d.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000;
    out.set(d, 10.5 - 7.5 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365) + 2.5 * noise());
  }
  return out;
}

/** The 1st of each month from `from` (a 1st) until `to`. */
export function monthStarts(from: LocalDay, to: LocalDay): LocalDay[] {
  const out: LocalDay[] = [];
  for (let d = from; d <= to; ) {
    out.push(d);
    const [y, m] = d.split("-").map(Number) as [number, number];
    d = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  }
  return out;
}

/**
 * Monthly reading periods of a household that uses `muKwhPerDay` plus `betaKwhPerDegreeDay` per
 * degree-day below `balanceC`, each period's use off by a relative noise of `noiseShare` (one standard
 * deviation); `factor(day)` scales the true use (0.85 after a 15 % saving, say).
 */
export function monthlyPeriods({
  from,
  to,
  temperatures,
  muKwhPerDay,
  betaKwhPerDegreeDay,
  balanceC,
  noiseShare,
  seed,
  factor = () => 1,
}: {
  from: LocalDay;
  to: LocalDay;
  temperatures: ReadonlyMap<LocalDay, number>;
  muKwhPerDay: number;
  betaKwhPerDegreeDay: number;
  balanceC: number;
  noiseShare: number;
  seed: number;
  factor?: (day: LocalDay) => number;
}): UsagePeriod[] {
  const noise = normalNoise(seed);
  const starts = monthStarts(from, to);
  return starts.slice(0, -1).map((start, i) => {
    const end = starts[i + 1] as LocalDay;
    let kwh = 0;
    for (let d = start; d < end; d = addDays(d, 1))
      kwh +=
        factor(d) * (muKwhPerDay + betaKwhPerDegreeDay * Math.max(balanceC - (temperatures.get(d) ?? 0), 0));
    return { from: start, to: end, usageKwh: kwh * (1 + noiseShare * noise()) };
  });
}
