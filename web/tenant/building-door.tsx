import "../lib/i18n/fr-tenant.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";

/** The household's door to its building's page, shown only when it lives in a dwelling of a housing company. */
export function BuildingDoor() {
  if (!session.me.value?.household?.livesInDwelling) return null;
  return (
    <a class="big-door" href="/mon-batiment">
      <svg class="choice-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 21V5l8-3 8 3v16M4 21h16M9 21v-4h6v4M8 8h2M14 8h2M8 12h2M14 12h2" />
      </svg>
      <span class="choice-text">
        <span class="choice-title">{t("tenant.door")}</span>
        <span class="choice-hint">{t("tenant.doorHint")}</span>
      </span>
    </a>
  );
}
