import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { buildingEvents, buildings, dwellings } from "./buildings.ts";
import { households } from "./households.ts";
import { organisations, users } from "./organisations.ts";

/**
 * Tenants' information and participation in a building's project (issue 6 §8): the weekly comfort
 * survey, consultations on a project's options, and the project's objectives evaluated in the
 * building report.
 */

const org = () =>
  uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });
const building = () =>
  uuid("building_id")
    .notNull()
    .references(() => buildings.id, { onDelete: "cascade" });
const stamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** What a tenant may report besides how warm the home was. */
export const comfortProblem = pgEnum("comfort_problem", [
  "cold_radiator",
  "too_hot",
  "noisy_heating",
  "no_hot_water",
  "damp_or_mould",
  "draughts",
  "other",
]);

/**
 * One answer per household and week (Monday, Brussels): answering again the same week replaces it.
 * `warmth`: 1 too cold, 2 a bit cold, 3 just right, 4 a bit warm, 5 too warm.
 */
export const comfortSurveyAnswers = pgTable(
  "comfort_survey_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    buildingId: building(),
    dwellingId: uuid("dwelling_id").references(() => dwellings.id, { onDelete: "set null" }),
    householdId: uuid("household_id").references(() => households.id, { onDelete: "set null" }),
    weekStart: date("week_start").notNull(),
    warmth: smallint("warmth").notNull(),
    problems: comfortProblem("problems").array().notNull().default(sql`'{}'`),
    comment: text("comment"),
    ...stamps,
  },
  (t) => [
    uniqueIndex("comfort_survey_answers_household_week_key").on(t.organisationId, t.householdId, t.weekStart),
    index("comfort_survey_answers_building_idx").on(t.organisationId, t.buildingId, t.weekStart),
    check("comfort_survey_answers_warmth_check", sql`${t.warmth} between 1 and 5`),
  ],
);

export const buildingProjectObjectiveKind = pgEnum("building_project_objective_kind", [
  /** Heating kWh saved at equal weather by the project's works (before/after), in %. */
  "savings_pct",
  /** Share of survey answers "just right" (or a bit warm) over the report period, in %. */
  "comfort_ok_pct",
  /** Share of the building's occupied dwellings that answered the project's consultations, in %. */
  "consultation_turnout_pct",
  /** The housing manager judges and writes an assessment. */
  "manual",
]);

/** A building's project (a renovation, a new heating schedule): its works, objectives and consultations. */
export const buildingProjects = pgTable(
  "building_projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    buildingId: building(),
    name: text("name").notNull(),
    description: text("description"),
    /** The works whose before/after savings the `savings_pct` objectives read; optional. */
    eventId: uuid("event_id").references(() => buildingEvents.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [index("building_projects_building_idx").on(t.organisationId, t.buildingId)],
);

export const buildingProjectObjectives = pgTable(
  "building_project_objectives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => buildingProjects.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    /** As people say it: "−25 % à météo égale", "8 ménages sur 10 bien chauffés". */
    targetText: text("target_text").notNull(),
    kind: buildingProjectObjectiveKind("kind").notNull().default("manual"),
    targetValue: numeric("target_value", { precision: 12, scale: 2 }),
    assessment: text("assessment"),
  },
  (t) => [index("building_project_objectives_project_idx").on(t.organisationId, t.projectId, t.position)],
);

export const consultationStatus = pgEnum("consultation_status", ["draft", "open", "closed"]);

/** A question put to a building's tenants, with options explained in plain words; one answer per dwelling. */
export const consultations = pgTable(
  "consultations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    buildingId: building(),
    projectId: uuid("project_id").references(() => buildingProjects.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    question: text("question").notNull(),
    status: consultationStatus("status").notNull().default("draft"),
    /** The last day tenants may answer. */
    closesOn: date("closes_on").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [index("consultations_building_idx").on(t.organisationId, t.buildingId)],
);

export const consultationOptions = pgTable(
  "consultation_options",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    /** What it means for the tenant, in plain words. */
    explanation: text("explanation").notNull(),
    /** Estimated cost per dwelling and year, when the company can give one. */
    costEurPerDwellingPerYear: numeric("cost_eur_per_dwelling_per_year", { precision: 10, scale: 2 }),
    costText: text("cost_text").notNull(),
    comfortText: text("comfort_text").notNull(),
  },
  (t) => [index("consultation_options_consultation_idx").on(t.organisationId, t.consultationId, t.position)],
);

export const consultationAnswers = pgTable(
  "consultation_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    dwellingId: uuid("dwelling_id")
      .notNull()
      .references(() => dwellings.id, { onDelete: "cascade" }),
    optionId: uuid("option_id")
      .notNull()
      .references(() => consultationOptions.id, { onDelete: "cascade" }),
    /** Who answered for the dwelling; a later answer of the dwelling replaces it while open. */
    householdId: uuid("household_id").references(() => households.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [
    uniqueIndex("consultation_answers_dwelling_key").on(t.organisationId, t.consultationId, t.dwellingId),
  ],
);
