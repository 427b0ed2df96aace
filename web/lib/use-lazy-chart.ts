import { useSignal } from "@preact/signals";
import { type Inputs, useEffect, useRef } from "preact/hooks";

/**
 * A canvas drawn by a chart module fetched on first use (chart.js stays out of the page's first load).
 * `draw` imports the module and draws; the chart is destroyed when `inputs` change or the component
 * leaves. `failed` is true when the module could not be fetched (offline): callers then show nothing,
 * their table says it all.
 */
export function useLazyChart(
  draw: (canvas: HTMLCanvasElement) => Promise<{ destroy: () => void }>,
  inputs: Inputs,
) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const failed = useSignal(false);
  // Draws run one after the other: inputs that change while chart.js is still loading would otherwise
  // draw twice on one canvas, which chart.js refuses (the page would lose its chart).
  const previous = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    let drawn: { destroy: () => void } | null = null;
    let cancelled = false;
    const target = canvas.current;
    if (!target) return;
    previous.current = previous.current
      .then(() => (cancelled ? null : draw(target)))
      .then((chart) => {
        if (cancelled) chart?.destroy();
        else drawn = chart;
      })
      .catch(() => {
        if (!cancelled) failed.value = true;
      });
    return () => {
      cancelled = true;
      drawn?.destroy();
    };
    // The caller names what redraws (`inputs`), as with useEffect.
  }, inputs);
  return { canvas, failed: failed.value };
}
