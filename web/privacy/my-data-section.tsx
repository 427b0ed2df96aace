import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { privacyApi } from "./privacy-api.ts";

/** "Mes données" on a household's home: a copy of everything the app holds about it, to keep. */
export function MyDataSection({
  householdId,
  housingCompany,
}: {
  householdId: string;
  /** A housing company's tenant asks its company, not a CPAS adviser. */
  housingCompany: boolean;
}) {
  const { pending, problem, run } = useAction();
  return (
    <section aria-labelledby="my-data-title" class="my-data">
      <h2 id="my-data-title">{t("myData.title")}</h2>
      <p>{t("myData.intro")}</p>
      <ProblemAlert problem={problem.value} />
      <div class="button-column">
        <button
          type="button"
          class="button secondary"
          disabled={pending.value}
          onClick={() => void run(() => privacyApi.downloadData(householdId, "csv"))}
        >
          {t("myData.csv")}
        </button>
        <button
          type="button"
          class="button secondary"
          disabled={pending.value}
          onClick={() => void run(() => privacyApi.downloadData(householdId, "json"))}
        >
          {t("myData.json")}
        </button>
      </div>
      <p class="muted">{t(housingCompany ? "myData.eraseCompany" : "myData.erase")}</p>
    </section>
  );
}
