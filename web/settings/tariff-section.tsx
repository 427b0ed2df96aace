import { useSignal } from "@preact/signals";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import type { Tariff } from "./settings-api.ts";
import type { Rows } from "./settings-state.ts";
import { energyName } from "./settings-words.ts";
import { TariffCard } from "./tariff-card.tsx";
import { TariffForm } from "./tariff-form.tsx";

/** Current ones first, then the newest: what applies today is what a coordinator looks for. */
function byEnergy(tariffs: readonly Tariff[]) {
  const groups = new Map<string, Tariff[]>();
  for (const tariff of tariffs) groups.set(tariff.energy, [...(groups.get(tariff.energy) ?? []), tariff]);
  for (const list of groups.values())
    list.sort((a, b) => Number(a.social) - Number(b.social) || b.validFrom.localeCompare(a.validFrom));
  return [...groups.entries()];
}

/** The organisation's default tariffs, by energy; households without their own contract pay these. */
export function TariffSection({
  rows,
  canEdit,
  today,
}: {
  rows: Rows<Tariff>;
  canEdit: boolean;
  today: string;
}) {
  const adding = useSignal(false);
  const added = useSignal<string | null>(null);
  const tariffs = rows.items.value;
  return (
    <section aria-labelledby="tariffs-title">
      <h2 id="tariffs-title">{t("settings.tariffs")}</h2>
      <p>{t("settings.tariffsIntro")}</p>
      <ProblemAlert problem={rows.problem.value} />
      {tariffs === null && !rows.problem.value && <p role="status">{t("status.loading")}</p>}
      {tariffs?.length === 0 && <p>{t("settings.tariffsEmpty")}</p>}
      {tariffs &&
        byEnergy(tariffs).map(([energy, list]) => (
          <section key={energy} aria-labelledby={`tariffs-${energy}`}>
            <h3 id={`tariffs-${energy}`}>{energyName(energy)}</h3>
            <ul class="cards">
              {list.map((tariff) => (
                <TariffCard
                  key={tariff.id}
                  tariff={tariff}
                  today={today}
                  canEdit={canEdit}
                  onSaved={rows.put}
                  onDeleted={rows.drop}
                />
              ))}
            </ul>
          </section>
        ))}
      <p role="status" class={added.value ? "done" : "alert-empty"}>
        {added.value}
      </p>
      {canEdit && (
        <details class="panel" open={adding.value} onToggle={(e) => (adding.value = e.currentTarget.open)}>
          <summary>{t("settings.tariff.addTitle")}</summary>
          {adding.value && (
            <TariffForm
              onSaved={(saved) => {
                rows.put(saved);
                added.value = t("settings.tariff.added", { label: saved.label });
                adding.value = false;
              }}
            />
          )}
        </details>
      )}
    </section>
  );
}
