import { useLocation } from "preact-iso";
import { Page } from "../components/page.tsx";
import { t } from "../lib/i18n/index.ts";
import { HouseholdLoginForm } from "./household-login-form.tsx";
import { StaffLoginForm } from "./staff-login-form.tsx";

function HomeIcon() {
  return (
    <svg class="choice-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M3 11.5 12 4l9 7.5M5.5 10v10h13V10M10 20v-6h4v6" />
    </svg>
  );
}

function BriefcaseIcon() {
  return (
    <svg class="choice-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M3 8h18v12H3zM8.5 8V5h7v3M3 13h18" />
    </svg>
  );
}

/**
 * Two doors, one per kind of person: a household (code + PIN from its adviser) or a professional
 * (e-mail + password). The choice lives in the address, so the phone's back button returns to it.
 */
export default function LoginPage() {
  const { query } = useLocation();
  if (query.as === "household")
    return (
      <Page title={t("login.household.title")}>
        <HouseholdLoginForm />
        <p>
          <a class="back-link" href="/login">
            {t("login.back")}
          </a>
        </p>
      </Page>
    );
  if (query.as === "staff")
    return (
      <Page title={t("login.staff.title")}>
        <StaffLoginForm />
        <p>
          <a class="back-link" href="/login">
            {t("login.back")}
          </a>
        </p>
        <p>
          <a href="/invitation">{t("login.invitation")}</a>
        </p>
      </Page>
    );
  return (
    <Page title={t("login.title")} heading={t("login.welcome")}>
      <p class="lead">{t("login.intro")}</p>
      <ul class="choices">
        <li>
          <a class="choice" href="/login?as=household">
            <HomeIcon />
            <span class="choice-text">
              <span class="choice-title">{t("login.choice.household")}</span>
              <span class="choice-hint">{t("login.choice.householdHint")}</span>
            </span>
          </a>
        </li>
        <li>
          <a class="choice" href="/login?as=staff">
            <BriefcaseIcon />
            <span class="choice-text">
              <span class="choice-title">{t("login.choice.staff")}</span>
              <span class="choice-hint">{t("login.choice.staffHint")}</span>
            </span>
          </a>
        </li>
      </ul>
    </Page>
  );
}
