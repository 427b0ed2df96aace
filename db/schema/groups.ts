import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { TIP_CATEGORIES } from "../../seeds/reference-tips-schema.ts";
import { households } from "./households.ts";
import { organisations, users } from "./organisations.ts";
import { tips } from "./tips.ts";

/**
 * Eco-watchers groups (issue 5): groups, their sessions and attendance, and what is done with each
 * household: commitments, kit items, home visits, referrals, tips shared in its own words. Every
 * table leads an index with `organisation_id` (DESIGN §2, scale-out by organisation).
 */

export const groupStatus = pgEnum("group_status", ["planned", "running", "closed"]);
/** The tip categories, plus `free` (the theme is then the session's `theme_text`). */
export const sessionTheme = pgEnum("session_theme", [...TIP_CATEGORIES, "free"]);
export const attendanceStatus = pgEnum("attendance_status", ["present", "excused", "absent"]);
export const commitmentStatus = pgEnum("commitment_status", ["planned", "done", "dropped"]);
/** What the programme report can measure against an objective's numeric target; `manual`: the adviser judges. */
export const objectiveKind = pgEnum("objective_kind", [
  "attendance_pct",
  "savings_pct",
  "commitments_done_per_household",
  "manual",
]);
export const referralPartner = pgEnum("referral_partner", [
  "cpas_social_service",
  "debt_mediation",
  "supplier_social_service",
  "housing_company",
  "renovation_premium_desk",
  "other",
]);
export const sharedTipStatus = pgEnum("shared_tip_status", ["private", "published_to_group", "promoted"]);

const org = () =>
  uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });
const household = () =>
  uuid("household_id")
    .notNull()
    .references(() => households.id, { onDelete: "cascade" });
const byUser = (name: string) => uuid(name).references(() => users.id, { onDelete: "set null" });
const stamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const groups = pgTable(
  "groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    name: text("name").notNull(),
    place: text("place"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    status: groupStatus("status").notNull().default("planned"),
    /** Free names: the energy-education association, the commune's energy adviser… */
    partners: text("partners").array().notNull().default(sql`'{}'`),
    createdBy: byUser("created_by"),
    ...stamps,
  },
  (t) => [
    index("groups_org_idx").on(t.organisationId, t.status),
    check("groups_dates_check", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

const group = () =>
  uuid("group_id")
    .notNull()
    .references(() => groups.id, { onDelete: "cascade" });

export const groupAdvisers = pgTable(
  "group_advisers",
  {
    organisationId: org(),
    groupId: group(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.groupId, t.userId] })],
);

export const groupObjectives = pgTable(
  "group_objectives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    groupId: group(),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    /** As people say it: "≥ 75 %", "−10 % à météo égale". */
    targetText: text("target_text").notNull(),
    kind: objectiveKind("kind").notNull().default("manual"),
    targetValue: numeric("target_value", { precision: 12, scale: 2 }),
    /** The adviser's word at the end: was the action fit for the objective, were the means enough? */
    assessment: text("assessment"),
  },
  (t) => [index("group_objectives_group_idx").on(t.organisationId, t.groupId, t.position)],
);

/**
 * A household's time in a group. `joined_on` starts its savings period; `left_on` is its last day
 * (it may still attend that day's session). One running group at a time: enforced by the action.
 */
export const groupMembers = pgTable(
  "group_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    groupId: group(),
    householdId: household(),
    joinedOn: date("joined_on").notNull(),
    leftOn: date("left_on"),
    createdBy: byUser("created_by"),
    ...stamps,
  },
  (t) => [
    uniqueIndex("group_members_once_key").on(t.organisationId, t.groupId, t.householdId),
    index("group_members_household_idx").on(t.organisationId, t.householdId),
    check("group_members_dates_check", sql`${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);

/** A group meeting (named so beside the sign-in `sessions`). */
export const groupSessions = pgTable(
  "group_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    groupId: group(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    place: text("place"),
    theme: sessionTheme("theme").notNull(),
    /** The theme in words when `free`, or a subtitle. */
    themeText: text("theme_text"),
    agenda: text("agenda"),
    notes: text("notes"),
    speakers: text("speakers").array().notNull().default(sql`'{}'`),
    createdBy: byUser("created_by"),
    ...stamps,
  },
  (t) => [
    index("group_sessions_group_idx").on(t.organisationId, t.groupId, t.startsAt),
    check("group_sessions_free_theme_check", sql`${t.theme} <> 'free' or ${t.themeText} is not null`),
  ],
);

const session = () =>
  uuid("session_id")
    .notNull()
    .references(() => groupSessions.id, { onDelete: "cascade" });

/** The tips a session covered. */
export const sessionTips = pgTable(
  "session_tips",
  {
    organisationId: org(),
    sessionId: session(),
    tipId: uuid("tip_id")
      .notNull()
      .references(() => tips.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.sessionId, t.tipId] })],
);

export const attendance = pgTable(
  "attendance",
  {
    organisationId: org(),
    sessionId: session(),
    householdId: household(),
    status: attendanceStatus("status").notNull(),
    recordedBy: byUser("recorded_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.sessionId, t.householdId] }),
    index("attendance_household_idx").on(t.organisationId, t.householdId),
  ],
);

/** A tip a household acts on: planned, then done or dropped, each with its day and who recorded it. */
export const commitments = pgTable(
  "commitments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    householdId: household(),
    tipId: uuid("tip_id")
      .notNull()
      .references(() => tips.id),
    /** The group the household was a member of: a closed group's commitments are read-only. */
    groupId: group(),
    status: commitmentStatus("status").notNull().default("planned"),
    plannedOn: date("planned_on").notNull(),
    doneOn: date("done_on"),
    droppedOn: date("dropped_on"),
    note: text("note"),
    createdBy: byUser("created_by"),
    /** Who recorded the current status. */
    recordedBy: byUser("recorded_by"),
    ...stamps,
  },
  (t) => [
    index("commitments_household_idx").on(t.organisationId, t.householdId),
    index("commitments_group_idx").on(t.organisationId, t.groupId),
    check(
      "commitments_status_dates_check",
      sql`(${t.status} = 'done') = (${t.doneOn} is not null) and (${t.status} = 'dropped') = (${t.droppedOn} is not null)`,
    ),
  ],
);

/** What an organisation hands out (LED bulbs, radiator reflectors…), at its unit price. */
export const kitCatalogue = pgTable(
  "kit_catalogue",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    name: text("name").notNull(),
    unitPriceEur: numeric("unit_price_eur", { precision: 12, scale: 2 }).notNull(),
    /** Withdrawn items stay for past hand-outs. */
    active: boolean("active").notNull().default(true),
    ...stamps,
  },
  (t) => [
    index("kit_catalogue_org_idx").on(t.organisationId),
    check("kit_catalogue_price_check", sql`${t.unitPriceEur} >= 0`),
  ],
);

export const kitHandouts = pgTable(
  "kit_handouts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    householdId: household(),
    catalogueItemId: uuid("catalogue_item_id")
      .notNull()
      .references(() => kitCatalogue.id),
    quantity: integer("quantity").notNull(),
    /** The catalogue price on the day: a later price change does not rewrite what was spent. */
    unitPriceEur: numeric("unit_price_eur", { precision: 12, scale: 2 }).notNull(),
    handedOn: date("handed_on").notNull(),
    /** The adviser confirmed going over the organisation's cap; the programme report lists these. */
    overCapConfirmed: boolean("over_cap_confirmed").notNull().default(false),
    recordedBy: byUser("recorded_by"),
    ...stamps,
  },
  (t) => [
    index("kit_handouts_household_idx").on(t.organisationId, t.householdId, t.handedOn),
    check("kit_handouts_quantity_check", sql`${t.quantity} > 0`),
  ],
);

export type VisitChecklistItem = { item: string; checked: boolean; note?: string };

export const homeVisits = pgTable(
  "home_visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    householdId: household(),
    visitedOn: date("visited_on").notNull(),
    /** What was looked at: boiler setting, radiators, humidity, meters, bill… */
    checklist: jsonb("checklist").$type<VisitChecklistItem[]>().notNull().default(sql`'[]'`),
    findings: text("findings"),
    followUpOn: date("follow_up_on"),
    visitedBy: byUser("visited_by"),
    ...stamps,
  },
  (t) => [index("home_visits_household_idx").on(t.organisationId, t.householdId, t.visitedOn)],
);

export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    householdId: household(),
    partner: referralPartner("partner").notNull(),
    /** The service's own name when it helps (e.g. the supplier). */
    partnerName: text("partner_name"),
    reason: text("reason").notNull(),
    referredOn: date("referred_on").notNull(),
    outcome: text("outcome"),
    outcomeOn: date("outcome_on"),
    recordedBy: byUser("recorded_by"),
    ...stamps,
  },
  (t) => [index("referrals_household_idx").on(t.organisationId, t.householdId, t.referredOn)],
);

/**
 * A trick a household shares in its own words (posted by it, or by the adviser for it): private
 * until the adviser publishes it to the group or promotes it into the organisation's tips.
 */
export const sharedTips = pgTable(
  "shared_tips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    householdId: household(),
    groupId: uuid("group_id").references(() => groups.id, { onDelete: "set null" }),
    sessionId: uuid("session_id").references(() => groupSessions.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    status: sharedTipStatus("status").notNull().default("private"),
    promotedTipId: uuid("promoted_tip_id").references(() => tips.id, { onDelete: "set null" }),
    postedBy: byUser("posted_by"),
    ...stamps,
  },
  (t) => [
    index("shared_tips_household_idx").on(t.organisationId, t.householdId),
    index("shared_tips_group_idx").on(t.organisationId, t.groupId),
  ],
);
