import "../lib/i18n/fr-buildings.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Field, SelectField } from "../components/field.tsx";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { AlertsLink } from "./alerts-section.tsx";
import { BuildingImport } from "./building-import.tsx";
import { buildingsApi, type HeatingSystem } from "./buildings-api.ts";
import { heatingName, mayReadBuildings, mayWriteBuildings } from "./buildings-words.ts";
import { communesOf, filterRows, type PortfolioFilter, type PortfolioRow, rowsOf } from "./portfolio-rows.ts";
import { PortfolioTable } from "./portfolio-table.tsx";

const HEATING_SYSTEMS: readonly HeatingSystem[] = ["gas_boiler", "oil_boiler", "heat_network", "heat_pump"];

/** `/batiments`: the housing company's buildings in one table, filtered and sorted on the phone. */
export default function PortfolioPage() {
  const rows = useSignal<PortfolioRow[] | null>(null);
  const problem = useSignal<ApiError | null>(null);
  const filter = useSignal<PortfolioFilter>({ text: "", commune: "", heating: "" });

  function load() {
    buildingsApi.portfolio().then(
      (portfolio) => (rows.value = rowsOf(portfolio)),
      (error) => (problem.value = asApiError(error)),
    );
  }
  useEffect(() => {
    if (mayReadBuildings()) load();
  }, []);

  if (!mayReadBuildings())
    return (
      <Page title={t("buildings.title")}>
        <p>{t("buildings.staffOnly")}</p>
      </Page>
    );
  const all = rows.value ?? [];
  const found = filterRows(all, filter.value);
  const set = (change: Partial<PortfolioFilter>) => (filter.value = { ...filter.value, ...change });
  return (
    <Page title={t("buildings.title")}>
      <div class="portfolio-page">
        <p class="lead">{t("buildings.intro")}</p>
        <AlertsLink />
        <ProblemAlert problem={problem.value} />
        {rows.value === null && !problem.value && <p role="status">{t("status.loading")}</p>}
        {rows.value?.length === 0 && <p>{t("buildings.empty")}</p>}
        {all.length > 0 && (
          <section aria-labelledby="portfolio-heading">
            <h2 id="portfolio-heading">
              {found.length === all.length
                ? t("buildings.count", { count: all.length })
                : t("buildings.shown", { shown: found.length, count: all.length })}
            </h2>
            <fieldset class="portfolio-filters">
              <legend>{t("buildings.filters")}</legend>
              <Field
                name="search"
                type="text"
                label={t("buildings.search")}
                hint={t("buildings.searchHint")}
                value={filter.value.text}
                onInput={(e) => set({ text: e.currentTarget.value })}
                autocomplete="off"
              />
              <SelectField
                name="commune"
                label={t("buildings.commune")}
                options={[
                  { value: "", label: t("buildings.allCommunes") },
                  ...communesOf(all).map((c) => ({ value: c, label: c })),
                ]}
                onChange={(e) => set({ commune: e.currentTarget.value })}
              />
              <SelectField
                name="heating"
                label={t("buildings.heating")}
                options={[
                  { value: "", label: t("buildings.allHeating") },
                  ...HEATING_SYSTEMS.map((h) => ({ value: h, label: heatingName(h) })),
                ]}
                onChange={(e) => set({ heating: e.currentTarget.value as HeatingSystem | "" })}
              />
            </fieldset>
            {all.every((r) => r.normalYearKwhPerM2 === null) && <p>{t("buildings.figuresMissing")}</p>}
            {found.length ? <PortfolioTable rows={found} /> : <p>{t("buildings.noMatch")}</p>}
          </section>
        )}
        {mayWriteBuildings() && <BuildingImport onImported={load} />}
      </div>
    </Page>
  );
}
