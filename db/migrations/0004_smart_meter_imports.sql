CREATE TYPE "public"."import_format" AS ENUM('dutch_v1', 'dutch_v2', 'english', 'generic');--> statement-breakpoint
CREATE TYPE "public"."interval_unit" AS ENUM('kwh', 'm3');--> statement-breakpoint
CREATE TABLE "meter_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meter_id" uuid NOT NULL,
	"format" "import_format" NOT NULL,
	"file_sha256" text NOT NULL,
	"rows_read" integer NOT NULL,
	"rows_imported" integer NOT NULL,
	"from_at" timestamp with time zone NOT NULL,
	"to_at" timestamp with time zone NOT NULL,
	"registers" "register"[] NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meter_interval_days" (
	"organisation_id" uuid NOT NULL,
	"meter_id" uuid NOT NULL,
	"register" "register" NOT NULL,
	"day" date NOT NULL,
	"slot_minutes" smallint NOT NULL,
	"slot_unit" interval_unit NOT NULL,
	"slot_values" real[] NOT NULL,
	"total_kwh" double precision,
	"total_native" double precision,
	"measured_slots" smallint NOT NULL,
	"estimated_slots" smallint DEFAULT 0 NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"import_id" uuid,
	CONSTRAINT "meter_interval_days_meter_id_register_day_pk" PRIMARY KEY("meter_id","register","day")
);
--> statement-breakpoint
CREATE TABLE "meter_interval_months" (
	"organisation_id" uuid NOT NULL,
	"meter_id" uuid NOT NULL,
	"register" "register" NOT NULL,
	"month" date NOT NULL,
	"total_kwh" double precision,
	"total_native" double precision,
	"days" smallint NOT NULL,
	"measured_minutes" integer NOT NULL,
	"estimated_slots" integer NOT NULL,
	CONSTRAINT "meter_interval_months_meter_id_register_month_pk" PRIMARY KEY("meter_id","register","month")
);
--> statement-breakpoint
ALTER TABLE "meter_imports" ADD CONSTRAINT "meter_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_imports" ADD CONSTRAINT "meter_imports_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_imports" ADD CONSTRAINT "meter_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_interval_days" ADD CONSTRAINT "meter_interval_days_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_interval_days" ADD CONSTRAINT "meter_interval_days_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_interval_days" ADD CONSTRAINT "meter_interval_days_import_id_meter_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."meter_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_interval_months" ADD CONSTRAINT "meter_interval_months_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_interval_months" ADD CONSTRAINT "meter_interval_months_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meter_imports_meter_at_idx" ON "meter_imports" USING btree ("meter_id","imported_at");