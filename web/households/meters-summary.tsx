import { StaffText } from "../components/staff-text.tsx";
import { formatDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { MeterIcon } from "../meters/meter-icon.tsx";
import { lateDays } from "../meters/meter-words.ts";
import type { MetersOverview } from "./households-state.ts";

/**
 * Under each household of the staff list: its meters and the day each was last read, the late ones
 * marked in words (and a border), so "who stopped entering readings" shows at a glance.
 */
export function MetersSummary({ meters, now }: { meters: MetersOverview | undefined; now: Date }) {
  if (meters === undefined) return <p class="muted">{t("households.notShared")}</p>;
  if (meters.length === 0) return <p class="muted">{t("households.noMeters")}</p>;
  return (
    <ul class="meters-summary" aria-label={t("households.metersLabel")}>
      {meters.map((meter) => {
        const late = lateDays(meter.lastReadAt, now);
        return (
          <li key={meter.id} class={late ? "late" : undefined}>
            <MeterIcon icon={meter.icon} class="summary-icon" />
            <span>
              {/* Typed by staff: read in the team's language. */}
              <span class="summary-name">
                <StaffText>{meter.name}</StaffText>
              </span>{" "}
              {meter.lastReadAt
                ? t("households.lastRead", { date: formatDay(meter.lastReadAt, now) })
                : t("households.neverRead")}
              {late && <span class="stale-badge">{t("meters.stale", { days: late })}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** How many households have at least one meter not read for too long. */
export function lateHouseholds(overview: ReadonlyMap<string, MetersOverview>, now: Date): number {
  return [...overview.values()].filter((meters) => isLate(meters, now)).length;
}

/** Whether one of the household's meters has not been read for too long. */
export function isLate(meters: MetersOverview | undefined, now: Date): boolean {
  return (meters ?? []).some((m) => lateDays(m.lastReadAt, now) !== null);
}
