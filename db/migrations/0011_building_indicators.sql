CREATE TYPE "public"."alert_kind" AS ENUM('summer_heating', 'above_model', 'readings_missing', 'meter_backwards');--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"meter_id" uuid,
	"kind" "alert_kind" NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"seen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"note" text,
	CONSTRAINT "alerts_period_check" CHECK ("alerts"."period_to" >= "alerts"."period_from")
);
--> statement-breakpoint
CREATE TABLE "building_months" (
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"energy" "meter_kind" NOT NULL,
	"month" date NOT NULL,
	"kwh" double precision NOT NULL,
	"estimated_kwh" double precision NOT NULL,
	"covered_days" smallint NOT NULL,
	"degree_days" double precision,
	CONSTRAINT "building_months_organisation_id_building_id_energy_month_pk" PRIMARY KEY("organisation_id","building_id","energy","month")
);
--> statement-breakpoint
CREATE TABLE "building_rollups" (
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"generation" integer DEFAULT 1 NOT NULL,
	"computed_generation" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone,
	"signature_energy" "meter_kind",
	"base_load_kwh_per_day" double precision,
	"heating_kwh_per_degree_day" double precision,
	"normal_year_kwh" double precision,
	CONSTRAINT "building_rollups_organisation_id_building_id_pk" PRIMARY KEY("organisation_id","building_id")
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_months" ADD CONSTRAINT "building_months_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_months" ADD CONSTRAINT "building_months_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_rollups" ADD CONSTRAINT "building_rollups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_rollups" ADD CONSTRAINT "building_rollups_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_org_building_open_idx" ON "alerts" USING btree ("organisation_id","building_id") WHERE "alerts"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_org_opened_idx" ON "alerts" USING btree ("organisation_id","opened_at");--> statement-breakpoint
CREATE INDEX "building_months_org_month_idx" ON "building_months" USING btree ("organisation_id","month");