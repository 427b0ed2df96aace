import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { Field, FileField, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { type GenericMapping, type ImportResult, importsApi } from "./imports-api.ts";

/** The generic file's columns, when both are given; an operator's file needs none. */
function mappingOf(form: FormData): GenericMapping | null {
  const timestampColumn = String(form.get("timestampColumn") ?? "").trim();
  const valueColumn = String(form.get("valueColumn") ?? "").trim();
  if (!timestampColumn || !valueColumn) return null;
  return { timestampColumn, valueColumn, unit: form.get("unit") === "m3" ? "m3" : "kwh" };
}

/**
 * Pick a file, send it, hand the answer up (null while a new file is on its way, so an old answer
 * never sits beside a new refusal); a refusal, with its line, stays above the form.
 */
export function ImportForm({
  meterId,
  onResult,
}: {
  meterId: string;
  onResult: (r: ImportResult | null) => void;
}) {
  const { pending, problem, run } = useAction();
  const missingFile = useSignal(false);
  const errors = problem.value?.fieldErrors ?? {};

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    missingFile.value = !(file instanceof File) || file.size === 0;
    if (missingFile.value) {
      problem.value = null;
      event.currentTarget.querySelector<HTMLInputElement>("input[type=file]")?.focus();
      return;
    }
    onResult(null);
    void run(async () => onResult(await importsApi.upload(meterId, file as File, mappingOf(form))));
  }

  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert
        problem={problem.value}
        shownFields={["file", "timestampColumn", "valueColumn", "unit"]}
      />
      <FileField
        label={t("import.file")}
        hint={t("import.fileHint")}
        accept=".csv,text/csv"
        error={missingFile.value ? t("import.fileMissing") : errors.file}
      />
      <details class="panel">
        <summary>{t("import.genericTitle")}</summary>
        <p>{t("import.genericIntro")}</p>
        <Field
          name="timestampColumn"
          label={t("import.timestampColumn")}
          hint={t("import.timestampColumnHint")}
          error={errors.timestampColumn}
          autocomplete="off"
        />
        <Field
          name="valueColumn"
          label={t("import.valueColumn")}
          hint={t("import.valueColumnHint")}
          error={errors.valueColumn}
          autocomplete="off"
        />
        <SelectField
          name="unit"
          label={t("import.unit")}
          error={errors.unit}
          defaultValue="kwh"
          options={[
            { value: "kwh", label: t("unit.kwh") },
            { value: "m3", label: t("unit.m3") },
          ]}
        />
      </details>
      <button type="submit" class="button primary" disabled={pending.value}>
        {pending.value ? t("import.sending") : t("import.send")}
      </button>
    </form>
  );
}
