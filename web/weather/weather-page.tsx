import "../lib/i18n/fr-weather.ts";
import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { ImportOutcomeView } from "./import-outcome.tsx";
import { StationCard } from "./station-card.tsx";
import type { Station } from "./weather-api.ts";
import { WeatherImportForm } from "./weather-import-form.tsx";
import { createWeatherState, type ImportOutcome } from "./weather-state.ts";
import { monthsText, stationText } from "./weather-words.ts";

/** Stations whose last complete months have no weather data: their savings are not computed. */
function RecentAlert({ stations }: { stations: readonly Station[] }) {
  return (
    <section class="alert" aria-labelledby="weather-alert-title">
      <h2 id="weather-alert-title" class="alert-title">
        {t("weather.alertTitle")}
      </h2>
      <ul>
        {stations.map((s) => (
          <li key={s.code}>
            {t("weather.alertStation", {
              station: stationText(s),
              months: monthsText(s.recentMonthsMissing),
            })}
          </li>
        ))}
      </ul>
      <p>{t("weather.alertExplain")}</p>
    </section>
  );
}

/** `/admin/meteo`: the platform administrator sees what weather data each station lacks and imports it. */
export default function WeatherPage() {
  const state = useMemo(createWeatherState, []);
  const outcome = useSignal<ImportOutcome | null>(null);
  const isAdmin = Boolean(session.me.value?.user.isPlatformAdmin);
  useEffect(() => {
    if (isAdmin) void state.load();
  }, [state, isAdmin]);

  if (!isAdmin)
    return (
      <Page title={t("weather.title")}>
        <p>{t("weather.adminOnly")}</p>
      </Page>
    );
  const stations = state.stations.value;
  const late = stations?.filter((s) => s.recentMonthsMissing.length > 0) ?? [];
  return (
    <Page title={t("weather.title")}>
      <p>
        <a href="/admin" class="back-link">
          {t("weather.backToAdmin")}
        </a>
      </p>
      <p class="lead">{t("weather.intro")}</p>
      <ProblemAlert problem={state.problem.value} />
      {late.length > 0 && <RecentAlert stations={late} />}

      <section aria-labelledby="weather-stations">
        <h2 id="weather-stations">{t("weather.stationsTitle")}</h2>
        {stations === null && !state.problem.value && <p role="status">{t("status.loading")}</p>}
        <ul class="cards">
          {stations?.map((s) => (
            <StationCard key={s.code} station={s} coverage={state.coverage.value[s.code]} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="weather-import">
        <h2 id="weather-import">{t("weather.importTitle")}</h2>
        <p>{t("weather.importIntro")}</p>
        {stations && stations.length > 0 && (
          <WeatherImportForm
            stations={stations}
            send={state.importFile}
            onResult={(next) => {
              outcome.value = next;
            }}
          />
        )}
        {outcome.value && <ImportOutcomeView outcome={outcome.value} />}
      </section>
    </Page>
  );
}
