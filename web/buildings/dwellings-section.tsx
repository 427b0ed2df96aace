import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { buildingsApi, type Dwelling, type Household } from "./buildings-api.ts";
import { mayWriteBuildings } from "./buildings-words.ts";

function floorText(floor: number | null): string | null {
  if (floor === null) return null;
  return floor === 0 ? t("building.dwellingGround") : t("building.dwellingFloor", { floor });
}

/** Which household lives in the dwelling: one choice, sent at once; "nobody" when it moved out. */
function HouseholdChoice({
  buildingId,
  dwelling,
  households,
  onSaved,
}: {
  buildingId: string;
  dwelling: Dwelling;
  households: readonly Household[];
  onSaved: (d: Dwelling) => void;
}) {
  const { pending, problem, run } = useAction();
  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const chosen = String(new FormData(e.currentTarget).get("householdId") ?? "");
    void run(async () => onSaved(await buildingsApi.linkHousehold(buildingId, dwelling.id, chosen || null)));
  }
  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert problem={problem.value} shownFields={["householdId"]} />
      <SelectField
        name="householdId"
        label={t("building.household")}
        error={problem.value?.fieldErrors.householdId}
        defaultValue={dwelling.householdId ?? ""}
        options={[
          { value: "", label: t("building.nobody") },
          ...households.map((h) => ({ value: h.id, label: `${h.pseudonym} (${h.code})` })),
        ]}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {pending.value ? t("building.saving") : t("building.save")}
      </button>
    </form>
  );
}

/** The building's dwellings, with the household living in each; managers link and unlink them. */
export function DwellingsSection({
  buildingId,
  dwellings,
}: {
  buildingId: string;
  dwellings: readonly Dwelling[];
}) {
  const current = useSignal<Dwelling[]>([...dwellings]);
  const households = useSignal<Household[] | null>(null);
  const problem = useSignal<ApiError | null>(null);

  function loadHouseholds() {
    if (households.value === null)
      buildingsApi.households().then(
        (list) => (households.value = list),
        (error) => (problem.value = asApiError(error)),
      );
  }
  const replace = (saved: Dwelling) =>
    (current.value = current.value.map((d) => (d.id === saved.id ? saved : d)));

  return (
    <section aria-labelledby="dwellings-heading">
      <h2 id="dwellings-heading">{t("building.dwellingsTitle")}</h2>
      {current.value.length === 0 && <p>{t("building.dwellingsEmpty")}</p>}
      <ProblemAlert problem={problem.value} />
      <ul class="dwelling-list">
        {current.value.map((d) => (
          <li key={d.id}>
            <p>
              <span class="dwelling-label">{d.unitLabel}</span>{" "}
              {[t("building.dwellingArea", { value: formatNumber(d.floorAreaM2) }), floorText(d.floor)]
                .filter(Boolean)
                .join(", ")}
            </p>
            <p>
              {d.householdPseudonym
                ? t("building.livesHere", { name: d.householdPseudonym })
                : t("building.vacant")}
            </p>
            {mayWriteBuildings() && (
              <details class="panel" onToggle={loadHouseholds}>
                <summary>{t("building.changeHousehold", { unit: d.unitLabel })}</summary>
                {households.value === null ? (
                  !problem.value && <p role="status">{t("status.loading")}</p>
                ) : (
                  <HouseholdChoice
                    buildingId={buildingId}
                    dwelling={d}
                    households={households.value}
                    onSaved={replace}
                  />
                )}
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
