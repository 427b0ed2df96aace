import type { DbOrTx } from "../../db/client.ts";
import { auditLog } from "../../db/schema/index.ts";

export interface AuditEntry {
  organisationId: string | null;
  actorUserId: string;
  /** Stable verb such as `household.pin_reset`. */
  action: string;
  subjectId?: string;
  details?: Record<string, unknown>;
  at: Date;
}

/** Written in the same transaction as the change it records. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}
