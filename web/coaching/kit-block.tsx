import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { CheckboxField, Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { ApiError } from "../lib/api.ts";
import { useClientId } from "../lib/client-id.ts";
import { brusselsDay, formatDate, formatEuros } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { coachingApi, type HouseholdKit } from "./coaching-api.ts";
import { useLoaded } from "./use-loaded.ts";

function KitTotal({ kit }: { kit: HouseholdKit }) {
  if (kit.capEur === null)
    return <p class="setting-value">{t("coaching.kitTotalNoCap", { total: formatEuros(kit.totalEur) })}</p>;
  const over = kit.totalEur > kit.capEur;
  return (
    <p class={over ? "setting-value over-cap" : "setting-value"}>
      {t("coaching.kitTotal", { total: formatEuros(kit.totalEur), cap: formatEuros(kit.capEur) })}
      {over && <> {t("coaching.kitOverCap")}</>}
    </p>
  );
}

/**
 * The kit items handed to a household and their total against the organisation's cap. Over the cap
 * the API answers `kit.over_cap` with the amounts in its message: they are shown as they come, with
 * a box to tick to record the hand-out anyway.
 */
export function KitBlock({ householdId, canWrite }: { householdId: string; canWrite: boolean }) {
  const kit = useLoaded(() => coachingApi.kit(householdId), [householdId]);
  const catalogue = useLoaded(() => (canWrite ? coachingApi.catalogue() : Promise.resolve(null)), [canWrite]);
  const { pending, problem, run } = useAction();
  const overCap = useSignal(false);
  const clientId = useClientId();
  const today = brusselsDay(new Date());

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const quantity = Number(data.get("quantity"));
    void run(async () => {
      try {
        kit.value.value = await coachingApi.handOut(householdId, {
          catalogueItemId: String(data.get("catalogueItemId")),
          quantity: Number.isInteger(quantity) ? quantity : 0,
          handedOn: String(data.get("handedOn") || today),
          confirmOverCap: data.get("confirmOverCap") === "on",
          clientId: clientId.current,
        });
        clientId.renew();
        overCap.value = false;
        form.reset();
      } catch (error) {
        overCap.value = error instanceof ApiError && error.code === "kit.over_cap";
        throw error;
      }
    });
  }

  const items = catalogue.value.value?.items.filter((i) => i.active) ?? [];
  const current = kit.value.value;
  return (
    <>
      <ProblemAlert problem={kit.problem.value} />
      {current === null && !kit.problem.value && <p role="status">{t("status.loading")}</p>}
      {current && <KitTotal kit={current} />}
      {current?.items.length === 0 && <p>{t("coaching.noKit")}</p>}
      {current && current.items.length > 0 && (
        <ul class="cards">
          {current.items.map((item) => (
            <li key={item.id} class="card">
              <p class="card-title">
                {tWith("coaching.kitLine", {
                  quantity: item.quantity,
                  name: <StaffText>{item.name}</StaffText>,
                })}
              </p>
              <p>
                {t("coaching.kitLinePrice", {
                  total: formatEuros(item.totalEur),
                  unit: formatEuros(item.unitPriceEur),
                  date: formatDate(item.handedOn),
                })}
              </p>
              {item.overCapConfirmed && <p class="muted">{t("coaching.kitOverCapConfirmed")}</p>}
            </li>
          ))}
        </ul>
      )}
      {canWrite && catalogue.value.value && items.length === 0 && <p>{t("coaching.catalogueEmpty")}</p>}
      {canWrite && items.length > 0 && (
        <form class="settings-form" onSubmit={submit} noValidate>
          <ProblemAlert
            problem={problem.value}
            shownFields={["catalogueItemId", "quantity", "handedOn", "confirmOverCap"]}
          />
          <SelectField
            name="catalogueItemId"
            label={t("coaching.kitItem")}
            error={problem.value?.fieldErrors.catalogueItemId}
            options={items.map((i) => ({ value: i.id, label: `${i.name} — ${formatEuros(i.unitPriceEur)}` }))}
          />
          <Field
            name="quantity"
            label={t("coaching.kitQuantity")}
            inputMode="numeric"
            defaultValue="1"
            error={problem.value?.fieldErrors.quantity}
          />
          <Field
            type="date"
            name="handedOn"
            label={t("coaching.kitHandedOn")}
            defaultValue={today}
            max={today}
            error={problem.value?.fieldErrors.handedOn}
          />
          {overCap.value && <CheckboxField name="confirmOverCap" label={t("coaching.kitConfirmOverCap")} />}
          <button type="submit" class="button primary" disabled={pending.value}>
            {t("coaching.kitHandOut")}
          </button>
        </form>
      )}
    </>
  );
}
