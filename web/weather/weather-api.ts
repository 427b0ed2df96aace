import type { InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const stations = client.api.weather.stations;
const station = stations[":code"];

export type Station = InferResponseType<typeof stations.$get, 200>[number];
export type Coverage = InferResponseType<typeof station.coverage.$get, 200>;
export type ConventionCoverage = Coverage["conventions"][number];
export type Convention = ConventionCoverage["convention"];
export type TemperatureImport = InferResponseType<typeof station.temperatures.$post, 201>;
export type DegreeDayImport = InferResponseType<(typeof station)["degree-days"]["$post"], 201>;

export interface MonthlyTable {
  convention: Convention;
  kind: "measured" | "normal";
  source: string;
}

// The file goes as it is, streamed by the browser from the disk.
const asCsv = (file: File) => ({ init: { body: file }, headers: { "content-type": "text/csv" } });

/** The weather calls of the administrator's screen, one line each. */
export const weatherApi = {
  stations: () => request(stations.$get()),
  coverage: (code: string) => request(station.coverage.$get({ param: { code } })),
  importTemperatures: (code: string, file: File) =>
    request(station.temperatures.$post({ param: { code } }, asCsv(file))),
  importMonthly: (code: string, file: File, { convention, kind, source }: MonthlyTable) =>
    request(
      station["degree-days"].$post(
        { param: { code }, query: { convention, kind, ...(source ? { source } : {}) } },
        asCsv(file),
      ),
    ),
};
