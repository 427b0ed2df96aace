import "../lib/i18n/fr-buildings.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { AlertsSection } from "./alerts-section.tsx";
import { BuildingIndicators } from "./building-indicators.tsx";
import {
  type Building,
  type BuildingEvent,
  type BuildingMeter,
  buildingsApi,
  type Dwelling,
} from "./buildings-api.ts";
import { areaText, heatingName, mayReadBuildings } from "./buildings-words.ts";
import { ConsultationsSection } from "./consultations-section.tsx";
import { CostSplitSection } from "./cost-split-section.tsx";
import { DwellingsSection } from "./dwellings-section.tsx";
import { MetersSection } from "./meters-section.tsx";
import { ProjectsSection } from "./projects-section.tsx";
import { renovationEnergy } from "./renovation-result.tsx";
import { SurveySection } from "./survey-section.tsx";
import { WorksSection } from "./works-section.tsx";

interface Loaded {
  building: Building;
  events: BuildingEvent[];
  meters: BuildingMeter[];
  dwellings: Dwelling[];
}

function Facts({ building }: { building: Building }) {
  const rows: Array<[string, string]> = [
    [t("building.address"), `${building.address}, ${building.postcode} ${building.commune}`],
    [t("building.area"), areaText(building.heatedAreaM2)],
    [
      t("building.dwellings"),
      t("building.dwellingsValue", {
        count: formatNumber(building.dwellingCount),
        onFile: formatNumber(building.dwellingsOnFile),
      }),
    ],
    [t("building.heating"), heatingName(building.heatingSystem)],
    [
      t("building.year"),
      building.constructionYear === null ? t("building.yearUnknown") : String(building.constructionYear),
    ],
  ];
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t("building.factsTitle")}</h2>
      <dl class="building-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** `/batiments/:id`: one building, its consumption, its works and what they changed, its meters and dwellings. */
export default function BuildingPage({ id }: { id: string }) {
  const loaded = useSignal<Loaded | null>(null);
  const problem = useSignal<ApiError | null>(null);

  async function load() {
    try {
      const [building, events, meters, dwellings] = await Promise.all([
        buildingsApi.get(id),
        buildingsApi.events(id),
        buildingsApi.meters(id),
        buildingsApi.dwellings(id),
      ]);
      loaded.value = { building, events, meters, dwellings };
    } catch (error) {
      problem.value = asApiError(error);
    }
  }
  async function reloadEvents() {
    if (loaded.value) loaded.value = { ...loaded.value, events: await buildingsApi.events(id) };
  }
  useEffect(() => {
    if (mayReadBuildings()) void load();
  }, [id]);

  const data = loaded.value;
  const title = data?.building.name ?? t("buildings.title");
  return (
    <Page title={title}>
      <p>
        <a href="/batiments" class="back-link">
          {t("building.back")}
        </a>
      </p>
      {!mayReadBuildings() && <p>{t("buildings.staffOnly")}</p>}
      <ProblemAlert problem={problem.value} />
      {mayReadBuildings() && !data && !problem.value && <p role="status">{t("status.loading")}</p>}
      {data && (
        <>
          <p class="lead">{t("building.code", { code: data.building.code })}</p>
          <Facts building={data.building} />
          <AlertsSection buildingId={id} />
          <BuildingIndicators buildingId={id} events={data.events} />
          <WorksSection
            buildingId={id}
            events={data.events}
            energy={renovationEnergy(data.building.heatingSystem, data.meters)}
            onChanged={() => void reloadEvents()}
          />
          <ProjectsSection buildingId={id} events={data.events} />
          <MetersSection meters={data.meters} />
          <DwellingsSection buildingId={id} dwellings={data.dwellings} />
          <CostSplitSection buildingId={id} />
          <SurveySection buildingId={id} />
          <ConsultationsSection buildingId={id} />
        </>
      )}
    </Page>
  );
}
