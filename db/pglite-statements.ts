import {
  type messages,
  type PGlite,
  parse,
  protocol,
  type Results,
  type Transaction,
} from "@electric-sql/pglite";

type QueryOptions = NonNullable<Parameters<PGlite["query"]>[2]>;
type Parser = NonNullable<QueryOptions["parsers"]>[number];
type Statement = { name: string; paramTypes: number[]; resultTypes: number[] };

/** Prepared statements kept per database; the least recently used one is closed beyond this. */
const MAX_STATEMENTS = 500;
const { serialize } = protocol;

/**
 * PGlite's `query()` parses and plans its SQL on every call and crosses into WebAssembly six times
 * (parse, describe, bind, describe, execute, sync). This client prepares each SQL text once as a
 * named statement, as postgres.js does on a server, and then runs it in one crossing: bind, describe,
 * execute and sync together. Measured here: `select $1` 0.15 → 0.04 ms, one INSERT 0.19 → 0.07 ms,
 * the session lookup 0.73 → 0.3 ms. Results, parsers and errors are PGlite's own. COPY from a blob
 * and typed parameters go to PGlite unchanged.
 *
 * It is what drizzle's PGlite driver calls: `query` and `transaction`.
 */
export function withStatementCache(pg: PGlite): PGlite {
  const statements = new Map<string, Statement>();
  let counter = 0;

  /** One crossing into the database; runs under the caller's query lock. */
  const send = async (...messages: Uint8Array[]) =>
    (await pg.execProtocol(concat(messages), { syncToFs: false })).messages;

  async function prepare(query: string): Promise<Statement> {
    const cached = statements.get(query);
    if (cached) {
      // Map order is the recency order.
      statements.delete(query);
      statements.set(query, cached);
      return cached;
    }
    const name = `ew_${++counter}`;
    const close: Uint8Array[] = [];
    if (statements.size >= MAX_STATEMENTS) {
      const [oldestQuery, oldest] = statements.entries().next().value as [string, Statement];
      statements.delete(oldestQuery);
      close.push(serialize.close({ type: "S", name: oldest.name }));
    }
    const described = await send(
      ...close,
      serialize.parse({ name, text: query, types: [] }),
      serialize.describe({ type: "S", name }),
      serialize.sync(),
    );
    const columns = described.find((m): m is messages.RowDescriptionMessage => m.name === "rowDescription");
    const statement = {
      name,
      paramTypes: parse.parseDescribeStatementResults(described),
      resultTypes: columns?.fields.map((f) => f.dataTypeID) ?? [],
    };
    statements.set(query, statement);
    return statement;
  }

  async function run<T>(query: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    try {
      const statement = await prepare(query);
      const values = params.map((param, i) => {
        if (param === null || param === undefined) return null;
        const oid = statement.paramTypes[i] as number;
        const toText = options?.serializers?.[oid] ?? pg.serializers[oid];
        return toText ? toText(param) : String(param);
      });
      const messages = await send(
        serialize.bind({ statement: statement.name, values }),
        serialize.describe({ type: "P" }),
        serialize.execute({}),
        serialize.sync(),
      );
      // PGlite would copy its whole table of parsers on each call; only the result's types are needed.
      const parsers: Record<number, Parser | undefined> = {};
      for (const oid of statement.resultTypes) parsers[oid] = options?.parsers?.[oid] ?? pg.parsers[oid];
      const rowMode = options?.rowMode ? { rowMode: options.rowMode } : undefined;
      return parse.parseResults(messages, parsers as Record<number, Parser>, rowMode)[0] as Results<T>;
    } catch (error) {
      // A table changed under a prepared statement ("cached plan must not change result type").
      if ((error as { code?: string }).code === "0A000") statements.delete(query);
      throw Object.assign(error as object, { query, params });
    }
  }

  const passThrough = (options?: QueryOptions) => Boolean(options?.blob || options?.paramTypes);

  const query = <T>(query: string, params: unknown[] = [], options?: QueryOptions) => {
    if (passThrough(options)) return pg.query<T>(query, params, options);
    // As PGlite's own query: not inside another caller's transaction, and synced to disk after.
    return pg._runExclusiveTransaction(() =>
      pg._runExclusiveQuery(async () => {
        const result = await run<T>(query, params, options);
        await pg.syncToFs();
        return result;
      }),
    );
  };
  const transaction = <T>(body: (tx: Transaction) => Promise<T>) =>
    pg.transaction((tx) => {
      const cachedTx: Transaction = {
        ...tx,
        query: <R>(query: string, params: unknown[] = [], options?: QueryOptions) => {
          if (passThrough(options) || tx.closed) return tx.query<R>(query, params, options);
          return pg._runExclusiveQuery(() => run<R>(query, params, options));
        },
        get closed() {
          return tx.closed;
        },
      };
      return body(cachedTx);
    });
  return { query, transaction } as unknown as PGlite;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
