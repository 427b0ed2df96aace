CREATE TABLE "comfort_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"day" date NOT NULL,
	"indoor_c" numeric(4, 1),
	"humidity_pct" smallint,
	"felt_cold" boolean DEFAULT false NOT NULL,
	"client_id" uuid NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comfort_check_ins" ADD CONSTRAINT "comfort_check_ins_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comfort_check_ins" ADD CONSTRAINT "comfort_check_ins_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comfort_check_ins" ADD CONSTRAINT "comfort_check_ins_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "comfort_check_ins_client_key" ON "comfort_check_ins" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "comfort_check_ins_household_id_day_index" ON "comfort_check_ins" USING btree ("household_id","day");