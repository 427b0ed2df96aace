-- Two grants sent at once could each add a record in force for the same household and scope. The
-- earliest of them already covers every moment the later ones do (none is withdrawn): the later
-- ones go, so the index below can hold. The audit log keeps each grant's line.
DELETE FROM "household_consents" AS d
USING "household_consents" AS k
WHERE d."revoked_at" IS NULL
  AND k."revoked_at" IS NULL
  AND k."organisation_id" = d."organisation_id"
  AND k."household_id" = d."household_id"
  AND k."scope" = d."scope"
  AND (k."granted_at", k."id") < (d."granted_at", d."id");--> statement-breakpoint
CREATE UNIQUE INDEX "household_consents_one_active_key" ON "household_consents" USING btree ("organisation_id","household_id","scope") WHERE "household_consents"."revoked_at" is null;
