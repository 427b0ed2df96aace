import { addDays, brusselsOffsetMs } from "../../api/consumption/brussels-days.ts";
import { dayClock } from "../../api/imports/local-time.ts";
import { DUTCH_HEADER } from "../factories/imports.ts";

export interface QuarterHourYear {
  csv: Buffer;
  /** The same values, one row per reading (register, instant, kWh), for the raw COPY baseline. */
  readings: Array<{ register: "day" | "night"; at: number; kwh: number }>;
}

/**
 * A year of quarter-hours for a day/night meter as the Dutch export writes it: both registers every
 * quarter-hour (the idle one at 0), 35,040 × 2 lines in an ordinary year. Values are deterministic.
 */
export function quarterHourYear(year: number): QuarterHourYear {
  const lines = [DUTCH_HEADER];
  const readings: QuarterHourYear["readings"] = [];
  let state = year * 7919;
  for (let day = `${year}-01-01`; day < `${year + 1}-01-01`; day = addDays(day, 1)) {
    const clock = dayClock(day);
    const offset = brusselsOffsetMs(new Date(clock.startMs));
    const wall = (ms: number) => {
      const shifted = clock.shiftAtMs !== null && ms >= clock.shiftAtMs ? clock.shiftMs : 0;
      const iso = new Date(ms + offset + shifted).toISOString();
      return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)};${iso.slice(11, 19)}`;
    };
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    for (let at = clock.startMs; at < clock.startMs + clock.lengthMs; at += 900_000) {
      const from = wall(at);
      const hour = Number(from.slice(11, 13));
      const isDay = weekday > 0 && weekday < 6 && hour >= 7 && hour < 22;
      state = (state * 1103515245 + 12345) % 2147483648;
      const thousandths = 20 + Math.floor((state / 2147483648) * 180);
      for (const register of ["day", "night"] as const) {
        const kwh = (register === "day") === isDay ? thousandths / 1000 : 0;
        const label = register === "day" ? "Afname Dag" : "Afname Nacht";
        const volume = kwh.toFixed(3).replace(".", ",");
        lines.push(
          `${from};${wall(at + 900_000)};;1SAG1100000001;Digitale Meter;${label};${volume};kWh;Gevalideerd`,
        );
        readings.push({ register, at, kwh });
      }
    }
  }
  return { csv: Buffer.from(`${lines.join("\r\n")}\r\n`), readings };
}

/** The file as the body of an upload, in 64 KB chunks like a network stream. */
export async function* chunks(csv: Buffer) {
  for (let i = 0; i < csv.length; i += 65_536) yield csv.subarray(i, i + 65_536);
}
