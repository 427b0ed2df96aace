import type { Context } from "hono";
import type { AppEnv } from "../http/context.ts";
import { BadRequest } from "../http/errors.ts";
import { ctxOf, defineRoute, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { BUILDING_WRITERS } from "./building-access.ts";
import { importBuildingFile } from "./building-import.ts";
import { BUILDING_FILE_BODY, BuildingImportSchema } from "./buildings.schemas.ts";

const upload = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/buildings/import",
  tags: ["buildings"],
  summary:
    "Import a CSV of buildings or of dwellings, upserted by building code and unit label (201 when something changed, 200 when all was already there)",
  request: { body: BUILDING_FILE_BODY },
  responses: {
    201: jsonResponse("Imported", BuildingImportSchema),
    200: jsonResponse("Already there: nothing changed", BuildingImportSchema),
    ...problems(400, 401, 403, 422),
  },
});

/** The file's bytes: the raw body, or the multipart field `file` (the app's 1 MB limit holds ~10,000 rows). */
async function fileBytes(c: Context<AppEnv>): Promise<Uint8Array> {
  if (!c.req.header("content-type")?.toLowerCase().startsWith("multipart/form-data"))
    return new Uint8Array(await c.req.arrayBuffer());
  const file = (await c.req.parseBody()).file;
  if (!(file instanceof File))
    throw new BadRequest("request.invalid", [
      { field: "file", code: "required", message: "validation.required" },
    ]);
  return new Uint8Array(await file.arrayBuffer());
}

export const buildingImportRoutes = moduleRouter().openapi(upload, async (c) => {
  const result = await importBuildingFile({ ctx: ctxOf(c), bytes: await fileBytes(c) });
  return result.created + result.updated ? c.json(result, 201) : c.json(result, 200);
});
