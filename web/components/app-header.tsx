import { useLocation } from "preact-iso";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { OrganisationSwitcher } from "./organisation-switcher.tsx";
import { ProblemAlert } from "./problem-alert.tsx";

interface NavLink {
  href: string;
  label: MessageKey;
}

/** Pages beyond the home, by what the person may do. */
function navLinks(): NavLink[] {
  const me = session.me.value;
  if (!me) return [];
  const links: NavLink[] = [];
  const role = session.role.value;
  if (role === "coordinator" || role === "adviser" || role === "viewer")
    links.push({ href: "/groupes", label: "nav.groups" });
  if (session.housingCompany.value && ["coordinator", "housing_manager", "viewer"].includes(role ?? ""))
    links.push({ href: "/batiments", label: "nav.buildings" });
  if (role === "coordinator")
    links.push({ href: "/team", label: "nav.team" }, { href: "/parametres", label: "nav.settings" });
  if (me.user.isPlatformAdmin) links.push({ href: "/admin", label: "nav.admin" });
  return links.length ? [{ href: "/", label: "nav.home" }, ...links] : [];
}

export function AppHeader() {
  const me = session.me.value;
  const { path, route } = useLocation();
  const { pending, problem, run } = useAction();
  const links = navLinks();

  function signOut() {
    void run(async () => {
      await session.signOut();
      route("/login");
    });
  }

  return (
    <header class="app-header">
      <div class="header-row">
        <a class="brand" href="/">
          {t("app.name")}
        </a>
        {me && (
          <button type="button" class="header-button" onClick={signOut} disabled={pending.value}>
            {t("action.signOut")}
          </button>
        )}
      </div>
      {me && (me.activeOrganisation || me.memberships.length > 1) && (
        <div class="header-row">
          <OrganisationSwitcher me={me} />
          {me.activeOrganisation && <p class="role-name">{t(`role.${me.activeOrganisation.role}`)}</p>}
        </div>
      )}
      {links.length > 0 && (
        <nav aria-label={t("nav.label")}>
          <ul class="nav-links">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={path === link.href ? "page" : undefined}>
                  {t(link.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <LanguageSwitch />
      <ProblemAlert problem={problem.value} />
    </header>
  );
}
