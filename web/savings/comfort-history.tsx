import { useSignal } from "@preact/signals";
import { useEffect, useId } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDay, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { savingsApi } from "./savings-api.ts";

type CheckIn = Awaited<ReturnType<typeof savingsApi.listCheckIns>>[number];

/**
 * The check-ins of the last twelve months, so a household sees what it noted and an adviser the trend;
 * `own`: the household reads its own ("j'ai eu froid"), staff read about it ("a eu froid").
 */
export function ComfortHistory({
  householdId,
  version,
  own,
}: {
  householdId: string;
  version: number;
  own: boolean;
}) {
  const checkIns = useSignal<CheckIn[] | null>(null);
  const problem = useSignal<ApiError | null>(null);
  const titleId = useId();
  useEffect(() => {
    savingsApi
      .listCheckIns(householdId)
      .then((list) => {
        checkIns.value = list;
        problem.value = null;
      })
      .catch((error) => {
        problem.value = asApiError(error);
      });
  }, [householdId, version]);

  if (problem.value) return <ProblemAlert problem={problem.value} />;
  if (!checkIns.value?.length) return null;
  return (
    <>
      <h3 id={titleId}>{t("comfort.historyTitle")}</h3>
      <ul class="comfort-history" aria-labelledby={titleId}>
        {checkIns.value.map((c) => (
          <li key={c.id}>
            {t("comfort.historyLine", { day: formatDay(c.day), words: checkInWords(c, own) })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "17,5 °C · humidité 62 % · a eu froid": what was noted, nothing said of what was left empty. */
function checkInWords(c: CheckIn, own: boolean): string {
  return [
    c.indoorC === null ? null : `${formatNumber(c.indoorC, { maxDecimals: 1 })}\u00a0°C`,
    c.humidityPct === null ? null : t("comfort.historyHumidity", { pct: c.humidityPct }),
    c.feltCold ? t(own ? "comfort.historyColdOwn" : "comfort.historyCold") : null,
  ]
    .filter((part) => part !== null)
    .join(" · ");
}
