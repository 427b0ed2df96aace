import type { Tx } from "../../db/client.ts";
import { recordAudit } from "../audit/index.ts";
import type { Ctx } from "../http/context.ts";
import { type AppError, Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import {
  type BuildingFileRefusal,
  BuildingFileRefused,
  badRow,
  decodeCsv,
  type ParsedBuildingFile,
  parseBuildingFile,
} from "./building-csv.ts";
import * as importRepo from "./building-import.repo.ts";
import { assertHousingCompany } from "./buildings.actions.ts";

/**
 * Imports a housing company's list of buildings or of dwellings in one transaction: the whole file is
 * checked first (a bad row refuses it, nothing written), then each row is upserted by the company's
 * building code (and the dwelling's unit label). The same file again changes nothing. Rows missing
 * from a file are left as they are: an import adds and updates, it never deletes.
 */
export async function importBuildingFile({ ctx, bytes }: { ctx: Ctx; bytes: Uint8Array }) {
  assertBuildingAccess(ctx, "write");
  await assertHousingCompany(ctx);
  try {
    const parsed = parseBuildingFile(decodeCsv(bytes));
    const counts = await ctx.db.transaction(async (tx) => {
      const written = await writeRows(tx, ctx, parsed);
      if (written.created + written.updated)
        await recordAudit(tx, {
          organisationId: ctx.orgId,
          actorUserId: ctx.actor.userId,
          action: `${parsed.kind}.imported`,
          details: { rowsRead: parsed.rows.length, ...written },
          at: ctx.now,
        });
      return written;
    });
    const rowsRead = parsed.rows.length;
    return { kind: parsed.kind, rowsRead, ...counts, unchanged: rowsRead - counts.created - counts.updated };
  } catch (error) {
    throw error instanceof BuildingFileRefused ? refusalError(error.refusal) : error;
  }
}

async function writeRows(tx: Tx, ctx: Ctx, parsed: ParsedBuildingFile) {
  const stamps = { organisationId: ctx.orgId, createdAt: ctx.now, updatedAt: ctx.now };
  if (parsed.kind === "buildings")
    return importRepo.upsertBuildings(
      tx,
      parsed.rows.map(({ line: _line, heatedAreaM2, ...row }) => ({
        ...row,
        ...stamps,
        heatedAreaM2: String(heatedAreaM2),
        createdBy: ctx.actor.userId,
      })),
      ctx.now,
    );
  const ids = await importRepo.buildingIdsByCode(tx, ctx.orgId, [
    ...new Set(parsed.rows.map((r) => r.buildingCode)),
  ]);
  const unknown = parsed.rows.find((r) => !ids.has(r.buildingCode));
  if (unknown)
    badRow(
      unknown.line,
      parsed.buildingCodeColumn,
      "building_import.reason.unknown_building",
      unknown.buildingCode,
    );
  return importRepo.upsertDwellings(
    tx,
    parsed.rows.map(({ line: _line, buildingCode, floorAreaM2, ...row }) => ({
      ...row,
      ...stamps,
      buildingId: ids.get(buildingCode) as string,
      floorAreaM2: String(floorAreaM2),
    })),
    ctx.now,
  );
}

/** A refused file as problem+json: 422 with the line (a top-level `line` member) and the column at fault. */
function refusalError(refusal: BuildingFileRefusal): AppError {
  const column = "column" in refusal ? refusal.column : "";
  const reason = refusal.code === "building_import.bad_row" ? refusal.reason : refusal.code;
  const error = new Validation(refusal.code, [{ field: column || "file", code: reason, message: reason }], {
    line: refusal.line,
    column,
    value: "value" in refusal ? refusal.value : "",
  });
  error.extensions = { line: refusal.line };
  return error;
}
