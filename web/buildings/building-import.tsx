import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { FileField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { buildingsApi, type BuildingImport as ImportAnswer } from "./buildings-api.ts";

/**
 * The CSV of buildings or of dwellings: sent whole, refused whole with the line and the column to
 * correct (the problem says it), counted when taken. `onImported` reloads the portfolio.
 */
export function BuildingImport({ onImported }: { onImported: () => void }) {
  const { pending, problem, run } = useAction();
  const missingFile = useSignal(false);
  const result = useSignal<ImportAnswer | null>(null);

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    missingFile.value = !(file instanceof File) || file.size === 0;
    result.value = null;
    if (missingFile.value) {
      problem.value = null;
      event.currentTarget.querySelector<HTMLInputElement>("input[type=file]")?.focus();
      return;
    }
    void run(async () => {
      result.value = await buildingsApi.importFile(file as File);
      onImported();
    });
  }

  return (
    <details class="panel">
      <summary>{t("buildings.importTitle")}</summary>
      <p>{t("buildings.importIntro")}</p>
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem.value} shownFields={["file"]} />
        <FileField
          label={t("buildings.importFile")}
          hint={t("buildings.importHint")}
          accept=".csv,text/csv"
          error={missingFile.value ? t("buildings.importMissing") : problem.value?.fieldErrors.file}
        />
        <button type="submit" class="button primary" disabled={pending.value}>
          {pending.value ? t("buildings.importing") : t("buildings.importSend")}
        </button>
      </form>
      <p role="status">
        {result.value &&
          t("buildings.imported", {
            rows: result.value.rowsRead,
            created: result.value.created,
            updated: result.value.updated,
            unchanged: result.value.unchanged,
          })}
      </p>
    </details>
  );
}
