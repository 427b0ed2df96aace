import { sql } from "drizzle-orm";
import { check, date, numeric, pgEnum, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Platform reference data, shared by every organisation (a Citus reference table): weather stations,
 * their daily mean temperatures and their degree-day series. Nothing here is invented: a day or a
 * month without data has no row.
 */

/** `dj15_15`: Σ max(0, 15 − Tmean); `equiv16_5`: the gas sector's equivalent degree-days 16.5/16.5. */
export const degreeDayConvention = pgEnum("degree_day_convention", ["dj15_15", "equiv16_5"]);
/** `measured`: a calendar month; `normal`: a month of the year over a 30-year period (e.g. 1991–2020). */
export const degreeDayKind = pgEnum("degree_day_kind", ["measured", "normal"]);

export const weatherStations = pgTable("weather_stations", {
  /** `uccle` (the default of every organisation), `demo`… */
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  /** Shown with the station's data wherever it appears, e.g. "normales (démo)"; null when none. */
  label: text("label"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

const station = () =>
  text("station_code")
    .notNull()
    .references(() => weatherStations.code, { onDelete: "cascade" });

/** One daily mean outdoor temperature (°C, rounded to 0.01) per station and day. */
export const dailyTemperatures = pgTable(
  "daily_temperatures",
  {
    stationCode: station(),
    day: date("day").notNull(),
    tmeanC: numeric("tmean_c", { precision: 5, scale: 2 }).notNull(),
    /** Where the value comes from, e.g. "IRM/KMI open data aws_1day". */
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.stationCode, t.day] })],
);

/** Degree-days of one day, computed from the daily temperatures (never imported). */
export const degreeDaysDaily = pgTable(
  "degree_days_daily",
  {
    stationCode: station(),
    convention: degreeDayConvention("convention").notNull(),
    day: date("day").notNull(),
    degreeDays: numeric("degree_days", { precision: 7, scale: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.stationCode, t.convention, t.day] })],
);

/**
 * Published monthly degree-days (e.g. Synergrid's tables). `month` is `YYYY-MM` for a measured month
 * and `MM` (01–12) for a normal, whose period the source names.
 */
export const degreeDaysMonthly = pgTable(
  "degree_days_monthly",
  {
    stationCode: station(),
    convention: degreeDayConvention("convention").notNull(),
    kind: degreeDayKind("kind").notNull(),
    month: text("month").notNull(),
    degreeDays: numeric("degree_days", { precision: 8, scale: 3 }).notNull(),
    source: text("source").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.stationCode, t.convention, t.kind, t.month] }),
    check(
      "degree_days_monthly_month_check",
      sql`(${t.kind} = 'measured' and ${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$') or (${t.kind} = 'normal' and ${t.month} ~ '^(0[1-9]|1[0-2])$')`,
    ),
    check("degree_days_monthly_value_check", sql`${t.degreeDays} >= 0`),
  ],
);
