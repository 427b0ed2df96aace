CREATE TYPE "public"."cost_split_status" AS ENUM('draft', 'final');--> statement-breakpoint
CREATE TABLE "cost_split_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cost_split_id" uuid NOT NULL,
	"dwelling_id" uuid,
	"dwelling_label" text NOT NULL,
	"household_id" uuid,
	"position" integer NOT NULL,
	"days" integer NOT NULL,
	"fixed_eur" numeric(12, 2) NOT NULL,
	"variable_eur" numeric(12, 2) NOT NULL,
	"total_eur" numeric(12, 2) NOT NULL,
	"estimated" boolean NOT NULL,
	"detail" jsonb NOT NULL,
	"lines" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cost_splits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"season_from" date NOT NULL,
	"season_to" date NOT NULL,
	"total_eur" numeric(12, 2) NOT NULL,
	"fixed_share" numeric(4, 3) NOT NULL,
	"status" "cost_split_status" DEFAULT 'draft' NOT NULL,
	"figures" jsonb NOT NULL,
	"readings_used" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"finalised_at" timestamp with time zone,
	"finalised_by" uuid,
	CONSTRAINT "cost_splits_season_check" CHECK ("cost_splits"."season_to" > "cost_splits"."season_from"),
	CONSTRAINT "cost_splits_total_check" CHECK ("cost_splits"."total_eur" > 0),
	CONSTRAINT "cost_splits_fixed_share_check" CHECK ("cost_splits"."fixed_share" >= 0 and "cost_splits"."fixed_share" <= 1)
);
--> statement-breakpoint
CREATE TABLE "dwelling_occupancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"dwelling_id" uuid NOT NULL,
	"household_id" uuid,
	"moved_in_on" date NOT NULL,
	"moved_out_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dwelling_occupancies_dates_check" CHECK ("dwelling_occupancies"."moved_out_on" is null or "dwelling_occupancies"."moved_out_on" > "dwelling_occupancies"."moved_in_on")
);
--> statement-breakpoint
ALTER TABLE "cost_split_statements" ADD CONSTRAINT "cost_split_statements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_split_statements" ADD CONSTRAINT "cost_split_statements_cost_split_id_cost_splits_id_fk" FOREIGN KEY ("cost_split_id") REFERENCES "public"."cost_splits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_split_statements" ADD CONSTRAINT "cost_split_statements_dwelling_id_dwellings_id_fk" FOREIGN KEY ("dwelling_id") REFERENCES "public"."dwellings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_split_statements" ADD CONSTRAINT "cost_split_statements_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_splits" ADD CONSTRAINT "cost_splits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_splits" ADD CONSTRAINT "cost_splits_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_splits" ADD CONSTRAINT "cost_splits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_splits" ADD CONSTRAINT "cost_splits_finalised_by_users_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_occupancies" ADD CONSTRAINT "dwelling_occupancies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_occupancies" ADD CONSTRAINT "dwelling_occupancies_dwelling_id_dwellings_id_fk" FOREIGN KEY ("dwelling_id") REFERENCES "public"."dwellings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_occupancies" ADD CONSTRAINT "dwelling_occupancies_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_occupancies" ADD CONSTRAINT "dwelling_occupancies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cost_split_statements_org_split_idx" ON "cost_split_statements" USING btree ("organisation_id","cost_split_id","position");--> statement-breakpoint
CREATE INDEX "cost_split_statements_org_household_idx" ON "cost_split_statements" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE INDEX "cost_splits_org_building_idx" ON "cost_splits" USING btree ("organisation_id","building_id","season_from");--> statement-breakpoint
CREATE UNIQUE INDEX "cost_splits_org_building_season_final_key" ON "cost_splits" USING btree ("organisation_id","building_id","season_from","season_to") WHERE "cost_splits"."status" = 'final';--> statement-breakpoint
CREATE INDEX "dwelling_occupancies_org_dwelling_idx" ON "dwelling_occupancies" USING btree ("organisation_id","dwelling_id","moved_in_on");--> statement-breakpoint
CREATE INDEX "dwelling_occupancies_org_household_idx" ON "dwelling_occupancies" USING btree ("organisation_id","household_id");