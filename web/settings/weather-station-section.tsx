import "../lib/i18n/fr-weather.ts";
import { useSignal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import type { TargetedSubmitEvent } from "preact";
import { useEffect } from "preact/hooks";
import { SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError, request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { missingSentence, stationText } from "../weather/weather-words.ts";

const chosen = client.api.settings["weather-station"];
type Station = InferResponseType<typeof client.api.weather.stations.$get, 200>[number];
type Chosen = InferResponseType<typeof chosen.$get, 200>;

const stationApi = {
  chosen: () => request(chosen.$get()),
  choose: (stationCode: string) => request(chosen.$put({ json: { stationCode } })),
  stations: () => request(client.api.weather.stations.$get()),
};

/** Whether the chosen station's last complete months have degree-days, and what it means if not. */
function RecentMonths({ station }: { station: Station }) {
  if (station.recentMonthsMissing.length === 0) return <p>{t("weather.settingsRecentOk")}</p>;
  return (
    <div class="notice">
      <p>{missingSentence(station.recentMonthsMissing)}</p>
      <p>{t("weather.settingsAskAdmin")}</p>
    </div>
  );
}

/**
 * The weather station whose degree-days the organisation's savings use. The coordinator chooses it
 * among the platform's stations; the other roles see which one is used.
 */
export function WeatherStationSection({ canEdit }: { canEdit: boolean }) {
  const current = useSignal<Chosen | null>(null);
  const stations = useSignal<Station[] | null>(null);
  const loadProblem = useSignal<ApiError | null>(null);
  const saved = useSignal<string | null>(null);
  const { pending, problem, run } = useAction();

  useEffect(() => {
    Promise.all([stationApi.chosen(), stationApi.stations()])
      .then(([station, list]) => {
        current.value = station;
        stations.value = list;
      })
      .catch((error: unknown) => {
        loadProblem.value = asApiError(error);
      });
  }, [current, stations, loadProblem]);

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const stationCode = String(new FormData(event.currentTarget).get("stationCode"));
    saved.value = null;
    void run(async () => {
      current.value = await stationApi.choose(stationCode);
      saved.value = t("weather.settingsSaved", { station: stationText(current.value) });
    });
  }

  const used = stations.value?.find((s) => s.code === current.value?.code);
  return (
    <section aria-labelledby="weather-station-title">
      <h2 id="weather-station-title">{t("weather.settingsTitle")}</h2>
      <p>{t("weather.settingsIntro")}</p>
      <ProblemAlert problem={loadProblem.value} />
      {current.value === null && !loadProblem.value && <p role="status">{t("status.loading")}</p>}
      {current.value && (
        <p class="setting-value">{t("weather.settingsUsed", { station: stationText(current.value) })}</p>
      )}
      {used && <RecentMonths station={used} />}
      <p role="status" class={saved.value ? "done" : "alert-empty"}>
        {saved.value}
      </p>
      {canEdit && current.value && stations.value && (
        <form class="settings-form" onSubmit={submit} noValidate>
          <ProblemAlert problem={problem.value} shownFields={["stationCode"]} />
          <SelectField
            name="stationCode"
            label={t("weather.settingsChoose")}
            error={problem.value?.fieldErrors.stationCode}
            defaultValue={current.value.code}
            options={stations.value.map((s) => ({ value: s.code, label: stationText(s) }))}
          />
          <button type="submit" class="button primary" disabled={pending.value}>
            {t("weather.settingsSave")}
          </button>
        </form>
      )}
    </section>
  );
}
