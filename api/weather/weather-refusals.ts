/**
 * Why a weather file is refused, with the 1-based line of the file and the column at fault. Pure
 * code throws `WeatherFileRefused`; the action turns it into problem+json. A refused file writes nothing.
 */
export type WeatherRowReason =
  | "weather.reason.columns"
  | "weather.reason.day"
  | "weather.reason.month"
  | "weather.reason.month_of_year"
  | "weather.reason.temperature"
  | "weather.reason.temperature_range"
  | "weather.reason.degree_days"
  | "weather.reason.duplicate"
  | "weather.reason.several_stations"
  | "weather.reason.syntax"
  | "weather.reason.no_data";

export type WeatherRefusal =
  | { code: "weather.bad_row"; line: number; field: string; reason: WeatherRowReason; value: string }
  | { code: "weather.unknown_temperature_format" | "weather.unknown_degree_day_format"; line: number };

export class WeatherFileRefused extends Error {
  constructor(readonly refusal: WeatherRefusal) {
    super(refusal.code);
  }
}

export function badWeatherRow(line: number, field: string, reason: WeatherRowReason, value = ""): never {
  throw new WeatherFileRefused({ code: "weather.bad_row", line, field, reason, value });
}
