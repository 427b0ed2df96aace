import { createHash } from "node:crypto";
import type { Tx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict } from "../http/errors.ts";
import * as repo from "./client-requests.repo.ts";

export { deleteClientRequestsAbout } from "./client-requests.repo.ts";

export interface ClientRequest {
  /** Sent by the form; without one, every request creates. */
  clientId?: string | undefined;
  action: string;
  subjectId: string;
  /** The validated body, `clientId` included or not: it is left out of the comparison. */
  body: object;
}

/**
 * Runs `create` in a transaction, once per `clientId`: the same request sent again (a lost answer,
 * a second tap) gets the first one's id back with `created: false`; the same clientId with another
 * body is a 409. Two copies racing each other: the second's insert of the key fails, its
 * transaction rolls back what it created, and it answers as a retry.
 */
export async function createOnce(
  ctx: Ctx,
  request: ClientRequest,
  create: (tx: Tx) => Promise<string>,
): Promise<{ id: string; created: boolean }> {
  const { clientId } = request;
  if (!clientId) return { id: await ctx.db.transaction(create), created: true };
  const { clientId: _sent, ...body } = request.body as Record<string, unknown>;
  const bodySha256 = createHash("sha256")
    .update(JSON.stringify([request.action, request.subjectId, body]))
    .digest("hex");
  const asRetry = (first: repo.ClientRequestRow) => {
    if (first.bodySha256 !== bodySha256)
      throw new Conflict("request.client_id_reused", {}, [
        { field: "clientId", code: "request.client_id_reused", message: "request.client_id_reused" },
      ]);
    return { id: first.resourceId, created: false };
  };
  try {
    return await ctx.db.transaction(async (tx) => {
      const first = await repo.findClientRequest(tx, ctx.orgId, clientId);
      if (first) return asRetry(first);
      const id = await create(tx);
      const { action, subjectId } = request;
      await repo.insertClientRequest(tx, {
        organisationId: ctx.orgId,
        clientId,
        action,
        subjectId,
        bodySha256,
        resourceId: id,
        at: ctx.now,
      });
      return { id, created: true };
    });
  } catch (error) {
    const first = isUniqueViolation(error) && (await repo.findClientRequest(ctx.db, ctx.orgId, clientId));
    if (first) return asRetry(first);
    throw error;
  }
}
