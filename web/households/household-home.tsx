import "../lib/i18n/fr-household.ts";
import { useLocation } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";
import { MyDataSection } from "../privacy/my-data-section.tsx";
import { MySharingSection } from "../privacy/my-sharing-section.tsx";
import { BuildingDoor } from "../tenant/building-door.tsx";
import { MyPinSection } from "./my-pin-section.tsx";

/** A household's home: plain words on what the app will do for them, their code, and a way out. */
export default function HouseholdHome() {
  const me = session.me.value;
  const { route } = useLocation();
  const household = me?.household ?? null;
  const signOut = useAction();
  const name = household?.pseudonym ?? me?.user.displayName ?? "";
  const housingCompany = session.housingCompany.value;
  return (
    <Page title={t("householdHome.title")} heading={t("householdHome.hello", { name })}>
      <ProblemAlert problem={signOut.problem.value} />
      <p class="lead">{t("householdHome.intro")}</p>
      {/* A housing company's tenant comes first of all for its building (the door shows only then). */}
      {me?.householdId && <BuildingDoor />}
      <a class="big-door" href="/compteurs">
        <svg class="choice-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18zM12 12l4-4M7 12h1M12 7v1M16 12h1" />
        </svg>
        <span class="choice-text">
          <span class="choice-title">{t("householdHome.meters")}</span>
          <span class="choice-hint">{t("householdHome.metersHint")}</span>
        </span>
      </a>
      <a class="big-door" href="/consommation">
        <svg class="choice-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 20h16M6 20v-7M10 20V8M14 20v-9M18 20V5" />
        </svg>
        <span class="choice-text">
          <span class="choice-title">{t("householdHome.consumption")}</span>
          <span class="choice-hint">{t("householdHome.consumptionHint")}</span>
        </span>
      </a>
      <a class="big-door" href="/economies">
        <svg class="choice-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 21c-4-3-7-6.5-7-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 7 3.5c0 4-3 7.5-7 10.5zM9.5 12.5l2 2 3.5-4" />
        </svg>
        <span class="choice-text">
          <span class="choice-title">{t("householdHome.savings")}</span>
          <span class="choice-hint">{t("householdHome.savingsHint")}</span>
        </span>
      </a>
      <a class="big-door" href="/mon-groupe">
        <svg class="choice-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6M12.5 15.2A6 6 0 0 1 22 20" />
        </svg>
        <span class="choice-text">
          <span class="choice-title">{t("myGroup.door")}</span>
          <span class="choice-hint">{t("myGroup.doorHint")}</span>
        </span>
      </a>
      <p>{t(housingCompany ? "householdHome.housingCompany" : "householdHome.adviser")}</p>
      {household && (
        <div class="code-box">
          <p>{t("householdHome.yourCode")}</p>
          <p class="secret">{household.code}</p>
          <p class="muted">{t("householdHome.keepPin")}</p>
        </div>
      )}
      {household && <MyPinSection ownPinSince={household.ownPinSince} />}
      {me?.householdId && <MySharingSection householdId={me.householdId} housingCompany={housingCompany} />}
      {me?.householdId && <MyDataSection householdId={me.householdId} housingCompany={housingCompany} />}
      <button
        type="button"
        class="button primary big"
        disabled={signOut.pending.value}
        onClick={() =>
          void signOut.run(async () => {
            await session.signOut();
            route("/login");
          })
        }
      >
        {t("action.signOut")}
      </button>
    </Page>
  );
}
