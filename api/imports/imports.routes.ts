import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../http/context.ts";
import { AppError, BadRequest } from "../http/errors.ts";
import { validationError } from "../http/problem.ts";
import { ctxOf, defineRoute, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import type { GenericMapping } from "./import-formats.ts";
import { importMeterFile, listImports } from "./imports.actions.ts";
import {
  IMPORT_BODY,
  ImportFields,
  ImportResultSchema,
  MAX_IMPORT_BYTES,
  MeterImportSchema,
} from "./imports.schemas.ts";

const MeterIdParam = z.object({ meterId: z.uuid().openapi({ param: { name: "meterId", in: "path" } }) });

/** Like readings: the household itself, and staff of its organisation once it has consented. */
const WRITERS = ["coordinator", "adviser", "housing_manager", "household"] as const;
const READERS = [...WRITERS, "viewer"] as const;

export const IMPORTS_PATH = /^\/api\/meters\/[^/]+\/imports$/;

const upload = defineRoute(WRITERS, {
  method: "post",
  path: "/api/meters/{meterId}/imports",
  tags: ["imports"],
  summary:
    "Import a smart-meter CSV (201 when new data was written, 200 with rowsImported 0 when it was already there)",
  request: { params: MeterIdParam, body: IMPORT_BODY },
  responses: {
    201: jsonResponse("Imported", ImportResultSchema),
    200: jsonResponse("Already there: nothing changed", ImportResultSchema),
    ...problems(400, 401, 403, 404, 413, 422),
  },
});

const list = defineRoute(READERS, {
  method: "get",
  path: "/api/meters/{meterId}/imports",
  tags: ["imports"],
  summary: "The meter's past imports, newest first",
  request: { params: MeterIdParam },
  responses: { 200: jsonResponse("Imports", z.array(MeterImportSchema)), ...problems(401, 403, 404) },
});

/** The file as a stream: the raw body, or the multipart field `file` with the generic mapping beside it. */
async function importBody(
  c: Context<AppEnv>,
): Promise<{ body: AsyncIterable<Uint8Array>; mapping?: GenericMapping }> {
  if (!c.req.header("content-type")?.toLowerCase().startsWith("multipart/form-data"))
    return { body: c.req.raw.body ?? (async function* () {})() };
  // A body that is not the multipart it claims to be is the sender's error, not ours.
  const form = await c.req.parseBody().catch(() => {
    throw new BadRequest("request.invalid", [
      { field: "file", code: "malformed", message: "import.malformed_form" },
    ]);
  });
  const file = form.file;
  if (!(file instanceof File))
    throw new BadRequest("request.invalid", [
      { field: "file", code: "required", message: "validation.required" },
    ]);
  const fields = ImportFields.safeParse(
    Object.fromEntries(Object.entries(form).filter(([k]) => k !== "file")),
  );
  if (!fields.success) throw validationError(fields.error, c.get("lang"));
  const { timestampColumn, valueColumn, unit, register } = fields.data;
  const mapping =
    timestampColumn && valueColumn ? { timestampColumn, valueColumn, unit, register } : undefined;
  return { body: file.stream() as unknown as AsyncIterable<Uint8Array>, mapping };
}

const limit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: () => {
    throw new AppError(413, "import.too_large", { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 });
  },
});

const router = moduleRouter();
router.use("/api/meters/:meterId/imports", (c, next) => (c.req.method === "POST" ? limit(c, next) : next()));

export const importRoutes = router
  .openapi(upload, async (c) => {
    const { meterId } = c.req.valid("param");
    const ctx = ctxOf(c);
    const { body, mapping } = await importBody(c);
    const { created, result } = await importMeterFile({ ctx, meterId, body, mapping });
    return created ? c.json(result, 201) : c.json(result, 200);
  })
  .openapi(list, async (c) =>
    c.json(await listImports({ ctx: ctxOf(c), meterId: c.req.valid("param").meterId }), 200),
  );
