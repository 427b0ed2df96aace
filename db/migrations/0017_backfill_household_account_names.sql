-- A household renamed before its account followed its name kept the old one on the account
-- (/api/me, the data export, the audit log): give every household account its household's name.
UPDATE "users" SET "display_name" = h."pseudonym"
FROM "households" h
WHERE h."user_id" = "users"."id"
  AND h."erased_at" IS NULL
  AND "users"."display_name" IS DISTINCT FROM h."pseudonym";
