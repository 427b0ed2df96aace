ALTER TABLE "building_rollups" ADD COLUMN "heating_from" date;--> statement-breakpoint
ALTER TABLE "building_rollups" ADD COLUMN "heating_kwh" double precision[];--> statement-breakpoint
-- Backfill from the months already rolled up: the heating energies added up per month, gaps left null.
WITH heating AS (
  SELECT organisation_id, building_id, month, sum(kwh) AS kwh FROM building_months
  WHERE energy IN ('gas', 'heating_oil', 'pellets', 'wood', 'heat')
  GROUP BY organisation_id, building_id, month
), series AS (
  SELECT organisation_id, building_id, min(month) AS first_month, max(month) AS last_month
  FROM heating GROUP BY organisation_id, building_id
)
UPDATE building_rollups r SET heating_from = s.first_month, heating_kwh = ARRAY(
  SELECT h.kwh FROM generate_series(s.first_month, s.last_month, interval '1 month') AS m
  LEFT JOIN heating h ON h.organisation_id = s.organisation_id AND h.building_id = s.building_id
    AND h.month = m::date
  ORDER BY m)
FROM series s WHERE r.organisation_id = s.organisation_id AND r.building_id = s.building_id;
