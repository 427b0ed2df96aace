import { conversionSettingsChanged } from "../buildings/index.ts";
import type { Ctx } from "../http/context.ts";
import { Validation } from "../http/errors.ts";
import { findWeatherStationCode, setWeatherStationCode } from "../organisations/index.ts";
import { findStation } from "../weather/index.ts";
import { audited } from "./settings-writes.ts";

/** The weather station whose degree-days the organisation's savings use (`uccle` unless changed). */
export async function getWeatherStation({ ctx }: { ctx: Ctx }) {
  const code = (await findWeatherStationCode(ctx.db, ctx.orgId)) ?? "uccle";
  return (await findStation(ctx.db, code)) ?? { code, name: code, label: null };
}

/** The coordinator chooses another station among those the platform holds; the change is audited. */
export async function setWeatherStation({ ctx, stationCode }: { ctx: Ctx; stationCode: string }) {
  const station = await findStation(ctx.db, stationCode);
  if (!station)
    throw new Validation("weather.station_not_found", [
      { field: "stationCode", code: "unknown", message: "weather.station_not_found" },
    ]);
  await audited(
    ctx,
    "settings.weather_station_changed",
    async (tx) => {
      await setWeatherStationCode(tx, ctx.orgId, station.code);
      // Buildings' kWh per degree-day follow the station.
      await conversionSettingsChanged(tx, ctx.orgId);
    },
    { details: { stationCode: station.code } },
  );
  return station;
}
