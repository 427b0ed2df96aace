import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Tx } from "./client.ts";

/**
 * COPY rows into a table inside the caller's transaction, on either driver: building one INSERT
 * for thousands of rows costs more than the database's work (STACK-NOTES.md). `lines` are
 * PostgreSQL text-format lines (tab-separated, `\N` for NULL, each ending with a newline).
 * Needs the transaction's own connection: drizzle keeps it as `tx.session.client`.
 */
export async function copyLines(
  tx: Tx,
  { table, columns, lines }: { table: string; columns: readonly string[]; lines: readonly string[] },
): Promise<void> {
  if (!lines.length) return;
  const target = `${quote(table)} (${columns.map(quote).join(", ")})`;
  const client = (tx as unknown as { session: { client: DriverClient } }).session.client;
  if ("unsafe" in client) {
    const stream = await client.unsafe(`copy ${target} from stdin`).writable();
    await pipeline(Readable.from(batches(lines)), stream);
  } else {
    await client.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob(lines as string[]) });
  }
}

type DriverClient =
  | { unsafe(query: string): { writable(): Promise<NodeJS.WritableStream> } }
  | { query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown> };

function quote(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`unexpected identifier ${identifier}`);
  return `"${identifier}"`;
}

/** About 64 KB per write: fewer, larger packets than one write per line. */
function* batches(lines: readonly string[]) {
  let batch: string[] = [];
  let size = 0;
  for (const line of lines) {
    batch.push(line);
    size += line.length;
    if (size >= 65_536) {
      yield batch.join("");
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch.join("");
}

/** A value in COPY text format: `\N` for null, backslash, tab and newlines escaped. */
export function copyText(value: string | number | null): string {
  if (value === null) return "\\N";
  return String(value).replace(
    /[\\\t\n\r]/g,
    (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] ?? c,
  );
}

/** A PostgreSQL array literal of numbers and nulls, for a `real[]` column. */
export function copyNumberArray(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null ? "NULL" : String(v))).join(",")}}`;
}
