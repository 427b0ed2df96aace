import type { DbOrTx } from "./client.ts";

/**
 * A query of a hot path built once per database handle (drizzle's `.prepare`) and then run with
 * placeholder values: building a select of many columns costs more than running it on PGlite
 * (profiled on POST reading: query building was a sixth of the request). Transactions get their own.
 */
export function preparedPer<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
  const built = new WeakMap<DbOrTx, Q>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
