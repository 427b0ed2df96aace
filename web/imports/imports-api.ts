import type { InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const imports = client.api.meters[":meterId"].imports;

export type ImportResult = InferResponseType<typeof imports.$post, 201>;
export type PastImport = InferResponseType<typeof imports.$get, 200>[number];

/** Column names of a file in no operator's layout ("generic"): where the time and the value are. */
export interface GenericMapping {
  timestampColumn: string;
  valueColumn: string;
  unit: "kwh" | "m3";
}

/**
 * An operator's file goes as it is (`text/csv`, streamed by the browser from the disk); a generic
 * one as multipart, with its column mapping beside it.
 */
function upload(meterId: string, file: File, mapping: GenericMapping | null) {
  if (!mapping)
    return imports.$post(
      { param: { meterId } },
      { init: { body: file }, headers: { "content-type": "text/csv" } },
    );
  const form = new FormData();
  form.append("file", file);
  form.append("timestampColumn", mapping.timestampColumn);
  form.append("valueColumn", mapping.valueColumn);
  form.append("unit", mapping.unit);
  return imports.$post({ param: { meterId } }, { init: { body: form } });
}

export const importsApi = {
  upload: (meterId: string, file: File, mapping: GenericMapping | null) =>
    request(upload(meterId, file, mapping)),
  list: (meterId: string) => request(imports.$get({ param: { meterId } })),
};
