import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { weatherChanged } from "../buildings/index.ts";
import type { AppEnv } from "../http/context.ts";
import { AppError, BadRequest } from "../http/errors.ts";
import { actorOf, defineRoute, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { stationCoverage } from "./coverage.ts";
import { degreeDaySeries } from "./degree-day-series.ts";
import {
  importMonthlyDegreeDays,
  importTemperatures,
  listStations,
  type WeatherCtx,
} from "./weather.actions.ts";
import {
  CoverageSchema,
  DegreeDayImportSchema,
  DegreeDayQuery,
  DegreeDaySeriesSchema,
  ImportQuery,
  MAX_WEATHER_BYTES,
  StationParam,
  StationSchema,
  TemperatureImportSchema,
  WEATHER_FILE_BODY,
} from "./weather.schemas.ts";

/** The weather files' routes take larger bodies than the app's default limit. */
export const WEATHER_UPLOAD_PATH = /^\/api\/weather\/stations\/[^/]+\/(temperatures|degree-days)$/;

const tags = ["weather"];

const stations = defineRoute("signed_in", {
  method: "get",
  path: "/api/weather/stations",
  tags,
  summary: "Weather stations and the series each holds",
  responses: { 200: jsonResponse("Stations", z.array(StationSchema)), ...problems(401) },
});

const temperatures = defineRoute("platform_admin", {
  method: "post",
  path: "/api/weather/stations/{code}/temperatures",
  tags,
  summary:
    "Import daily mean temperatures (RMI open-data aws_1day CSV, or date;tmean_c) and compute both degree-day conventions",
  request: { params: StationParam, body: WEATHER_FILE_BODY },
  responses: {
    201: jsonResponse("Imported", TemperatureImportSchema),
    200: jsonResponse("Already there: nothing changed", TemperatureImportSchema),
    ...problems(400, 401, 403, 404, 413, 422),
  },
});

const importDegreeDays = defineRoute("platform_admin", {
  method: "post",
  path: "/api/weather/stations/{code}/degree-days",
  tags,
  summary: "Import a published monthly degree-day table (month;degree_days)",
  request: { params: StationParam, query: ImportQuery, body: WEATHER_FILE_BODY },
  responses: {
    201: jsonResponse("Imported", DegreeDayImportSchema),
    200: jsonResponse("Already there: nothing changed", DegreeDayImportSchema),
    ...problems(400, 401, 403, 404, 413, 422),
  },
});

const series = defineRoute("signed_in", {
  method: "get",
  path: "/api/weather/stations/{code}/degree-days",
  tags,
  summary: "A station's degree-days by day or month, with the months still missing",
  request: { params: StationParam, query: DegreeDayQuery },
  responses: { 200: jsonResponse("Degree-days", DegreeDaySeriesSchema), ...problems(400, 401, 404) },
});

const coverage = defineRoute("signed_in", {
  method: "get",
  path: "/api/weather/stations/{code}/coverage",
  tags,
  summary:
    "The months each convention's measured degree-days still lack, from the first stored month to last month",
  request: { params: StationParam },
  responses: { 200: jsonResponse("Coverage", CoverageSchema), ...problems(401, 404) },
});

/** Weather is platform data: no organisation needed, so platform administrators outside one may call. */
function weatherCtxOf(c: Context<AppEnv>): WeatherCtx {
  return { db: c.get("db"), actor: actorOf(c), now: c.get("now") };
}

/** The file: the raw body, or the multipart field `file`. */
async function fileText(c: Context<AppEnv>): Promise<string> {
  if (!c.req.header("content-type")?.toLowerCase().startsWith("multipart/form-data")) return c.req.text();
  const file = (await c.req.parseBody()).file;
  if (!(file instanceof File))
    throw new BadRequest("request.invalid", [
      { field: "file", code: "required", message: "validation.required" },
    ]);
  return file.text();
}

const limit = bodyLimit({
  maxSize: MAX_WEATHER_BYTES,
  onError: () => {
    throw new AppError(413, "weather.too_large", { megabytes: MAX_WEATHER_BYTES / 1024 / 1024 });
  },
});

const router = moduleRouter();
router.use("/api/weather/stations/:code/*", (c, next) => (c.req.method === "POST" ? limit(c, next) : next()));

export const weatherRoutes = router
  .openapi(stations, async (c) => c.json(await listStations({ ctx: weatherCtxOf(c) }), 200))
  .openapi(temperatures, async (c) => {
    const { code } = c.req.valid("param");
    const { created, result } = await importTemperatures({
      ctx: weatherCtxOf(c),
      code,
      text: await fileText(c),
      afterChange: (tx) => weatherChanged(tx, code),
    });
    return created ? c.json(result, 201) : c.json(result, 200);
  })
  .openapi(importDegreeDays, async (c) => {
    const { code } = c.req.valid("param");
    const { created, result } = await importMonthlyDegreeDays({
      ctx: weatherCtxOf(c),
      code,
      ...c.req.valid("query"),
      text: await fileText(c),
      afterChange: (tx) => weatherChanged(tx, code),
    });
    return created ? c.json(result, 201) : c.json(result, 200);
  })
  .openapi(series, async (c) =>
    c.json(
      await degreeDaySeries({
        ctx: weatherCtxOf(c),
        code: c.req.valid("param").code,
        query: c.req.valid("query"),
      }),
      200,
    ),
  )
  .openapi(coverage, async (c) =>
    c.json(await stationCoverage({ ctx: weatherCtxOf(c), code: c.req.valid("param").code }), 200),
  );
