import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { Field, FileField, SelectField } from "../components/field.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import type { Convention, MonthlyTable, Station } from "./weather-api.ts";
import { WeatherProblem } from "./weather-problem.tsx";
import type { ImportInput, ImportOutcome } from "./weather-state.ts";
import { stationText } from "./weather-words.ts";

type FileKind = ImportInput["kind"];
const CONVENTIONS: readonly Convention[] = ["equiv16_5", "dj15_15"];

function MonthlyFields() {
  return (
    <>
      <SelectField
        name="convention"
        label={t("weather.importConvention")}
        defaultValue="equiv16_5"
        options={CONVENTIONS.map((c) => ({ value: c, label: t(`weather.convention.${c}`) }))}
      />
      <SelectField
        name="series"
        label={t("weather.importSeries")}
        defaultValue="measured"
        options={[
          { value: "measured", label: t("weather.series.measured") },
          { value: "normal", label: t("weather.series.normal") },
        ]}
      />
      <Field
        name="source"
        label={t("weather.importSource")}
        hint={t("weather.importSourceHint")}
        autocomplete="off"
      />
    </>
  );
}

function monthlyTable(form: FormData): MonthlyTable {
  return {
    convention: form.get("convention") === "dj15_15" ? "dj15_15" : "equiv16_5",
    kind: form.get("series") === "normal" ? "normal" : "measured",
    source: String(form.get("source") ?? "").trim(),
  };
}

/**
 * Choose the station and the kind of file, pick it, send it. The answer goes up (null while a new
 * file is on its way); a refusal, with its line, stays above the form.
 */
export function WeatherImportForm({
  stations,
  send,
  onResult,
}: {
  stations: readonly Station[];
  send: (input: ImportInput) => Promise<ImportOutcome>;
  onResult: (outcome: ImportOutcome | null) => void;
}) {
  const { pending, problem, run } = useAction();
  const kind = useSignal<FileKind>("temperatures");
  const missingFile = useSignal(false);
  // Real measurements go to a real station; the demo's normals rarely change.
  const firstStation = stations.find((s) => !s.label) ?? stations[0];

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
    const base = { code: String(form.get("station")), file: file as File };
    const input: ImportInput =
      kind.value === "temperatures"
        ? { ...base, kind: "temperatures" }
        : { ...base, kind: "monthly", table: monthlyTable(form) };
    onResult(null);
    void run(async () => onResult(await send(input)));
  }

  return (
    <form onSubmit={submit} noValidate>
      <WeatherProblem problem={problem.value} />
      <SelectField
        name="station"
        label={t("weather.importStation")}
        defaultValue={firstStation?.code}
        options={stations.map((s) => ({ value: s.code, label: stationText(s) }))}
      />
      <SelectField
        name="kind"
        label={t("weather.importKind")}
        hint={kind.value === "temperatures" ? t("weather.temperaturesHint") : t("weather.monthlyHint")}
        value={kind.value}
        onChange={(event) => {
          kind.value = event.currentTarget.value as FileKind;
        }}
        options={[
          { value: "temperatures", label: t("weather.kind.temperatures") },
          { value: "monthly", label: t("weather.kind.monthly") },
        ]}
      />
      {kind.value === "monthly" && <MonthlyFields />}
      <FileField
        label={t("weather.file")}
        hint={t("weather.fileHint")}
        accept=".csv,.txt,text/csv"
        error={missingFile.value ? t("weather.fileMissing") : undefined}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {pending.value ? t("weather.sending") : t("weather.send")}
      </button>
    </form>
  );
}
