import "../lib/i18n/fr-staff.ts";
import { useEffect, useMemo } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { CalorificSection } from "./calorific-section.tsx";
import { Co2Section } from "./co2-section.tsx";
import { KitSection } from "./kit-section.tsx";
import { createSettingsState } from "./settings-state.ts";
import { StaffLanguageSection } from "./staff-language-section.tsx";
import { TariffSection } from "./tariff-section.tsx";
import { WeatherStationSection } from "./weather-station-section.tsx";

/**
 * `/parametres`: what turns readings into euros and CO₂ for the whole organisation. The coordinator
 * changes it; advisers and viewers may read it (the API allows them to).
 */
export default function SettingsPage() {
  const state = useMemo(createSettingsState, []);
  useEffect(() => {
    void state.load();
  }, [state]);
  const role = session.role.value;
  const canEdit = role === "coordinator";
  const today = brusselsDay(new Date());

  if (role !== "coordinator" && role !== "adviser" && role !== "viewer")
    return (
      <Page title={t("settings.title")}>
        <p>{t("settings.staffOnly")}</p>
      </Page>
    );
  return (
    <Page title={t("settings.title")}>
      <p class="lead">{t("settings.intro")}</p>
      {!canEdit && <p class="notice">{t("settings.readOnly")}</p>}
      <nav aria-label={t("settings.sections")} class="section-links">
        <a href="#tariffs-title">{t("settings.tariffs")}</a>
        <a href="#calorific-title">{t("settings.calorific")}</a>
        <a href="#co2-title">{t("settings.co2")}</a>
        <a href="#weather-station-title">{t("weather.settingsTitle")}</a>
        <a href="#staff-language-title">{t("settings.staffLanguage.title")}</a>
      </nav>
      <TariffSection rows={state.tariffs} canEdit={canEdit} today={today} />
      <CalorificSection rows={state.calorific} canEdit={canEdit} />
      <Co2Section rows={state.co2} canEdit={canEdit} />
      <WeatherStationSection canEdit={canEdit} />
      <KitSection canEdit={canEdit} />
      <StaffLanguageSection canEdit={canEdit} />
    </Page>
  );
}
