import { and, asc, eq } from "drizzle-orm";
import { addDays, brusselsOffsetMs, type LocalDay } from "../api/consumption/brussels-days.ts";
import type { Ctx } from "../api/http/context.ts";
import { importMeterFile } from "../api/imports/imports.actions.ts";
import { dayClock } from "../api/imports/local-time.ts";
import type { Db } from "../db/client.ts";
import { households, meterImports, meters, readings } from "../db/schema/index.ts";

/** DEMO-04 (day/night meter) has a digital meter: a year of quarter-hours, imported like a real file. */
const HOUSEHOLD_CODE = "DEMO-04";
const DEMO_EAN = "541448820000000048";
const HEADER =
  "Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus";

/**
 * Gives the household's electricity meter an EAN and imports the last twelve months of its
 * quarter-hours through the same code as an uploaded file. The quarter-hours add up, month by
 * month and register by register, to the household's own monthly indexes, so both tell the same
 * story. Day register 07:00–22:00 on weekdays, night register otherwise. Once.
 */
export async function seedDemoSmartMeter(
  db: Db,
  { organisationId, now }: { organisationId: string; now: Date },
) {
  const [meter] = await db
    .select({ id: meters.id, householdId: meters.householdId, userId: households.userId, ean: meters.ean })
    .from(meters)
    .innerJoin(households, eq(households.id, meters.householdId))
    .where(
      and(
        eq(meters.organisationId, organisationId),
        eq(households.code, HOUSEHOLD_CODE),
        eq(meters.kind, "electricity"),
      ),
    );
  if (!meter?.userId) return;
  const [done] = await db
    .select({ id: meterImports.id })
    .from(meterImports)
    .where(eq(meterImports.meterId, meter.id));
  if (done) return;
  if (!meter.ean) await db.update(meters).set({ ean: DEMO_EAN }).where(eq(meters.id, meter.id));
  const indexes = await db
    .select({ register: readings.register, readAt: readings.readAt, value: readings.value })
    .from(readings)
    .where(eq(readings.meterId, meter.id))
    .orderBy(asc(readings.readAt));
  const csv = quarterHourFile(indexes.map((r) => ({ ...r, value: Number(r.value) })).slice(-26));
  if (!csv) return;
  const ctx: Ctx = {
    db,
    orgId: organisationId,
    now,
    actor: {
      userId: meter.userId,
      sessionTokenHash: "",
      isPlatformAdmin: false,
      language: "fr",
      activeOrganisationId: organisationId,
      role: "household",
      householdId: meter.householdId,
    },
  };
  const body = (async function* () {
    yield Buffer.from(csv);
  })();
  await importMeterFile({ ctx, meterId: meter.id, body });
}

type Index = { register: string; readAt: Date; value: number };

/** Lines for every quarter-hour between consecutive monthly indexes of the day and night registers. */
function quarterHourFile(indexes: Index[]): string | null {
  const series = (register: string) => indexes.filter((r) => r.register === register);
  const day = series("day");
  const night = series("night");
  if (day.length < 2 || day.length !== night.length) return null;
  const lines = [HEADER];
  for (let m = 1; m < day.length; m++) {
    const from = day[m - 1] as Index;
    const to = day[m] as Index;
    const slots = monthSlots(from.readAt.getTime(), to.readAt.getTime());
    const volumes = {
      day: spread(to.value - from.value, slots, (s) => s.isDay),
      night: spread((night[m] as Index).value - (night[m - 1] as Index).value, slots, (s) => !s.isDay),
    };
    slots.forEach((s, i) => {
      for (const [register, label] of [
        ["day", "Afname Dag"],
        ["night", "Afname Nacht"],
      ] as const) {
        const volume = volumes[register][i] as number;
        lines.push(
          `${s.from};${s.to};="${DEMO_EAN}";1SAG1100000048;Digitale Meter;${label};${volume.toFixed(3).replace(".", ",")};kWh;Gevalideerd`,
        );
      }
    });
  }
  return `${lines.join("\r\n")}\r\n`;
}

interface Slot {
  from: string;
  to: string;
  isDay: boolean;
  weight: number;
}

/** Quarter-hours from one instant to another, with Brussels wall times and a household's daily rhythm. */
function monthSlots(fromMs: number, toMs: number): Slot[] {
  const slots: Slot[] = [];
  let day: LocalDay = new Date(fromMs + brusselsOffsetMs(new Date(fromMs))).toISOString().slice(0, 10);
  for (let clock = dayClock(day); clock.startMs < toMs; day = addDays(day, 1), clock = dayClock(day)) {
    const offset = brusselsOffsetMs(new Date(clock.startMs));
    const wall = (ms: number) => {
      const local = new Date(
        ms + offset + (clock.shiftAtMs !== null && ms >= clock.shiftAtMs ? clock.shiftMs : 0),
      );
      const iso = local.toISOString();
      return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)};${iso.slice(11, 19)}`;
    };
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    for (let at = clock.startMs; at < clock.startMs + clock.lengthMs; at += 900_000) {
      const hour = Number(wall(at).slice(11, 13));
      const isDay = weekday > 0 && weekday < 6 && hour >= 7 && hour < 22;
      const weight = 0.5 + (hour >= 17 && hour < 22 ? 1.5 : 0) + (hour >= 7 && hour < 9 ? 0.7 : 0);
      slots.push({ from: wall(at), to: wall(at + 900_000), isDay, weight });
    }
  }
  return slots;
}

/** `total` kWh over the chosen slots by weight, in thousandths; the largest slot takes the rounding. */
function spread(total: number, slots: Slot[], active: (s: Slot) => boolean): number[] {
  const weights = slots.map((s) => (active(s) ? s.weight : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => (sum > 0 ? Math.round((total * w * 1000) / sum) : 0));
  const largest = weights.indexOf(Math.max(...weights));
  out[largest] = Math.max(0, (out[largest] ?? 0) + Math.round(total * 1000) - out.reduce((a, b) => a + b, 0));
  return out.map((v) => v / 1000);
}
