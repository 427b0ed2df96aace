CREATE TYPE "public"."building_project_objective_kind" AS ENUM('savings_pct', 'comfort_ok_pct', 'consultation_turnout_pct', 'manual');--> statement-breakpoint
CREATE TYPE "public"."comfort_problem" AS ENUM('cold_radiator', 'too_hot', 'noisy_heating', 'no_hot_water', 'damp_or_mould', 'draughts', 'other');--> statement-breakpoint
CREATE TYPE "public"."consultation_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "building_project_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"target_text" text NOT NULL,
	"kind" "building_project_objective_kind" DEFAULT 'manual' NOT NULL,
	"target_value" numeric(12, 2),
	"assessment" text
);
--> statement-breakpoint
CREATE TABLE "building_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"event_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comfort_survey_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"dwelling_id" uuid,
	"household_id" uuid,
	"week_start" date NOT NULL,
	"warmth" smallint NOT NULL,
	"problems" "comfort_problem"[] DEFAULT '{}' NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comfort_survey_answers_warmth_check" CHECK ("comfort_survey_answers"."warmth" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "consultation_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"dwelling_id" uuid NOT NULL,
	"option_id" uuid NOT NULL,
	"household_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"explanation" text NOT NULL,
	"cost_eur_per_dwelling_per_year" numeric(10, 2),
	"cost_text" text NOT NULL,
	"comfort_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"project_id" uuid,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"status" "consultation_status" DEFAULT 'draft' NOT NULL,
	"closes_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "building_project_objectives" ADD CONSTRAINT "building_project_objectives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_project_objectives" ADD CONSTRAINT "building_project_objectives_project_id_building_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."building_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_projects" ADD CONSTRAINT "building_projects_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_projects" ADD CONSTRAINT "building_projects_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_projects" ADD CONSTRAINT "building_projects_event_id_building_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."building_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_projects" ADD CONSTRAINT "building_projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comfort_survey_answers" ADD CONSTRAINT "comfort_survey_answers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comfort_survey_answers" ADD CONSTRAINT "comfort_survey_answers_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comfort_survey_answers" ADD CONSTRAINT "comfort_survey_answers_dwelling_id_dwellings_id_fk" FOREIGN KEY ("dwelling_id") REFERENCES "public"."dwellings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comfort_survey_answers" ADD CONSTRAINT "comfort_survey_answers_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_dwelling_id_dwellings_id_fk" FOREIGN KEY ("dwelling_id") REFERENCES "public"."dwellings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_option_id_consultation_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."consultation_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_options" ADD CONSTRAINT "consultation_options_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_options" ADD CONSTRAINT "consultation_options_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_project_id_building_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."building_projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "building_project_objectives_project_idx" ON "building_project_objectives" USING btree ("organisation_id","project_id","position");--> statement-breakpoint
CREATE INDEX "building_projects_building_idx" ON "building_projects" USING btree ("organisation_id","building_id");--> statement-breakpoint
CREATE UNIQUE INDEX "comfort_survey_answers_household_week_key" ON "comfort_survey_answers" USING btree ("organisation_id","household_id","week_start");--> statement-breakpoint
CREATE INDEX "comfort_survey_answers_building_idx" ON "comfort_survey_answers" USING btree ("organisation_id","building_id","week_start");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_answers_dwelling_key" ON "consultation_answers" USING btree ("organisation_id","consultation_id","dwelling_id");--> statement-breakpoint
CREATE INDEX "consultation_options_consultation_idx" ON "consultation_options" USING btree ("organisation_id","consultation_id","position");--> statement-breakpoint
CREATE INDEX "consultations_building_idx" ON "consultations" USING btree ("organisation_id","building_id");