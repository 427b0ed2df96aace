import { useSignal } from "@preact/signals";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type Group, groupsApi } from "./groups-api.ts";

/** Start a planned group, or close it for good: afterwards it is a record nobody changes. */
export function GroupStatusActions({ group, onSaved }: { group: Group; onSaved: (g: Group) => void }) {
  const { pending, problem, run } = useAction();
  const confirming = useSignal(false);
  const move = (status: "running" | "closed") =>
    void run(async () => {
      onSaved(await groupsApi.update(group.id, { status }));
      confirming.value = false;
    });
  return (
    <section aria-labelledby="status-title" class="no-print">
      <h2 id="status-title">{t("groups.statusTitle")}</h2>
      <ProblemAlert problem={problem.value} />
      <div class="button-row">
        {group.status === "planned" && (
          <button
            type="button"
            class="button secondary"
            disabled={pending.value}
            onClick={() => move("running")}
          >
            {t("groups.start")}
          </button>
        )}
        {!confirming.value && (
          <button type="button" class="button secondary" onClick={() => (confirming.value = true)}>
            {t("groups.close")}
          </button>
        )}
      </div>
      {confirming.value && (
        <div class="confirm">
          <p>{t("groups.closeConfirm")}</p>
          <div class="button-row">
            <button
              type="button"
              class="button primary"
              disabled={pending.value}
              onClick={() => move("closed")}
            >
              {t("groups.closeYes")}
            </button>
            <button type="button" class="button secondary" onClick={() => (confirming.value = false)}>
              {t("action.cancel")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
