import "../lib/i18n/fr-coaching.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import type { HeatingType } from "./coaching-api.ts";
import { CommitmentsBlock } from "./commitments-block.tsx";
import { KitBlock } from "./kit-block.tsx";
import { ReferralsBlock } from "./referrals-block.tsx";
import { VisitsBlock } from "./visits-block.tsx";

/**
 * "Accompagnement" in a household's file: its commitments, the kit it received, home visits and
 * referrals. Advisers and coordinators record; the other staff roles read what the API shows them.
 */
export function CoachingSection({
  householdId,
  heatingType,
}: {
  householdId: string;
  heatingType: HeatingType | null;
}) {
  const role = session.role.value;
  const canWrite = role === "coordinator" || role === "adviser";
  return (
    <section class="coaching" aria-labelledby="coaching-title">
      <h2 id="coaching-title">{t("coaching.title")}</h2>
      <p>
        <a href="/conseils">{t("coaching.tipsLink")}</a>
      </p>
      <section aria-labelledby="coaching-commitments">
        <h3 id="coaching-commitments">{t("coaching.commitments")}</h3>
        <CommitmentsBlock
          householdId={householdId}
          heatingType={heatingType}
          canWrite={canWrite}
          audience="staff"
        />
      </section>
      <section aria-labelledby="coaching-kit">
        <h3 id="coaching-kit">{t("coaching.kit")}</h3>
        <KitBlock householdId={householdId} canWrite={canWrite} />
      </section>
      <section aria-labelledby="coaching-visits">
        <h3 id="coaching-visits">{t("coaching.visits")}</h3>
        <VisitsBlock householdId={householdId} canWrite={canWrite} />
      </section>
      <section aria-labelledby="coaching-referrals">
        <h3 id="coaching-referrals">{t("coaching.referrals")}</h3>
        <ReferralsBlock householdId={householdId} canWrite={canWrite} />
      </section>
    </section>
  );
}
