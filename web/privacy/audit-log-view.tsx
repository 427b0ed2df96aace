import { useSignal } from "@preact/signals";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatDateTime } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type AuditEntry, privacyApi } from "./privacy-api.ts";

/** An action in words; an action this screen does not know yet is shown as its code, not hidden. */
function actionText(action: string): string {
  const key = `audit.action.${action}` as MessageKey;
  const text = t(key);
  return text === key ? action : text;
}

function actorText(actor: AuditEntry["actor"]): string {
  if (!actor) return t("audit.actorGone");
  return actor.role ? t("audit.actor", { name: actor.name, role: t(`role.${actor.role}`) }) : actor.name;
}

/**
 * "Qui a consulté ou modifié ces données": the household's audit log, newest first, a page at a
 * time. Shown on demand, since reading it is itself a look at the household's file.
 */
export function AuditLogView({ householdId }: { householdId: string }) {
  const entries = useSignal<AuditEntry[] | null>(null);
  const more = useSignal(false);
  const { pending, problem, run } = useAction();
  const PAGE = 100;

  function load(last?: AuditEntry) {
    void run(async () => {
      const page = await privacyApi.auditLog(householdId, last);
      entries.value = [...(last ? (entries.value ?? []) : []), ...page];
      more.value = page.length >= PAGE;
    });
  }

  return (
    <div class="audit-log">
      {entries.value === null && (
        <button
          type="button"
          class="button secondary audit-more"
          disabled={pending.value}
          onClick={() => load()}
        >
          {t("audit.show")}
        </button>
      )}
      <ProblemAlert problem={problem.value} />
      {entries.value?.length === 0 && <p>{t("audit.empty")}</p>}
      {entries.value && entries.value.length > 0 && (
        <ol class="history-list">
          {entries.value.map((entry) => (
            <li key={entry.id} class="audit-entry">
              <p class="history-date">{formatDateTime(entry.at)}</p>
              <p>
                <span class="audit-actor">{actorText(entry.actor)}</span> — {actionText(entry.action)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {more.value && (
        <button
          type="button"
          class="button secondary audit-more"
          disabled={pending.value}
          onClick={() => load(entries.value?.at(-1))}
        >
          {t("audit.older")}
        </button>
      )}
    </div>
  );
}
