import { Page } from "./components/page.tsx";
import { t } from "./lib/i18n/index.ts";

export default function NotFoundPage() {
  return (
    <Page title={t("notFound.title")}>
      <p>{t("notFound.text")}</p>
      <p>
        <a href="/">{t("notFound.home")}</a>
      </p>
    </Page>
  );
}
