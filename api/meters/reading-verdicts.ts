import type { Ctx } from "../http/context.ts";
import { Conflict, Validation } from "../http/errors.ts";
import { METER_KINDS, type MeterKind, type Register } from "./meter-kinds.ts";
import type { Meter } from "./meter-rules.ts";
import { parseReadAt } from "./read-at-rules.ts";
import type { ReadingVerdict } from "./reading-rules.ts";

/** Parses a `YYYY-MM-DD` or ISO 8601 instant, or refuses it naming the field. */
export function parseInstant(text: string, field: string): Date {
  const parsed = parseReadAt(text);
  if (!parsed.ok) throw new Validation(parsed.code, [{ field, code: "invalid_date", message: parsed.code }]);
  return parsed.readAt;
}

/** Turns a refusal of the reading rules into the error the API answers: 409 for clashes, 422 otherwise. */
export function refuseReading(
  verdict: Extract<ReadingVerdict, { ok: false }>,
  field: string = verdict.field,
): never {
  const fieldErrors = [{ field, code: verdict.code, message: verdict.message ?? verdict.code }];
  const error =
    verdict.code === "reading.client_id_reused" || verdict.code === "reading.conflict_same_moment"
      ? new Conflict(verdict.code, verdict.params, fieldErrors)
      : new Validation(verdict.code, fieldErrors, verdict.params);
  if (verdict.extensions) error.extensions = verdict.extensions;
  if (verdict.message) error.messageCode = verdict.message;
  throw error;
}

export function readingSourceOf(ctx: Ctx): "household" | "adviser" {
  return ctx.actor.role === "household" ? "household" : "adviser";
}

/** The meter as the pure rules see it. */
export function toRuleMeter(row: {
  id: string;
  kind: MeterKind;
  registers: Register[];
  startedAt: Date;
  closedAt: Date | null;
  maxIndex: number | null;
  gasType: "H" | "L" | null;
}): Meter {
  return { ...row, unit: METER_KINDS[row.kind].unit };
}
