import type { z } from "@hono/zod-openapi";
import type { DbOrTx } from "../../db/client.ts";
import { recordAudit } from "../audit/index.ts";
import type { Ctx } from "../http/context.ts";
import { BadRequest, NotFound } from "../http/errors.ts";
import type { InputProblem } from "./settings-rules.ts";

export type In<T extends z.ZodType> = z.infer<T>;

/**
 * A settings change and its audit line, in one transaction. The line names the setting changed
 * (`subjectId`, else the id the write returns) and, for a setting without its own row, the value
 * chosen (`details`), so the log alone says what changed.
 */
export async function audited<T>(
  ctx: Ctx,
  action: string,
  write: (tx: DbOrTx) => Promise<T>,
  about: { subjectId?: string; details?: Record<string, unknown> } = {},
) {
  return ctx.db.transaction(async (tx) => {
    const result = await write(tx);
    const subjectId = about.subjectId ?? (typeof result === "string" ? result : undefined);
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action,
      subjectId,
      details: about.details,
      at: ctx.now,
    });
    return result;
  });
}

/** Rolls the delete (and its audit line) back when there was nothing to delete. */
export async function gone(deleted: Promise<boolean>): Promise<void> {
  if (!(await deleted)) throw new NotFound();
}

export function refuse(problems: InputProblem[]): void {
  if (problems.length)
    throw new BadRequest(
      "request.invalid",
      problems.map((p) => ({ field: p.path.join("."), code: "custom", message: p.message })),
    );
}

export function periodProblems(merged: {
  validFrom?: string | null;
  validTo?: string | null;
}): InputProblem[] {
  return merged.validFrom && merged.validTo && merged.validTo <= merged.validFrom
    ? [{ path: ["validTo"], message: "settings.invalid_period" }]
    : [];
}
