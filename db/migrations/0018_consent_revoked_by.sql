ALTER TABLE "household_consents" ADD COLUMN "revoked_by" uuid;--> statement-breakpoint
ALTER TABLE "household_consents" ADD CONSTRAINT "household_consents_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Withdrawals made before who withdrew was kept: the audit log says who, written in the same
-- transaction at the same instant (its `at` is the `revoked_at`) for the same household and scope.
-- A withdrawal with no such entry, or with two authors at one instant, stays unknown (null): staff
-- may then record a paper consent again, as before.
UPDATE "household_consents" AS c SET "revoked_by" = w."actor_user_id"
FROM (
  SELECT a."organisation_id", a."subject_id", a."details"->>'scope' AS "scope", a."at",
    (array_agg(a."actor_user_id"))[1] AS "actor_user_id"
  FROM "audit_log" AS a
  WHERE a."action" = 'household.consent_revoked'
  GROUP BY a."organisation_id", a."subject_id", a."details"->>'scope', a."at"
  HAVING count(DISTINCT a."actor_user_id") = 1 AND bool_and(a."actor_user_id" IS NOT NULL)
) AS w
WHERE c."revoked_at" IS NOT NULL
  AND c."revoked_by" IS NULL
  AND w."organisation_id" = c."organisation_id"
  AND w."subject_id" = c."household_id"
  AND w."scope" = c."scope"::text
  AND w."at" = c."revoked_at";
