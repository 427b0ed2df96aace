CREATE TYPE "public"."gas_type" AS ENUM('H', 'L');--> statement-breakpoint
CREATE TYPE "public"."tariff_unit" AS ENUM('kwh', 'm3', 'litre', 'kg');--> statement-breakpoint
CREATE TABLE "calorific_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"gas_type" "gas_type" NOT NULL,
	"kwh_per_m3" numeric(6, 3) NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "co2_factors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"energy" "meter_kind" NOT NULL,
	"kg_per_kwh" numeric(8, 5) NOT NULL,
	"source" text NOT NULL,
	"convention" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid,
	"energy" "meter_kind" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"unit" "tariff_unit" DEFAULT 'kwh' NOT NULL,
	"price_single_eur" numeric(10, 6),
	"price_day_eur" numeric(10, 6),
	"price_night_eur" numeric(10, 6),
	"price_exclusive_night_eur" numeric(10, 6),
	"price_injection_eur" numeric(10, 6),
	"fixed_eur_per_year" numeric(10, 2) DEFAULT '0' NOT NULL,
	"vat_rate" numeric(5, 4) NOT NULL,
	"prices_include_vat" boolean DEFAULT false NOT NULL,
	"social" boolean DEFAULT false NOT NULL,
	"label" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calorific_values" ADD CONSTRAINT "calorific_values_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calorific_values" ADD CONSTRAINT "calorific_values_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co2_factors" ADD CONSTRAINT "co2_factors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co2_factors" ADD CONSTRAINT "co2_factors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calorific_values_org_idx" ON "calorific_values" USING btree ("organisation_id","valid_from");--> statement-breakpoint
CREATE INDEX "co2_factors_org_idx" ON "co2_factors" USING btree ("organisation_id","energy");--> statement-breakpoint
CREATE INDEX "tariffs_org_household_idx" ON "tariffs" USING btree ("organisation_id","household_id","energy");