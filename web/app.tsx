import { signal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ErrorBoundary, LocationProvider, lazy, Route, Router, useLocation } from "preact-iso";
import { AppHeader } from "./components/app-header.tsx";
import { OfflineBanner } from "./components/offline-banner.tsx";
import { ProblemAlert } from "./components/problem-alert.tsx";
import { t } from "./lib/i18n/index.ts";
import { session } from "./lib/session.ts";

const LoginPage = lazy(() => import("./auth/login-page.tsx"));
const AcceptInvitationPage = lazy(() => import("./organisations/accept-invitation-page.tsx"));
const TeamPage = lazy(() => import("./organisations/team-page.tsx"));
const AdminPage = lazy(() => import("./organisations/admin-page.tsx"));
const RoleHome = lazy(() => import("./role-home.tsx"));
const NotFoundPage = lazy(() => import("./not-found-page.tsx"));
const MetersPage = lazy(() => import("./meters/meters-page.tsx"));
const ReadingEntryPage = lazy(() => import("./meters/reading-entry-page.tsx"));
const ReadingHistoryPage = lazy(() => import("./meters/reading-history-page.tsx"));
const HouseholdMetersPage = lazy(() => import("./meters/household-meters-page.tsx"));
const AddMeterPage = lazy(() => import("./meters/add-meter-page.tsx"));
const ReplaceMeterPage = lazy(() => import("./meters/replace-meter-page.tsx"));
const ConsumptionPage = lazy(() => import("./consumption/consumption-page.tsx"));
const SavingsPage = lazy(() => import("./savings/savings-page.tsx"));
const HouseholdSavingsPage = lazy(() => import("./savings/household-savings-page.tsx"));
const MethodPage = lazy(() => import("./savings/method-page.tsx"));
const SettingsPage = lazy(() => import("./settings/settings-page.tsx"));
const WeatherPage = lazy(() => import("./weather/weather-page.tsx"));
const MyGroupPage = lazy(() => import("./coaching/coaching-pages.ts").then((m) => m.MyGroupPage));
const TipsPage = lazy(() => import("./coaching/coaching-pages.ts").then((m) => m.TipsPage));
const GroupsPage = lazy(() => import("./groups/groups-page.tsx"));
const GroupPage = lazy(() => import("./groups/group-page.tsx"));
const SessionPage = lazy(() => import("./groups/session-page.tsx"));
const HandoutPage = lazy(() => import("./groups/handout-page.tsx"));
const GroupDashboardPage = lazy(() => import("./group-results/dashboard-page.tsx"));
const ProgrammeReportPage = lazy(() => import("./group-results/report-page.tsx"));
const PortfolioPage = lazy(() => import("./buildings/portfolio-page.tsx"));
const BuildingPage = lazy(() => import("./buildings/building-page.tsx"));
const BuildingReportPage = lazy(() => import("./building-report/report-page.tsx"));
const AlertsPage = lazy(() => import("./buildings/alerts-page.tsx"));
const CostSplitStatementPage = lazy(() => import("./buildings/cost-split-statement-page.tsx"));
const TenantPage = lazy(() => import("./tenant/tenant-page.tsx"));

/** Pages anyone may open without signing in. */
const PUBLIC_PATHS = ["/login", "/invitation"];

/** Set when a page failed to render or its code could not be downloaded (often: offline). */
const crashed = signal(false);

function Crashed() {
  return (
    <div class="page">
      <h1>{t("crash.title")}</h1>
      <p>{t("crash.text")}</p>
      <button type="button" class="button primary" onClick={() => location.reload()}>
        {t("crash.reload")}
      </button>
    </div>
  );
}

function Content() {
  const { path, route } = useLocation();
  const me = session.me.value;
  const isPublic = PUBLIC_PATHS.includes(path);
  const mustSignIn = me === null && !isPublic;
  const alreadyIn = Boolean(me) && path === "/login";

  useEffect(() => {
    if (mustSignIn) route("/login", true);
    else if (alreadyIn) route("/", true);
  }, [mustSignIn, alreadyIn, route]);

  if (session.loadProblem.value)
    return (
      <div class="page">
        <ProblemAlert problem={session.loadProblem.value} />
        <button type="button" class="button primary" onClick={() => void session.load()}>
          {t("action.retry")}
        </button>
      </div>
    );
  if (crashed.value) return <Crashed />;
  if (me === undefined || mustSignIn || alreadyIn)
    return (
      <p class="loading" role="status">
        {t("status.loading")}
      </p>
    );
  return (
    <ErrorBoundary
      onError={(error) => {
        console.error(error);
        crashed.value = true;
      }}
    >
      {/* Keyed by organisation: after a switch every page starts afresh, with that organisation's data. */}
      <Router key={me?.activeOrganisation?.organisationId ?? "none"}>
        <Route path="/" component={RoleHome} />
        <Route path="/login" component={LoginPage} />
        <Route path="/invitation" component={AcceptInvitationPage} />
        <Route path="/team" component={TeamPage} />
        <Route path="/admin" component={AdminPage} />
        <Route path="/admin/meteo" component={WeatherPage} />
        <Route path="/compteurs" component={MetersPage} />
        <Route path="/compteurs/:meterId" component={ReadingEntryPage} />
        <Route path="/compteurs/:meterId/historique" component={ReadingHistoryPage} />
        <Route path="/menages/:id" component={HouseholdMetersPage} />
        <Route path="/menages/:id/compteurs/nouveau" component={AddMeterPage} />
        <Route path="/compteurs/:meterId/remplacement" component={ReplaceMeterPage} />
        <Route path="/consommation" component={ConsumptionPage} />
        <Route path="/economies" component={SavingsPage} />
        <Route path="/economies/methode" component={MethodPage} />
        <Route path="/menages/:id/economies" component={HouseholdSavingsPage} />
        <Route path="/parametres" component={SettingsPage} />
        <Route path="/mon-groupe" component={MyGroupPage} />
        <Route path="/conseils" component={TipsPage} />
        <Route path="/groupes" component={GroupsPage} />
        <Route path="/groupes/:id" component={GroupPage} />
        <Route path="/groupes/:id/tableau-de-bord" component={GroupDashboardPage} />
        <Route path="/rapport-programme" component={ProgrammeReportPage} />
        <Route path="/seances/:id" component={SessionPage} />
        <Route path="/seances/:id/fiche" component={HandoutPage} />
        <Route path="/batiments" component={PortfolioPage} />
        <Route path="/batiments/:id" component={BuildingPage} />
        <Route path="/batiments/:id/rapport" component={BuildingReportPage} />
        <Route path="/alertes" component={AlertsPage} />
        <Route path="/decomptes/:id" component={CostSplitStatementPage} />
        <Route path="/mon-batiment" component={TenantPage} />
        <Route default component={NotFoundPage} />
      </Router>
    </ErrorBoundary>
  );
}

export function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <OfflineBanner />
        <Content />
      </main>
    </LocationProvider>
  );
}
