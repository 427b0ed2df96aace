CREATE TYPE "public"."consent_scope" AS ENUM('adviser', 'group');--> statement-breakpoint
CREATE TYPE "public"."heating_type" AS ENUM('individual_gas', 'electric', 'heating_oil', 'wood_pellets', 'heat_pump', 'collective');--> statement-breakpoint
CREATE TYPE "public"."meter_kind" AS ENUM('electricity', 'gas', 'water', 'heat', 'heat_cost_allocator', 'heating_oil', 'pellets', 'wood');--> statement-breakpoint
CREATE TYPE "public"."reading_source" AS ENUM('household', 'adviser', 'import', 'smart_meter', 'estimate');--> statement-breakpoint
CREATE TYPE "public"."register" AS ENUM('single', 'day', 'night', 'exclusive_night', 'injection_day', 'injection_night');--> statement-breakpoint
CREATE TABLE "household_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"scope" "consent_scope" NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "budget_meter_top_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"topped_up_on" date NOT NULL,
	"amount_eur" numeric(10, 2) NOT NULL,
	"client_id" uuid NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fuel_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meter_id" uuid NOT NULL,
	"delivered_on" date NOT NULL,
	"quantity" numeric(12, 3) NOT NULL,
	"cost_eur" numeric(10, 2),
	"client_id" uuid NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"kind" "meter_kind" NOT NULL,
	"name" text NOT NULL,
	"icon" text NOT NULL,
	"registers" "register"[] NOT NULL,
	"ean" text,
	"serial" text,
	"max_index" numeric(14, 3),
	"gas_type" text,
	"started_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"replaces_meter_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meter_id" uuid NOT NULL,
	"register" "register" NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	"value" numeric(14, 3) NOT NULL,
	"source" "reading_source" NOT NULL,
	"author_user_id" uuid,
	"client_id" uuid NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "adults" smallint;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "children" smallint;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "heating_type" "heating_type";--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "floor_area_m2" numeric(7, 1);--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "budget_meter" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "protected_customer" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "billing_month" smallint;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "monthly_advance_eur" numeric(10, 2);--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "dwelling_id" uuid;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "household_consents" ADD CONSTRAINT "household_consents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_consents" ADD CONSTRAINT "household_consents_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_consents" ADD CONSTRAINT "household_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_meter_top_ups" ADD CONSTRAINT "budget_meter_top_ups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_meter_top_ups" ADD CONSTRAINT "budget_meter_top_ups_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_meter_top_ups" ADD CONSTRAINT "budget_meter_top_ups_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fuel_deliveries" ADD CONSTRAINT "fuel_deliveries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fuel_deliveries" ADD CONSTRAINT "fuel_deliveries_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fuel_deliveries" ADD CONSTRAINT "fuel_deliveries_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings" ADD CONSTRAINT "readings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings" ADD CONSTRAINT "readings_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings" ADD CONSTRAINT "readings_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "household_consents_household_idx" ON "household_consents" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "top_ups_client_key" ON "budget_meter_top_ups" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "budget_meter_top_ups_household_id_index" ON "budget_meter_top_ups" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fuel_deliveries_client_key" ON "fuel_deliveries" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "fuel_deliveries_meter_id_index" ON "fuel_deliveries" USING btree ("meter_id");--> statement-breakpoint
CREATE INDEX "meters_org_household_idx" ON "meters" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "readings_client_key" ON "readings" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "readings_meter_register_at_key" ON "readings" USING btree ("meter_id","register","read_at");