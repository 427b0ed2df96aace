import "../lib/i18n/fr-coaching.ts";
import { useSignal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import type { TargetedSubmitEvent } from "preact";
import { useEffect } from "preact/hooks";
import { Field } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { type ApiError, asApiError, request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";
import { parseDecimal } from "../lib/decimal.ts";
import { formatEuros } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";

const catalogueApi = client.api["kit-catalogue"];
type KitCatalogue = InferResponseType<typeof catalogueApi.$get, 200>;

// Its own calls, as the other settings sections: the settings page then loads none of the coaching screens' code.
const kitApi = {
  catalogue: () => request(catalogueApi.$get()),
  add: (name: string, unitPriceEur: number) => request(catalogueApi.$post({ json: { name, unitPriceEur } })),
  setActive: (id: string, active: boolean) =>
    request(catalogueApi[":id"].$patch({ param: { id }, json: { active } })),
  setCap: (capEur: number | null) => request(catalogueApi.cap.$put({ json: { capEur } })),
};

/** A euro amount as typed ("12,50"): NaN when it is not one, so the API says what is wrong with it. */
const eurosOf = (text: string) => parseDecimal(text) ?? Number.NaN;

/**
 * The kit catalogue (items with their unit price) and the kit € per household above which a
 * hand-out needs confirming (€300 is Wallonia's PAPE cap). The coordinator sets both.
 */
export function KitSection({ canEdit }: { canEdit: boolean }) {
  const catalogue = useSignal<KitCatalogue | null>(null);
  const loadProblem = useSignal<ApiError | null>(null);
  const saved = useSignal<string | null>(null);
  const cap = useAction();
  const add = useAction();
  const toggle = useAction();

  useEffect(() => {
    kitApi
      .catalogue()
      .then((c) => (catalogue.value = c))
      .catch((error: unknown) => (loadProblem.value = asApiError(error)));
  }, [catalogue, loadProblem]);

  function submitCap(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("capEur") ?? "").trim();
    saved.value = null;
    void cap.run(async () => {
      catalogue.value = await kitApi.setCap(text === "" ? null : eurosOf(text));
      saved.value = t("kitSettings.capSaved");
    });
  }

  function submitItem(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    saved.value = null;
    void add.run(async () => {
      const item = await kitApi.add(
        String(data.get("name") ?? ""),
        eurosOf(String(data.get("unitPriceEur") ?? "")),
      );
      catalogue.value = catalogue.value && { ...catalogue.value, items: [...catalogue.value.items, item] };
      form.reset();
      saved.value = t("kitSettings.itemAdded", { name: item.name });
    });
  }

  function setActive(id: string, active: boolean) {
    void toggle.run(async () => {
      const item = await kitApi.setActive(id, active);
      catalogue.value = catalogue.value && {
        ...catalogue.value,
        items: catalogue.value.items.map((i) => (i.id === id ? item : i)),
      };
    });
  }

  const current = catalogue.value;
  return (
    <section aria-labelledby="kit-title">
      <h2 id="kit-title">{t("kitSettings.title")}</h2>
      <p>{t("kitSettings.intro")}</p>
      <ProblemAlert problem={loadProblem.value ?? toggle.problem.value} />
      {!current && !loadProblem.value && <p role="status">{t("status.loading")}</p>}
      {current && (
        <p class="setting-value">
          {current.capEur === null
            ? t("kitSettings.noCap")
            : t("kitSettings.cap", { cap: formatEuros(current.capEur) })}
        </p>
      )}
      <p role="status" class={saved.value ? "done" : "alert-empty"}>
        {saved.value}
      </p>
      {canEdit && current && (
        <form class="settings-form" onSubmit={submitCap} noValidate>
          <ProblemAlert problem={cap.problem.value} shownFields={["capEur"]} />
          <Field
            name="capEur"
            label={t("kitSettings.capLabel")}
            hint={t("kitSettings.capHint")}
            inputMode="decimal"
            defaultValue={current.capEur === null ? "" : String(current.capEur).replace(".", ",")}
            error={cap.problem.value?.fieldErrors.capEur}
          />
          <button type="submit" class="button primary" disabled={cap.pending.value}>
            {t("kitSettings.saveCap")}
          </button>
        </form>
      )}
      {current?.items.length === 0 && <p>{t("kitSettings.empty")}</p>}
      {current && current.items.length > 0 && (
        <ul class="cards">
          {current.items.map((item) => (
            <li key={item.id} class="card">
              <p class="card-title">
                <StaffText>{item.name}</StaffText>
              </p>
              <p>
                {formatEuros(item.unitPriceEur)}
                {!item.active && <> · {t("kitSettings.withdrawn")}</>}
              </p>
              {canEdit && (
                <button
                  type="button"
                  class="button secondary"
                  disabled={toggle.pending.value}
                  onClick={() => setActive(item.id, !item.active)}
                >
                  {t(item.active ? "kitSettings.withdraw" : "kitSettings.restore")}
                  <span class="visually-hidden">
                    {" — "}
                    <StaffText>{item.name}</StaffText>
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && current && (
        <form class="settings-form" onSubmit={submitItem} noValidate>
          <h3>{t("kitSettings.addTitle")}</h3>
          <ProblemAlert problem={add.problem.value} shownFields={["name", "unitPriceEur"]} />
          <Field name="name" label={t("kitSettings.name")} error={add.problem.value?.fieldErrors.name} />
          <Field
            name="unitPriceEur"
            label={t("kitSettings.price")}
            inputMode="decimal"
            error={add.problem.value?.fieldErrors.unitPriceEur}
          />
          <button type="submit" class="button primary" disabled={add.pending.value}>
            {t("kitSettings.add")}
          </button>
        </form>
      )}
    </section>
  );
}
