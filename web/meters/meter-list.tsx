import "../lib/i18n/fr-household.ts";
import type { ComponentChildren } from "preact";
import { StaffText } from "../components/staff-text.tsx";
import { formatDay, formatIndex } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { MeterIcon } from "./meter-icon.tsx";
import { lastReadAt, registerLabel, splitMeters, staleDays, unitLabel } from "./meter-words.ts";
import type { Meter } from "./meters-api.ts";

/** What the last reading said: the value (one line per register) and its day. */
function LastReading({ meter }: { meter: Meter }) {
  const last = lastReadAt(meter);
  const unit = unitLabel(meter.unit);
  if (!last) return <span class="meter-last">{t("meters.noReading")}</span>;
  if (meter.lastReadings.length === 1) {
    const only = meter.lastReadings[0] as Meter["lastReadings"][number];
    return (
      <span class="meter-last">
        {t("meters.last", { value: formatIndex(only.value), unit, date: formatDay(only.readAt) })}
      </span>
    );
  }
  return (
    <span class="meter-last">
      <span>{t("meters.lastOn", { date: formatDay(last) })}</span>
      {meter.lastReadings.map((r) => (
        <span key={r.register}>
          {t("meters.registerValue", {
            register: registerLabel(r.register),
            value: formatIndex(r.value),
            unit,
          })}
        </span>
      ))}
    </span>
  );
}

/**
 * One big button per meter in use: drawing, name, unit and last index. Replaced meters cannot take
 * readings any more: they are listed apart, and open on their history.
 */
export function MeterList({
  meters,
  canWrite,
  waiting,
  toCheck,
  now = new Date(),
  children,
}: {
  meters: readonly Meter[];
  /** Viewers read only: their buttons open the history. */
  canWrite: boolean;
  /** Readings typed on this phone and not sent yet, per meter id. */
  waiting?: ReadonlyMap<string, number>;
  /** Readings typed on this phone that the server refused: the household must look at them. */
  toCheck?: ReadonlyMap<string, number>;
  now?: Date;
  /** Shown under the meters in use, above the replaced ones (staff: "add a meter"). */
  children?: ComponentChildren;
}) {
  const { open, closed } = splitMeters(meters);
  return (
    <>
      <ul class="meter-list">
        {open.map((meter) => {
          const late = staleDays(meter, now);
          const unsent = waiting?.get(meter.id) ?? 0;
          const refused = toCheck?.get(meter.id) ?? 0;
          return (
            <li key={meter.id}>
              <a
                class={late ? "meter-button stale" : "meter-button"}
                href={canWrite ? `/compteurs/${meter.id}` : `/compteurs/${meter.id}/historique`}
              >
                <MeterIcon icon={meter.icon} />
                <span class="meter-text">
                  <span class="meter-name">
                    <StaffText>{meter.name}</StaffText>{" "}
                    <span class="meter-unit">({unitLabel(meter.unit)})</span>
                  </span>
                  <LastReading meter={meter} />
                  {late && <span class="stale-badge">{t("meters.stale", { days: late })}</span>}
                  {unsent > 0 && (
                    <span class="waiting-badge">
                      {unsent === 1 ? t("offline.waitingOne") : t("offline.waitingMany", { count: unsent })}
                    </span>
                  )}
                  {refused > 0 && (
                    <span class="stale-badge">
                      {refused === 1 ? t("offline.toCheckOne") : t("offline.toCheckMany", { count: refused })}
                    </span>
                  )}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      {children}
      {closed.length > 0 && (
        <section aria-labelledby="closed-meters">
          <h2 id="closed-meters">{t("meters.replaced")}</h2>
          <ul class="closed-meters">
            {closed.map((meter) => (
              <li key={meter.id}>
                <a href={`/compteurs/${meter.id}/historique`}>
                  <StaffText>{meter.name}</StaffText> —{" "}
                  {t("meters.replacedOn", { date: formatDay(meter.closedAt as string) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
