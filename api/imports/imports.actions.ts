import { recordAudit } from "../audit/index.ts";
import { meterDataChanged, refreshAfterMeterWrite } from "../buildings/index.ts";
import type { Ctx } from "../http/context.ts";
import { type AppError, Validation } from "../http/errors.ts";
import { getMeter, ownerIdOf } from "../meters/index.ts";
import { METER_KINDS } from "../meters/meter-kinds.ts";
import type { GenericMapping } from "./import-formats.ts";
import { refusedRowMessage } from "./import-messages.ts";
import { parseImportFile } from "./import-parse.ts";
import { FileRefused, type Refusal } from "./import-refusals.ts";
import { UNITS_BY_KIND } from "./import-rows.ts";
import * as repo from "./imports.repo.ts";

/**
 * Imports a smart-meter CSV into a meter's interval data, in one transaction: the file is read
 * first (a bad line refuses it whole, nothing written), then its days are COPYed into a staging
 * table and upserted, and the monthly rollup of the months it touches is rewritten. Days already
 * stored with the same values count as nothing imported, so the same file twice changes nothing
 * (`created: false`); a day stored by an earlier file and different in this one is replaced by it.
 */
export async function importMeterFile({
  ctx,
  meterId,
  body,
  mapping,
}: {
  ctx: Ctx;
  meterId: string;
  body: AsyncIterable<Uint8Array>;
  mapping?: GenericMapping;
}) {
  const meter = await getMeter({ ctx, meterId });
  if (!UNITS_BY_KIND[meter.kind])
    throw new Validation("import.meter_not_supported", [
      { field: "meterId", code: "import.meter_not_supported", message: "import.meter_not_supported" },
    ]);
  const parsed = await parseImportFile({
    body,
    meter: {
      kind: meter.kind,
      registers: meter.registers,
      ean: meter.ean,
      unit: METER_KINDS[meter.kind].unit,
      startedAt: meter.startedAt,
      closedAt: meter.closedAt,
    },
    mapping,
  }).catch((error) => {
    throw error instanceof FileRefused ? refusalError(error.refusal) : error;
  });
  const summary = {
    rowsRead: parsed.rowsRead,
    from: parsed.from,
    to: parsed.to,
    registers: parsed.registers,
    flags: parsed.flags,
  };
  const imported = await ctx.db.transaction(async (tx) => {
    await repo.lockMeter(tx, ctx.orgId, meterId);
    await repo.stageDays(tx, parsed.days);
    const changed = await repo.changedDays(tx, meterId);
    if (!changed.length) return { created: false, result: { ...summary, rowsImported: 0 } };
    const rowsImported = changed.reduce((sum, d) => sum + d.rows, 0);
    const importId = await repo.insertImport(tx, {
      organisationId: ctx.orgId,
      meterId,
      format: parsed.format,
      fileSha256: parsed.fileSha256,
      rowsRead: parsed.rowsRead,
      rowsImported,
      fromAt: parsed.from,
      toAt: parsed.to,
      registers: parsed.registers,
      flags: parsed.flags,
      importedBy: ctx.actor.userId,
      importedAt: ctx.now,
    });
    await repo.upsertDays(tx, { orgId: ctx.orgId, meterId, importId });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "meter.imported",
      subjectId: ownerIdOf(meter),
      details: { meterId, importId, rowsImported },
      at: ctx.now,
    });
    await meterDataChanged(tx, ctx.orgId, meterId);
    return { created: true, result: { ...summary, rowsImported } };
  });
  if (imported.created) await refreshAfterMeterWrite(ctx, meter.buildingId);
  return imported;
}

export async function listImports({ ctx, meterId }: { ctx: Ctx; meterId: string }) {
  await getMeter({ ctx, meterId });
  return repo.listImports(ctx.db, ctx.orgId, meterId);
}

/** A refused file as problem+json: 422 with the line (a top-level `line` member) and the field at fault. */
function refusalError(refusal: Refusal): AppError {
  const name = "field" in refusal && refusal.field ? refusal.field : "file";
  const field = (code: string) => [{ field: name, code, message: code }];
  let error: AppError;
  switch (refusal.code) {
    case "import.bad_row": {
      // A line read fine but refused for what it says: its reason is the title, and beside it the
      // file's column at fault (a field of the form, the file or its unit, says the reason itself).
      const refused = refusedRowMessage(refusal.reason);
      const inColumn = refused && name !== "file" && name !== "unit";
      const where = inColumn ? [{ field: name, code: refusal.reason, message: "import.in_column" }] : null;
      error = new Validation(refusal.code, where ?? field(refusal.reason), {
        line: refusal.line,
        value: refusal.value ?? "",
        column: name,
      });
      if (refused) error.messageCode = refused;
      break;
    }
    case "import.ean_mismatch":
      error = new Validation(refusal.code, field(refusal.code), {
        line: refusal.line,
        fileEan: refusal.fileEan,
        meterEan: refusal.meterEan,
      });
      break;
    case "import.unknown_register":
      error = new Validation(refusal.code, field(refusal.code), {
        line: refusal.line,
        register: refusal.register,
        registers: refusal.registers,
      });
      break;
    default:
      error = new Validation(refusal.code, field(refusal.code), { line: refusal.line });
  }
  error.extensions = { line: refusal.line };
  return error;
}

/**
 * Day totals of the interval data of a household's meters, for a caller that has passed the
 * household consent gate, between two Brussels days inclusive.
 */
export async function intervalDaysForHousehold({
  ctx,
  householdId,
  fromDay,
  toDay,
}: {
  ctx: Ctx;
  householdId: string;
  fromDay: string;
  toDay: string;
}) {
  return repo.intervalDaysOfHousehold(ctx.db, { orgId: ctx.orgId, householdId, fromDay, toDay });
}
