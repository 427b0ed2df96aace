import { lazy } from "preact-iso";
import { Page } from "./components/page.tsx";
import { t } from "./lib/i18n/index.ts";
import { session } from "./lib/session.ts";

// Each role's home is its own chunk: a household's phone never downloads the staff pages.
const HouseholdHome = lazy(() => import("./households/household-home.tsx"));
const HouseholdsPage = lazy(() => import("./households/households-page.tsx"));
const ViewerHome = lazy(() => import("./households/viewer-home.tsx"));
const AdminPage = lazy(() => import("./organisations/admin-page.tsx"));

/** `/`: the home of the role the person holds in the organisation they act in. */
export default function RoleHome() {
  switch (session.role.value) {
    case "household":
      return <HouseholdHome />;
    case "viewer":
      return <ViewerHome />;
    case "coordinator":
    case "adviser":
    case "housing_manager":
      return <HouseholdsPage />;
    default:
      if (session.me.value?.user.isPlatformAdmin) return <AdminPage />;
      return (
        <Page title={t("noOrganisation.title")}>
          <p>{t("noOrganisation.text")}</p>
        </Page>
      );
  }
}
