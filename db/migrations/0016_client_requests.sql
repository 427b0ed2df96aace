CREATE TABLE "client_requests" (
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"action" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"body_sha256" text NOT NULL,
	"resource_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "client_requests_organisation_id_client_id_pk" PRIMARY KEY("organisation_id","client_id")
);
--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;