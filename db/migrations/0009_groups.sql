CREATE TYPE "public"."attendance_status" AS ENUM('present', 'excused', 'absent');--> statement-breakpoint
CREATE TYPE "public"."commitment_status" AS ENUM('planned', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."group_status" AS ENUM('planned', 'running', 'closed');--> statement-breakpoint
CREATE TYPE "public"."objective_kind" AS ENUM('attendance_pct', 'savings_pct', 'commitments_done_per_household', 'manual');--> statement-breakpoint
CREATE TYPE "public"."referral_partner" AS ENUM('cpas_social_service', 'debt_mediation', 'supplier_social_service', 'housing_company', 'renovation_premium_desk', 'other');--> statement-breakpoint
CREATE TYPE "public"."session_theme" AS ENUM('heating', 'hot_water', 'electricity_appliances', 'bills_contracts', 'social_tariff_aid', 'comfort_humidity', 'collective_heating', 'free');--> statement-breakpoint
CREATE TYPE "public"."shared_tip_status" AS ENUM('private', 'published_to_group', 'promoted');--> statement-breakpoint
CREATE TYPE "public"."tip_category" AS ENUM('heating', 'hot_water', 'electricity_appliances', 'bills_contracts', 'social_tariff_aid', 'comfort_humidity', 'collective_heating');--> statement-breakpoint
CREATE TYPE "public"."tip_cost" AS ENUM('free', 'low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."tip_effort" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."tip_occupancy" AS ENUM('any', 'tenant', 'owner');--> statement-breakpoint
CREATE TABLE "attendance" (
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"status" "attendance_status" NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_organisation_id_session_id_household_id_pk" PRIMARY KEY("organisation_id","session_id","household_id")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"tip_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"status" "commitment_status" DEFAULT 'planned' NOT NULL,
	"planned_on" date NOT NULL,
	"done_on" date,
	"dropped_on" date,
	"note" text,
	"created_by" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_status_dates_check" CHECK (("commitments"."status" = 'done') = ("commitments"."done_on" is not null) and ("commitments"."status" = 'dropped') = ("commitments"."dropped_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "group_advisers" (
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "group_advisers_organisation_id_group_id_user_id_pk" PRIMARY KEY("organisation_id","group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_dates_check" CHECK ("group_members"."left_on" is null or "group_members"."left_on" >= "group_members"."joined_on")
);
--> statement-breakpoint
CREATE TABLE "group_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"target_text" text NOT NULL,
	"kind" "objective_kind" DEFAULT 'manual' NOT NULL,
	"target_value" numeric(12, 2),
	"assessment" text
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"theme" "session_theme" NOT NULL,
	"theme_text" text,
	"agenda" text,
	"notes" text,
	"speakers" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_sessions_free_theme_check" CHECK ("group_sessions"."theme" <> 'free' or "group_sessions"."theme_text" is not null)
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"place" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" "group_status" DEFAULT 'planned' NOT NULL,
	"partners" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "groups_dates_check" CHECK ("groups"."ends_on" is null or "groups"."ends_on" >= "groups"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "home_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"checklist" jsonb DEFAULT '[]' NOT NULL,
	"findings" text,
	"follow_up_on" date,
	"visited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kit_catalogue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit_price_eur" numeric(12, 2) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kit_catalogue_price_check" CHECK ("kit_catalogue"."unit_price_eur" >= 0)
);
--> statement-breakpoint
CREATE TABLE "kit_handouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"catalogue_item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_eur" numeric(12, 2) NOT NULL,
	"handed_on" date NOT NULL,
	"over_cap_confirmed" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kit_handouts_quantity_check" CHECK ("kit_handouts"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"partner" "referral_partner" NOT NULL,
	"partner_name" text,
	"reason" text NOT NULL,
	"referred_on" date NOT NULL,
	"outcome" text,
	"outcome_on" date,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_tips" (
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"tip_id" uuid NOT NULL,
	CONSTRAINT "session_tips_organisation_id_session_id_tip_id_pk" PRIMARY KEY("organisation_id","session_id","tip_id")
);
--> statement-breakpoint
CREATE TABLE "shared_tips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"group_id" uuid,
	"session_id" uuid,
	"text" text NOT NULL,
	"status" "shared_tip_status" DEFAULT 'private' NOT NULL,
	"promoted_tip_id" uuid,
	"posted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"key" text,
	"category" "tip_category" NOT NULL,
	"heating_types" "heating_type"[] DEFAULT '{}' NOT NULL,
	"occupancy" "tip_occupancy" DEFAULT 'any' NOT NULL,
	"effort" "tip_effort" NOT NULL,
	"cost" "tip_cost" NOT NULL,
	"saving" jsonb,
	"text" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tips_key_platform_only" CHECK ("tips"."key" is null or "tips"."organisation_id" is null)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "kit_cap_eur" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_advisers" ADD CONSTRAINT "group_advisers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_advisers" ADD CONSTRAINT "group_advisers_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_advisers" ADD CONSTRAINT "group_advisers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_objectives" ADD CONSTRAINT "group_objectives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_objectives" ADD CONSTRAINT "group_objectives_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_visited_by_users_id_fk" FOREIGN KEY ("visited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kit_catalogue" ADD CONSTRAINT "kit_catalogue_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kit_handouts" ADD CONSTRAINT "kit_handouts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kit_handouts" ADD CONSTRAINT "kit_handouts_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kit_handouts" ADD CONSTRAINT "kit_handouts_catalogue_item_id_kit_catalogue_id_fk" FOREIGN KEY ("catalogue_item_id") REFERENCES "public"."kit_catalogue"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kit_handouts" ADD CONSTRAINT "kit_handouts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_tips" ADD CONSTRAINT "session_tips_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_tips" ADD CONSTRAINT "session_tips_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_tips" ADD CONSTRAINT "session_tips_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_tips" ADD CONSTRAINT "shared_tips_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_tips" ADD CONSTRAINT "shared_tips_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_tips" ADD CONSTRAINT "shared_tips_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_tips" ADD CONSTRAINT "shared_tips_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_tips" ADD CONSTRAINT "shared_tips_promoted_tip_id_tips_id_fk" FOREIGN KEY ("promoted_tip_id") REFERENCES "public"."tips"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_tips" ADD CONSTRAINT "shared_tips_posted_by_users_id_fk" FOREIGN KEY ("posted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_household_idx" ON "attendance" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE INDEX "commitments_household_idx" ON "commitments" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE INDEX "commitments_group_idx" ON "commitments" USING btree ("organisation_id","group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_once_key" ON "group_members" USING btree ("organisation_id","group_id","household_id");--> statement-breakpoint
CREATE INDEX "group_members_household_idx" ON "group_members" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE INDEX "group_objectives_group_idx" ON "group_objectives" USING btree ("organisation_id","group_id","position");--> statement-breakpoint
CREATE INDEX "group_sessions_group_idx" ON "group_sessions" USING btree ("organisation_id","group_id","starts_at");--> statement-breakpoint
CREATE INDEX "groups_org_idx" ON "groups" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "home_visits_household_idx" ON "home_visits" USING btree ("organisation_id","household_id","visited_on");--> statement-breakpoint
CREATE INDEX "kit_catalogue_org_idx" ON "kit_catalogue" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "kit_handouts_household_idx" ON "kit_handouts" USING btree ("organisation_id","household_id","handed_on");--> statement-breakpoint
CREATE INDEX "referrals_household_idx" ON "referrals" USING btree ("organisation_id","household_id","referred_on");--> statement-breakpoint
CREATE INDEX "shared_tips_household_idx" ON "shared_tips" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE INDEX "shared_tips_group_idx" ON "shared_tips" USING btree ("organisation_id","group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tips_key" ON "tips" USING btree ("key");--> statement-breakpoint
CREATE INDEX "tips_org_idx" ON "tips" USING btree ("organisation_id","category");