import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { energyName } from "../savings/savings-words.ts";
import {
  type BuildingEvent,
  type BuildingMeter,
  buildingsApi,
  type HeatingSystem,
  type RenovationEnergy,
  type RenovationSavings,
} from "./buildings-api.ts";
import { renovationLines } from "./buildings-words.ts";
import { RenovationChart } from "./renovation-chart.tsx";

/** The boiler room's energy: the one its heating burns when it has that meter, else any it has. */
export function renovationEnergy(
  heating: HeatingSystem,
  meters: readonly BuildingMeter[],
): RenovationEnergy | null {
  const preferred: Record<HeatingSystem, RenovationEnergy> = {
    gas_boiler: "gas",
    oil_boiler: "heating_oil",
    heat_network: "heat",
    heat_pump: "heat",
  };
  const has = (kind: RenovationEnergy) => meters.some((m) => m.kind === kind);
  if (has(preferred[heating])) return preferred[heating];
  return (["gas", "heating_oil", "heat"] as const).find(has) ?? null;
}

/** What completed works changed, in words, with the energy signature before and after on demand. */
export function RenovationResult({
  buildingId,
  event,
  energy,
}: {
  buildingId: string;
  event: BuildingEvent;
  energy: RenovationEnergy | null;
}) {
  const answer = useSignal<RenovationSavings | null>(null);
  const problem = useSignal<ApiError | null>(null);
  const chartOpen = useSignal(false);
  useEffect(() => {
    answer.value = null;
    if (energy)
      buildingsApi.savings(buildingId, event.id, energy).then(
        (a) => (answer.value = a),
        (error) => (problem.value = asApiError(error)),
      );
  }, [buildingId, event.id, event.startedOn, event.completedOn, energy]);

  if (!energy) return <p>{t("renovation.noMeter")}</p>;
  const result = answer.value;
  return (
    <div class="renovation-result">
      <h4>{t("renovation.title")}</h4>
      <ProblemAlert problem={problem.value} />
      {!result && !problem.value && <p role="status">{t("renovation.loading")}</p>}
      {result &&
        renovationLines(result, energyName(energy)).map((line, i) => (
          <p key={line} class={i === 0 ? "renovation-headline" : undefined}>
            {line}
          </p>
        ))}
      {result && result.points.length > 0 && result.model && (
        <details class="panel" onToggle={(e) => (chartOpen.value = e.currentTarget.open)}>
          <summary>{t("renovation.showSignature")}</summary>
          {chartOpen.value && <RenovationChart answer={result} />}
        </details>
      )}
    </div>
  );
}
