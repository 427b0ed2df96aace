import "../lib/i18n/fr-savings.ts";
import "../lib/i18n/fr-staff.ts";
import { Page } from "../components/page.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useHouseholdAudience } from "./savings-audience.ts";

/** `/economies/methode`: the method and its limits in plain words, short enough to print on one page. */
export default function MethodPage() {
  const household = session.role.value === "household";
  // Staff read the household's words; a household no adviser follows is not sent to one.
  const unadvised =
    useHouseholdAudience(household ? (session.me.value?.householdId ?? null) : null) === "unadvised";
  return (
    <Page title={t("method.title")}>
      <p class="no-print">
        <a href={household ? "/economies" : "/"} class="back-link">
          {household ? t("method.backHousehold") : t("householdFile.backToList")}
        </a>
      </p>
      <section class="method" aria-labelledby="method-reference">
        <h2 id="method-reference">{t("method.referenceTitle")}</h2>
        <p>{t("method.reference")}</p>
      </section>
      <section class="method" aria-labelledby="method-weather">
        <h2 id="method-weather">{t("method.weatherTitle")}</h2>
        <p>{t("method.weather")}</p>
        <p>{t("method.counterfactual")}</p>
      </section>
      <section class="method" aria-labelledby="method-interval">
        <h2 id="method-interval">{t("method.intervalTitle")}</h2>
        <p>{t("method.interval")}</p>
      </section>
      <section class="method" aria-labelledby="method-limits">
        <h2 id="method-limits">{t("method.limitsTitle")}</h2>
        <ul class="method-limits">
          <li>{t(unadvised ? "method.limitYearCompany" : "method.limitYear")}</li>
          <li>{t("method.limitNoise")}</li>
          <li>{t(unadvised ? "method.limitColdCompany" : "method.limitCold")}</li>
          <li>{t("method.limitMonthly")}</li>
        </ul>
      </section>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t("action.print")}
        </button>
      </p>
    </Page>
  );
}
