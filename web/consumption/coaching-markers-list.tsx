import "../lib/i18n/fr-markers.ts";
import { formatDay, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { CoachingMarker } from "./coaching-markers-api.ts";

/** "12 mars : matériel reçu — Ampoule LED 9 W (4)", "3 avril : séance « Le chauffage »"… */
export function markerText(marker: CoachingMarker, now: Date = new Date()): string {
  const day = formatDay(marker.day, now);
  if (marker.kind === "session") return t("consumption.markers.session", { day, theme: marker.label });
  if (marker.kind === "kit")
    return t("consumption.markers.kit", { day, item: marker.label, quantity: formatNumber(marker.quantity) });
  return t("consumption.markers.done", { day, tip: marker.label });
}

/**
 * "Vos actions": the markers of the chart in words, under it, for screen readers (a canvas says
 * nothing) and for small screens. Nothing at all when the household did nothing in those months.
 */
export function CoachingMarkersList({ markers }: { markers: readonly CoachingMarker[] }) {
  if (markers.length === 0) return null;
  return (
    <section class="coaching-markers" aria-labelledby="coaching-markers-title">
      <h2 id="coaching-markers-title">{t("consumption.markers.title")}</h2>
      <p class="hint">{t("consumption.markers.intro")}</p>
      <ul>
        {markers.map((marker, i) => (
          <li key={`${marker.day}-${marker.kind}-${i}`}>{markerText(marker)}</li>
        ))}
      </ul>
    </section>
  );
}
