import { signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import {
  type Convention,
  type Coverage,
  type DegreeDayImport,
  type MonthlyTable,
  type Station,
  type TemperatureImport,
  weatherApi,
} from "./weather-api.ts";

export type ImportInput = { code: string; file: File } & (
  | { kind: "temperatures" }
  | { kind: "monthly"; table: MonthlyTable }
);

/** Months a convention lacked before an import and no longer lacks after it. */
export interface Filled {
  convention: Convention;
  months: string[];
}

export type ImportOutcome = { station: Station; filled: Filled[] } & (
  | { kind: "temperatures"; result: TemperatureImport }
  | { kind: "monthly"; table: MonthlyTable; result: DegreeDayImport }
);

export function filledMonths(before: Coverage | undefined, after: Coverage | undefined): Filled[] {
  return (after?.conventions ?? [])
    .map(({ convention, missingMonths }) => {
      const still = new Set(missingMonths);
      const was = before?.conventions.find((c) => c.convention === convention)?.missingMonths ?? [];
      return { convention, months: was.filter((m) => !still.has(m)) };
    })
    .filter((f) => f.months.length > 0);
}

/** The stations, what each holds and the months each still lacks, asked again after every import. */
export function createWeatherState() {
  const stations = signal<Station[] | null>(null);
  const coverage = signal<Record<string, Coverage>>({});
  const problem = signal<ApiError | null>(null);

  async function load(): Promise<void> {
    problem.value = null;
    try {
      const list = await weatherApi.stations();
      const each = await Promise.all(list.map((s) => weatherApi.coverage(s.code)));
      stations.value = list;
      coverage.value = Object.fromEntries(each.map((c) => [c.station.code, c]));
    } catch (error) {
      problem.value = asApiError(error);
    }
  }

  /** Sends the file, then reads the stations again: the answer says which missing months it filled. */
  async function importFile(input: ImportInput): Promise<ImportOutcome> {
    const before = coverage.value[input.code];
    const imported =
      input.kind === "temperatures"
        ? { kind: input.kind, result: await weatherApi.importTemperatures(input.code, input.file) }
        : {
            kind: input.kind,
            table: input.table,
            result: await weatherApi.importMonthly(input.code, input.file, input.table),
          };
    await load();
    const station = stations.value?.find((s) => s.code === input.code) as Station;
    return { ...imported, station, filled: filledMonths(before, coverage.value[input.code]) };
  }

  return { stations, coverage, problem, load, importFile };
}
