-- Households erased before erasure ended their memberships (api/groups/members.repo.ts,
-- endMembershipsOfErased) are still counted as members of groups not closed. End those memberships
-- as an erasure now does: on the erasure's Brussels day; one due to start after it never began.
DELETE FROM "group_members" AS gm
USING "households" AS h, "groups" AS g
WHERE gm."household_id" = h."id"
  AND gm."group_id" = g."id"
  AND h."erased_at" IS NOT NULL
  AND g."status" <> 'closed'
  AND gm."joined_on" > (h."erased_at" AT TIME ZONE 'Europe/Brussels')::date;--> statement-breakpoint
UPDATE "group_members" AS gm
SET "left_on" = (h."erased_at" AT TIME ZONE 'Europe/Brussels')::date, "updated_at" = now()
FROM "households" AS h, "groups" AS g
WHERE gm."household_id" = h."id"
  AND gm."group_id" = g."id"
  AND h."erased_at" IS NOT NULL
  AND g."status" <> 'closed'
  AND (gm."left_on" IS NULL OR gm."left_on" > (h."erased_at" AT TIME ZONE 'Europe/Brussels')::date);
