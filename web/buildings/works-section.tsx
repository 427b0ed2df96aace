import { StaffText } from "../components/staff-text.tsx";
import { formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { BuildingEvent, RenovationEnergy } from "./buildings-api.ts";
import { eventKindName, mayWriteBuildings } from "./buildings-words.ts";
import { RenovationResult } from "./renovation-result.tsx";
import { WorksForm } from "./works-form.tsx";

/** The works on the building, newest first, each completed one with what it changed. */
export function WorksSection({
  buildingId,
  events,
  energy,
  onChanged,
}: {
  buildingId: string;
  events: readonly BuildingEvent[];
  energy: RenovationEnergy | null;
  onChanged: () => void;
}) {
  const newestFirst = [...events].reverse();
  return (
    <section aria-labelledby="works-heading">
      <h2 id="works-heading">{t("building.worksTitle")}</h2>
      {events.length ? <p>{t("building.worksIntro")}</p> : <p>{t("building.worksEmpty")}</p>}
      <ul class="cards">
        {newestFirst.map((event) => (
          <li key={event.id} class="card works-card">
            <h3 class="card-title">
              {eventKindName(event.kind)}
              {" – "}
              <StaffText>{event.label}</StaffText>
            </h3>
            <p>
              {event.completedOn
                ? t("building.worksDates", {
                    from: formatDate(event.startedOn),
                    to: formatDate(event.completedOn),
                  })
                : t("building.worksOngoing", { from: formatDate(event.startedOn) })}
            </p>
            <RenovationResult buildingId={buildingId} event={event} energy={energy} />
            {mayWriteBuildings() && (
              <details class="panel">
                <summary>{t("building.editWorks")}</summary>
                <WorksForm buildingId={buildingId} event={event} onSaved={onChanged} />
              </details>
            )}
          </li>
        ))}
      </ul>
      {mayWriteBuildings() && (
        <details class="panel">
          <summary>{t("building.addWorks")}</summary>
          <WorksForm buildingId={buildingId} onSaved={onChanged} />
        </details>
      )}
    </section>
  );
}
