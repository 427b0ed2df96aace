ALTER TABLE "households" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "meters" ALTER COLUMN "gas_type" SET DATA TYPE "public"."gas_type" USING "gas_type"::"public"."gas_type";--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "audit_log_subject_at_idx" ON "audit_log" USING btree ("subject_id","at");