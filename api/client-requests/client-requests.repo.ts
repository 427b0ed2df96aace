import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { clientRequests } from "../../db/schema/index.ts";

export type ClientRequestRow = typeof clientRequests.$inferSelect;

export async function findClientRequest(db: DbOrTx, orgId: string, clientId: string) {
  const [row] = await db
    .select()
    .from(clientRequests)
    .where(and(eq(clientRequests.organisationId, orgId), eq(clientRequests.clientId, clientId)));
  return row;
}

export async function insertClientRequest(db: DbOrTx, row: ClientRequestRow) {
  await db.insert(clientRequests).values(row);
}

/** A household's erasure: what its requests were is gone with it. */
export async function deleteClientRequestsAbout(db: DbOrTx, orgId: string, subjectId: string) {
  await db
    .delete(clientRequests)
    .where(and(eq(clientRequests.organisationId, orgId), eq(clientRequests.subjectId, subjectId)));
}
