import { useEffect, useRef } from "preact/hooks";
import { formatDate, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { ImportOutcome } from "./weather-state.ts";
import { listText, monthsText, monthText, stationText } from "./weather-words.ts";

const count = (n: number) => formatNumber(n, { maxDecimals: 0 });

function Figures({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === "monthly") {
    const { result } = outcome;
    return (
      <>
        <p class="feedback-main">{t("weather.monthsChanged", { count: count(result.monthsImported) })}</p>
        <p>{t("weather.rowsRead", { count: count(result.rowsRead) })}</p>
        <p>{t(`weather.convention.${outcome.table.convention}`)}</p>
        <p>{t("weather.monthSpan", { from: monthText(result.from), to: monthText(result.to) })}</p>
      </>
    );
  }
  const { result } = outcome;
  return (
    <>
      <p class="feedback-main">{t("weather.daysChanged", { count: count(result.daysImported) })}</p>
      <p>{t("weather.rowsRead", { count: count(result.rowsRead) })}</p>
      <p>{t("weather.daySpan", { from: formatDate(result.from), to: formatDate(result.to) })}</p>
      {result.daysImported > 0 && (
        <p>
          {t("weather.degreeDaysChanged", {
            dj: count(result.degreeDaysChanged.dj15_15),
            equiv: count(result.degreeDaysChanged.equiv16_5),
          })}
        </p>
      )}
      {result.daysWithoutValue.length > 0 && (
        <p>
          {t("weather.daysWithoutValue", {
            days: listText(result.daysWithoutValue.map((d) => formatDate(d))),
          })}
        </p>
      )}
    </>
  );
}

/** What the file held, what it changed and which missing months it filled; focus comes here. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [outcome]);
  const changed = outcome.kind === "monthly" ? outcome.result.monthsImported : outcome.result.daysImported;
  return (
    <section ref={box} class="feedback" tabIndex={-1} aria-labelledby="weather-outcome-title">
      <h3 id="weather-outcome-title">{changed > 0 ? t("weather.done") : t("weather.already")}</h3>
      <p>{stationText(outcome.station)}</p>
      <Figures outcome={outcome} />
      {outcome.filled.map(({ convention, months }) => (
        <p key={convention}>
          {t("weather.filled", {
            convention: t(`weather.convention.${convention}`),
            months: monthsText(months),
          })}
        </p>
      ))}
    </section>
  );
}
