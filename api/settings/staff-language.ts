import type { Ctx } from "../http/context.ts";
import type { Language } from "../http/i18n.ts";
import { setStaffLanguage } from "../organisations/index.ts";
import { audited } from "./settings-writes.ts";

/**
 * The language the organisation's staff write in, chosen by its coordinator (French by default):
 * every page marks their texts with it, so a screen reader reads a Dutch session note in Dutch
 * whatever the reader's interface language. Audited.
 */
export async function chooseStaffLanguage({ ctx, staffLanguage }: { ctx: Ctx; staffLanguage: Language }) {
  await audited(
    ctx,
    "settings.staff_language_changed",
    (tx) => setStaffLanguage(tx, ctx.orgId, staffLanguage),
    {
      details: { staffLanguage },
    },
  );
  return { staffLanguage };
}
