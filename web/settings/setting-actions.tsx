import { useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";

/**
 * "Modifier" and "Supprimer" under a settings card. Deleting changes past costs, so it asks once
 * more, naming what goes.
 */
export function SettingActions({
  what,
  onEdit,
  onDelete,
  children,
}: {
  /** The row in words, for the buttons' accessible names and the question ("le tarif Gaz 2024"). */
  what: string;
  onEdit: () => void;
  onDelete: () => Promise<void>;
  /** More buttons (e.g. "Clôturer"), between the two. */
  children?: ComponentChildren;
}) {
  const confirming = useSignal(false);
  const { pending, problem, run } = useAction();
  return (
    <>
      {!confirming.value && (
        <div class="button-row">
          <button type="button" class="button secondary" onClick={onEdit}>
            {t("settings.edit")}
            <span class="visually-hidden"> : {what}</span>
          </button>
          {children}
          <button type="button" class="button secondary danger" onClick={() => (confirming.value = true)}>
            {t("settings.delete")}
            <span class="visually-hidden"> : {what}</span>
          </button>
        </div>
      )}
      {confirming.value && (
        <div class="confirm">
          <p>{t("settings.deleteConfirm", { what })}</p>
          <div class="button-row">
            <button
              type="button"
              class="button primary danger"
              disabled={pending.value}
              onClick={() => void run(onDelete)}
            >
              {t("settings.deleteYes")}
            </button>
            <button type="button" class="button secondary" onClick={() => (confirming.value = false)}>
              {t("action.cancel")}
            </button>
          </div>
        </div>
      )}
      <ProblemAlert problem={problem.value} />
    </>
  );
}
