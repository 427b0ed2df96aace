import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.ts";
import { tips } from "../db/schema/index.ts";
import { type ReferenceTip, referenceTipsSchema } from "./reference-tips-schema.ts";

export const REFERENCE_TIPS_FILE = new URL("./reference/tips.json", import.meta.url);

/** The platform's tips library as shipped, validated: a broken file stops the start, it is never half-loaded. */
export function readReferenceTips(file: URL = REFERENCE_TIPS_FILE): ReferenceTip[] {
  return referenceTipsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/**
 * Upserts the platform tips (organisation null) by key, at every start: a corrected text or figure
 * replaces the stored one, the tip's id stays (sessions and commitments point at it). Tips removed
 * from the file stay, since commitments may still name them.
 */
export async function seedReferenceTips(db: DbOrTx, library: readonly ReferenceTip[]): Promise<void> {
  if (library.length === 0) return;
  await db
    .insert(tips)
    .values(
      library.map((t) => ({
        key: t.key,
        category: t.category,
        heatingTypes: [...t.heatingTypes],
        occupancy: t.occupancy,
        effort: t.effort,
        cost: t.cost,
        saving: t.saving,
        text: t.text,
      })),
    )
    .onConflictDoUpdate({
      target: tips.key,
      set: {
        category: sql`excluded.category`,
        heatingTypes: sql`excluded.heating_types`,
        occupancy: sql`excluded.occupancy`,
        effort: sql`excluded.effort`,
        cost: sql`excluded.cost`,
        saving: sql`excluded.saving`,
        text: sql`excluded.text`,
        updatedAt: sql`now()`,
      },
      // An unchanged tip is left alone, so its updated_at says when its text last changed.
      setWhere: sql`(${tips.category}, ${tips.heatingTypes}, ${tips.occupancy}, ${tips.effort}, ${tips.cost},
        ${tips.saving}, ${tips.text}) is distinct from (excluded.category, excluded.heating_types,
        excluded.occupancy, excluded.effort, excluded.cost, excluded.saving, excluded.text)`,
    });
}
