ALTER TABLE "meters" ADD COLUMN "client_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "meters_client_key" ON "meters" USING btree ("organisation_id","client_id");