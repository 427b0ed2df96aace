import { SecretCard } from "../components/secret-card.tsx";
import { formatDateTime } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { Invitation } from "./organisations-state.ts";

/** The invitation code, shown once, with the address where the person invited uses it. */
export function InvitationCard({ invitation }: { invitation: Invitation }) {
  const link = `${location.origin}/invitation?code=${encodeURIComponent(invitation.code)}`;
  return (
    <SecretCard title={t("invite.created")} items={[{ label: t("invite.code"), value: invitation.code }]}>
      <p class="no-print">{t("invite.onlyOnce")}</p>
      <p>
        {t("invite.expires", { date: formatDateTime(invitation.expiresAt) })}
        {invitation.email && ` ${t("invite.forEmail", { email: invitation.email })}`}
      </p>
      <p>
        {t("invite.link")} <span class="link-text">{link}</span>
      </p>
    </SecretCard>
  );
}
