import { signal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ErrorBoundary, LocationProvider, lazy, Route, Router, useLocation } from "preact-iso";
import { AppHeader } from "./components/app-header.tsx";
import { ProblemAlert } from "./components/problem-alert.tsx";
import { t } from "./lib/i18n/index.ts";
import { session } from "./lib/session.ts";

const LoginPage = lazy(() => import("./auth/login-page.tsx"));
const AcceptInvitationPage = lazy(() => import("./organisations/accept-invitation-page.tsx"));
const TeamPage = lazy(() => import("./organisations/team-page.tsx"));
const AdminPage = lazy(() => import("./organisations/admin-page.tsx"));
const RoleHome = lazy(() => import("./role-home.tsx"));
const NotFoundPage = lazy(() => import("./not-found-page.tsx"));

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
        <Content />
      </main>
    </LocationProvider>
  );
}
