import type { Language } from "../http/i18n.ts";
import { FILE_NAMES } from "./export-labels.ts";

/** Personal data: never kept by a browser or proxy cache. */
const PRIVATE = { "cache-control": "no-store" } as const;

/** `releves-DEMO-01-2026-03-10.csv`: what, whose, when (the household code is [A-Z0-9-]). */
export function attachmentHeaders({
  what,
  code,
  day,
  extension,
  lang,
}: {
  what: keyof typeof FILE_NAMES;
  code: string;
  day: string;
  extension: "csv" | "json" | "zip";
  lang: Language;
}) {
  const safeCode = code.replaceAll(/[^A-Za-z0-9-]/g, "");
  const filename = `${FILE_NAMES[what][lang]}-${safeCode}-${day}.${extension}`;
  return { ...PRIVATE, "content-disposition": `attachment; filename="${filename}"` };
}

export const CSV_TYPE = "text/csv; charset=utf-8";
