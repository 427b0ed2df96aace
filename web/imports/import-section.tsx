import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDateTime, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { Meter } from "../meters/meters-api.ts";
import { ImportForm } from "./import-form.tsx";
import { ImportResultView } from "./import-result.tsx";
import { formatName, registersText, spanText } from "./import-words.ts";
import { type ImportResult, importsApi, type PastImport } from "./imports-api.ts";

/** The kinds a distribution operator's portal exports quarter-hours for. */
const IMPORTABLE = ["electricity", "gas", "water", "heat"];

function PastImports({ imports }: { imports: readonly PastImport[] }) {
  if (imports.length === 0) return <p>{t("import.noneYet")}</p>;
  return (
    <ul class="history-list">
      {imports.map((item) => (
        <li key={item.id} class="past-import">
          <p class="history-date">{t("import.pastOn", { date: formatDateTime(item.importedAt) })}</p>
          <p>{spanText(item.from, item.to)}</p>
          <p>
            {t("import.pastRows", {
              read: formatNumber(item.rowsRead, { maxDecimals: 0 }),
              imported: formatNumber(item.rowsImported, { maxDecimals: 0 }),
            })}{" "}
            {registersText(item.registers)} · {formatName(item.format)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Importer un fichier de compteur intelligent" on a household's file: choose the meter, send the
 * CSV downloaded from the distribution operator's portal, read what was imported, and the meter's
 * past imports.
 */
export function ImportSection({
  meters,
  onImported,
}: {
  meters: readonly Meter[];
  /** New data was written: figures computed from it are out of date. */
  onImported?: () => void;
}) {
  const importable = meters.filter((m) => !m.closedAt && IMPORTABLE.includes(m.kind));
  const meterId = useSignal(importable[0]?.id ?? "");
  const result = useSignal<ImportResult | null>(null);
  const past = useSignal<PastImport[] | null>(null);
  const pastProblem = useSignal<ApiError | null>(null);

  async function loadPast(id: string) {
    pastProblem.value = null;
    try {
      past.value = await importsApi.list(id);
    } catch (error) {
      pastProblem.value = asApiError(error);
    }
  }

  useEffect(() => {
    result.value = null;
    past.value = null;
    if (meterId.value) void loadPast(meterId.value);
  }, [meterId.value]);

  if (importable.length === 0) return null;
  const chosen = importable.find((m) => m.id === meterId.value);
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t("import.title")}</h2>
      <p>{t("import.intro")}</p>
      <SelectField
        name="meter"
        label={t("import.meter")}
        hint={chosen?.ean ? t("import.meterEan", { ean: chosen.ean }) : t("import.meterNoEan")}
        defaultValue={meterId.value}
        options={importable.map((m) => ({ value: m.id, label: m.name }))}
        onChange={(event) => (meterId.value = event.currentTarget.value)}
      />
      <ImportForm
        key={meterId.value}
        meterId={meterId.value}
        onResult={(imported) => {
          result.value = imported;
          if (imported) void loadPast(meterId.value);
          if (imported && imported.rowsImported > 0) onImported?.();
        }}
      />
      {result.value && <ImportResultView result={result.value} />}
      <h3>{t("import.past")}</h3>
      <ProblemAlert problem={pastProblem.value} />
      {past.value === null && !pastProblem.value && <p role="status">{t("status.loading")}</p>}
      {past.value && <PastImports imports={past.value} />}
    </section>
  );
}
