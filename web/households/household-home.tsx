import { useLocation } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";

/** A household's home: plain words on what the app will do for them, their code, and a way out. */
export default function HouseholdHome() {
  const me = session.me.value;
  const { route } = useLocation();
  const household = me?.household ?? null;
  const signOut = useAction();
  const name = household?.pseudonym ?? me?.user.displayName ?? "";
  return (
    <Page title={t("householdHome.title")} heading={t("householdHome.hello", { name })}>
      <ProblemAlert problem={signOut.problem.value} />
      <p class="lead">{t("householdHome.intro")}</p>
      <h2>{t("householdHome.soonTitle")}</h2>
      <ul class="soon-list">
        <li>{t("householdHome.soonReadings")}</li>
        <li>{t("householdHome.soonConsumption")}</li>
        <li>{t("householdHome.soonSavings")}</li>
      </ul>
      <p>{t("householdHome.adviser")}</p>
      {household && (
        <div class="code-box">
          <p>{t("householdHome.yourCode")}</p>
          <p class="secret">{household.code}</p>
          <p class="muted">{t("householdHome.keepPin")}</p>
        </div>
      )}
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
