import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/**
 * A small line of a building's kWh/m² month by month, drawn as inline SVG (2,000 of them cost no
 * chart library); a month without consumption breaks the line rather than dropping to zero. Screen
 * readers hear the first and last months with a value. Nothing with fewer than two values.
 */
export function TrendLine({ values }: { values: ReadonlyArray<number | null> }) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return <span class="muted">–</span>;
  const low = Math.min(...known);
  const span = Math.max(...known) - low || 1;
  const segments: string[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) {
      if (segments.at(-1)?.length) segments.push([]);
      return;
    }
    const x = PAD + (i * (WIDTH - 2 * PAD)) / Math.max(1, values.length - 1);
    const y = HEIGHT - PAD - ((v - low) * (HEIGHT - 2 * PAD)) / span;
    segments.at(-1)?.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  const label = t("buildings.trendLabel", {
    count: values.length,
    first: formatNumber(known[0] as number, { maxDecimals: 1 }),
    last: formatNumber(known.at(-1) as number, { maxDecimals: 1 }),
  });
  return (
    <svg class="trend-line" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img">
      <title>{label}</title>
      {segments
        .filter((points) => points.length)
        .map((points) => (
          <polyline key={points[0]} points={points.join(" ")} />
        ))}
    </svg>
  );
}
