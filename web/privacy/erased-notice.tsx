import { Page } from "../components/page.tsx";
import { t } from "../lib/i18n/index.ts";

/** What stays of a household's file once it is erased: a sentence and the way back to the list. */
export function ErasedNotice({ pseudonym }: { pseudonym: string }) {
  return (
    <Page title={t("erase.done", { name: pseudonym })}>
      <p role="status">{t("erase.doneText")}</p>
      <p>
        <a href="/" class="back-link">
          {t("erase.back")}
        </a>
      </p>
    </Page>
  );
}
