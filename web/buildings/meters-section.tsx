import "../lib/i18n/fr-meter-setup.ts";
import "../lib/i18n/fr-staff.ts";
import { formatDate, formatIndex } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { meterKindLabel, unitLabel } from "../meters/meter-words.ts";
import type { BuildingMeter } from "./buildings-api.ts";
import { mayWriteBuildings } from "./buildings-words.ts";

/** The newest reading of a meter, any register. */
function lastReading(meter: BuildingMeter) {
  return [...meter.lastReadings].sort((a, b) => String(b.readAt).localeCompare(String(a.readAt)))[0];
}

/** The boiler room's meters with their last reading, and the usual reading page for the next one. */
export function MetersSection({ meters }: { meters: readonly BuildingMeter[] }) {
  const inUse = meters.filter((m) => m.closedAt === null);
  const replaced = meters.filter((m) => m.closedAt !== null);
  return (
    <section aria-labelledby="meters-heading">
      <h2 id="meters-heading">{t("building.metersTitle")}</h2>
      {meters.length === 0 && <p>{t("building.metersEmpty")}</p>}
      <ul class="cards">
        {[...inUse, ...replaced].map((meter) => {
          const last = lastReading(meter);
          return (
            <li key={meter.id} class="card">
              <p class="card-title">
                {meter.name}
                <span class="row-code">{meterKindLabel(meter.kind)}</span>
              </p>
              <p>
                {last
                  ? t("building.meterLast", {
                      value: formatIndex(last.value),
                      unit: unitLabel(meter.unit),
                      date: formatDate(last.readAt),
                    })
                  : t("building.meterNoReading")}
              </p>
              {meter.closedAt ? (
                <p>{t("building.meterClosed", { date: formatDate(meter.closedAt) })}</p>
              ) : (
                mayWriteBuildings() && (
                  <a class="button secondary" href={`/compteurs/${meter.id}`}>
                    {t("building.meterRead")}
                  </a>
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
