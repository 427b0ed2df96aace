CREATE TYPE "public"."building_event_kind" AS ENUM('roof', 'walls', 'windows', 'boiler', 'regulation', 'other');--> statement-breakpoint
CREATE TYPE "public"."building_heating_system" AS ENUM('gas_boiler', 'oil_boiler', 'heat_network', 'heat_pump');--> statement-breakpoint
CREATE TYPE "public"."dwelling_position" AS ENUM('middle', 'corner', 'top', 'bottom', 'top_corner', 'bottom_corner');--> statement-breakpoint
CREATE TABLE "building_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"kind" "building_event_kind" NOT NULL,
	"label" text NOT NULL,
	"started_on" date NOT NULL,
	"completed_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "building_events_dates_check" CHECK ("building_events"."completed_on" is null or "building_events"."completed_on" >= "building_events"."started_on")
);
--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"postcode" text NOT NULL,
	"commune" text NOT NULL,
	"heated_area_m2" numeric(9, 1) NOT NULL,
	"dwelling_count" integer NOT NULL,
	"heating_system" "building_heating_system" NOT NULL,
	"construction_year" smallint,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buildings_area_check" CHECK ("buildings"."heated_area_m2" > 0),
	CONSTRAINT "buildings_dwelling_count_check" CHECK ("buildings"."dwelling_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "dwellings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"unit_label" text NOT NULL,
	"floor_area_m2" numeric(7, 1) NOT NULL,
	"floor" smallint,
	"position" "dwelling_position",
	"household_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dwellings_area_check" CHECK ("dwellings"."floor_area_m2" > 0)
);
--> statement-breakpoint
ALTER TABLE "meters" ALTER COLUMN "household_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "meters" ADD COLUMN "dwelling_id" uuid;--> statement-breakpoint
ALTER TABLE "meters" ADD COLUMN "building_id" uuid;--> statement-breakpoint
ALTER TABLE "meters" ADD COLUMN "rating_factor" numeric(6, 3);--> statement-breakpoint
ALTER TABLE "building_events" ADD CONSTRAINT "building_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_events" ADD CONSTRAINT "building_events_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_events" ADD CONSTRAINT "building_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwellings" ADD CONSTRAINT "dwellings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwellings" ADD CONSTRAINT "dwellings_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwellings" ADD CONSTRAINT "dwellings_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "building_events_org_building_idx" ON "building_events" USING btree ("organisation_id","building_id","started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_org_code_key" ON "buildings" USING btree ("organisation_id","code");--> statement-breakpoint
CREATE INDEX "buildings_org_name_idx" ON "buildings" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "dwellings_org_building_label_key" ON "dwellings" USING btree ("organisation_id","building_id","unit_label");--> statement-breakpoint
CREATE UNIQUE INDEX "dwellings_org_household_key" ON "dwellings" USING btree ("organisation_id","household_id") WHERE "dwellings"."household_id" is not null;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_dwelling_id_dwellings_id_fk" FOREIGN KEY ("dwelling_id") REFERENCES "public"."dwellings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meters_org_dwelling_idx" ON "meters" USING btree ("organisation_id","dwelling_id");--> statement-breakpoint
CREATE INDEX "meters_org_building_idx" ON "meters" USING btree ("organisation_id","building_id");--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_one_owner_check" CHECK (num_nonnulls("meters"."household_id", "meters"."dwelling_id", "meters"."building_id") = 1);--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_rating_factor_check" CHECK ("meters"."rating_factor" is null or ("meters"."kind" = 'heat_cost_allocator' and "meters"."rating_factor" > 0));