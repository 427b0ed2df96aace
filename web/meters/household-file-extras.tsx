import "../lib/i18n/fr-staff.ts";
import { useSignal } from "@preact/signals";
import { CoachingSection } from "../coaching/coaching-section.tsx";
import { ImportSection } from "../imports/import-section.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { PrivacySection } from "../privacy/privacy-section.tsx";
import { HouseholdConsumption } from "./household-consumption.tsx";
import type { HouseholdDetail, Meter } from "./meters-api.ts";

/**
 * The parts of a household's file below its meters: consumption by month, the way to its savings,
 * smart-meter import, exports and privacy. `meters` is null while the household does not share its data.
 */
export function HouseholdFileExtras({
  detail,
  meters,
  onErased,
}: {
  detail: HouseholdDetail;
  meters: readonly Meter[] | null;
  onErased: () => void;
}) {
  const canWrite = session.role.value !== "viewer";
  // Bumped by each import that wrote data: the consumption table then asks again.
  const imports = useSignal(0);
  return (
    <>
      {meters && meters.length > 0 && (
        <>
          {/* Above the consumption tables, which grow once loaded: the link must not move under a finger. */}
          <p>
            <a class="button secondary" href={`/menages/${detail.id}/economies`}>
              {t("householdFile.savings")}
            </a>
          </p>
          <HouseholdConsumption key={imports.value} householdId={detail.id} />
        </>
      )}
      {meters && canWrite && <ImportSection meters={meters} onImported={() => imports.value++} />}
      {meters && (
        <CoachingSection householdId={detail.id} heatingType={detail.profile?.heatingType ?? null} />
      )}
      <PrivacySection
        householdId={detail.id}
        code={detail.code}
        pseudonym={detail.pseudonym}
        sharesData={meters !== null}
        onErased={onErased}
      />
    </>
  );
}
