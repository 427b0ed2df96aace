import { SecretCard } from "../components/secret-card.tsx";
import { t } from "../lib/i18n/index.ts";
import type { HouseholdSecret } from "./households-state.ts";

/** Code and PIN in large print, to copy onto the household's card or print. */
export function HouseholdSecretCard({ secret, title }: { secret: HouseholdSecret; title: string }) {
  return (
    <SecretCard
      title={title}
      items={[
        { label: t("household.code"), value: secret.code },
        { label: t("household.pin"), value: secret.pin },
      ]}
    >
      <p class="card-title">{secret.pseudonym}</p>
      <p class="no-print">{t("household.writeOnCard")}</p>
      <p class="no-print">{t("household.pinOnce")}</p>
      <p class="print-only">{t("household.cardAddress", { address: `${location.origin}/login` })}</p>
      <p class="print-only">{t("householdHome.keepPin")}</p>
    </SecretCard>
  );
}
