import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";

/** Whose meter it is: a household's, a building's (boiler, heat meter) or a dwelling's (allocator). */
export interface MeterOwner {
  householdId: string | null;
  buildingId?: string | null;
  dwellingId?: string | null;
}

/** Where this meter is listed: the household's own meters, its file for staff, or its building. */
export function metersHref(owner: MeterOwner): string {
  if (session.role.value === "household") return "/compteurs";
  if (owner.householdId) return `/menages/${owner.householdId}`;
  if (owner.buildingId) return `/batiments/${owner.buildingId}`;
  return owner.dwellingId ? "/batiments" : "/";
}

/** The words of that link. */
export function metersBackLabel(owner: MeterOwner): string {
  if (session.role.value === "household") return t("meters.back");
  if (owner.householdId) return t("householdFile.back");
  if (owner.buildingId) return t("meters.backToBuilding");
  return owner.dwellingId ? t("meters.backToBuildings") : t("nav.home");
}

export function BackToMeters({ owner }: { owner: MeterOwner | null }) {
  const known = owner ?? { householdId: null };
  return (
    <p>
      <a href={metersHref(known)} class="back-link">
        {metersBackLabel(known)}
      </a>
    </p>
  );
}
