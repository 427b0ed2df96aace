import { formatDate, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { ConventionCoverage, Coverage, Station } from "./weather-api.ts";
import { monthRuns, monthText, runText } from "./weather-words.ts";

const count = (n: number) => formatNumber(n, { maxDecimals: 0 });

function MeasuredMonths({ coverage, through }: { coverage: ConventionCoverage; through: string }) {
  if (!coverage.fromMonth) return <p>{t("weather.noMeasured")}</p>;
  const missing = coverage.missingMonths;
  return (
    <>
      <p>
        {t("weather.measured", {
          from: monthText(coverage.fromMonth),
          to: monthText(through),
          count: count(coverage.monthsWithData),
        })}
      </p>
      {missing.length === 0 ? (
        <p>{t("weather.nothingMissing")}</p>
      ) : (
        <>
          <p>{t("weather.missingCount", { count: count(missing.length) })}</p>
          <ul>
            {monthRuns(missing).map((run) => (
              <li key={run.from}>{runText(run)}</li>
            ))}
          </ul>
        </>
      )}
      {coverage.incompleteMonths.length > 0 && (
        <>
          <p>{t("weather.incompleteTitle")}</p>
          <ul>
            {coverage.incompleteMonths.map(({ month, missingDays }) => (
              <li key={month}>
                {missingDays.length === 1
                  ? t("weather.missingDaysOne", { month: monthText(month) })
                  : t("weather.missingDaysMany", { month: monthText(month), count: missingDays.length })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** One convention of a station: its measured months and what they lack, its normals, its daily values. */
function ConventionPart({
  station,
  coverage,
  through,
}: {
  station: Station;
  coverage: ConventionCoverage;
  through: string;
}) {
  const normals = station.monthlySeries.find(
    (s) => s.convention === coverage.convention && s.kind === "normal",
  );
  const daily = station.dailySeries.find((s) => s.convention === coverage.convention);
  return (
    <div class="weather-convention">
      <h4>{t(`weather.convention.${coverage.convention}`)}</h4>
      <MeasuredMonths coverage={coverage} through={through} />
      <p>{normals ? t("weather.normals", { count: normals.months }) : t("weather.noNormals")}</p>
      {daily && (
        <p>
          {t("weather.daily", {
            from: formatDate(daily.firstDay),
            to: formatDate(daily.lastDay),
            count: count(daily.days),
          })}
        </p>
      )}
    </div>
  );
}

/** The equivalent 16.5 first: the savings use it. */
function byUse(conventions: readonly ConventionCoverage[]): ConventionCoverage[] {
  return [...conventions].sort(
    (a, b) => Number(b.convention === "equiv16_5") - Number(a.convention === "equiv16_5"),
  );
}

/** A station: its name (with the demo's "normales (démo)" label), and each convention's months. */
export function StationCard({ station, coverage }: { station: Station; coverage?: Coverage }) {
  return (
    <li class="card">
      <h3 class="card-title">{station.name}</h3>
      {station.label && (
        <p class="badges">
          <span class="badge demo">{station.label}</span>
        </p>
      )}
      <p class="muted">{t("weather.stationCode", { code: station.code })}</p>
      {coverage &&
        byUse(coverage.conventions).map((c) => (
          <ConventionPart key={c.convention} station={station} coverage={c} through={coverage.throughMonth} />
        ))}
    </li>
  );
}
