import { PGlite, types } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withStatementCache } from "../../db/pglite-statements.ts";

// The cache wraps PGlite only; the PostgreSQL run has nothing to test here.
describe.skipIf(process.env.TEST_DB === "postgres")("PGlite with prepared statements", () => {
  let pg: PGlite;
  let cached: PGlite;
  beforeAll(async () => {
    pg = await PGlite.create();
    cached = withStatementCache(pg);
    await pg.exec(`
      create table item (id int primary key, name text, at timestamptz, amount numeric(8,3),
        tags text[], data jsonb, done boolean);
      insert into item values
        (1, 'un', '2026-03-29 01:30:00+00', 12.5, '{a,b}', '{"k": [1, null]}', true),
        (2, null, null, null, null, null, null);`);
  });
  afterAll(() => pg.close());

  // What drizzle's PGlite driver asks for: rows as arrays, timestamps and numerics left as text.
  const drizzleOptions = { rowMode: "array" as const, parsers: { [types.TIMESTAMPTZ]: (v: string) => v } };

  it("answers exactly as PGlite's own query, every time the same SQL runs again", async () => {
    const cases: Array<[string, unknown[], object?]> = [
      ["select * from item where id = $1", [1]],
      ["select * from item where id = $1", [2]],
      ["select * from item where id = $1", [1], drizzleOptions],
      ["select * from item where tags && $1 order by id", [["b", "z"]]],
      ["select $1::jsonb -> 'k' as k, $2::timestamptz as t", [{ k: [1] }, new Date("2026-10-25T00:30:00Z")]],
      ["select count(*)::int as n from item where name is not distinct from $1", [null]],
    ];
    for (const [query, params, options] of cases) {
      const expected = await pg.query(query, params, options);
      for (let round = 0; round < 2; round++)
        expect(await cached.query(query, params, options)).toEqual(expected);
    }
  });

  it("reports affected rows and RETURNING of writes", async () => {
    const inserted = await cached.query("insert into item (id, name) values ($1, $2) returning id, name", [
      3,
      "trois",
    ]);
    expect(inserted.rows).toEqual([{ id: 3, name: "trois" }]);
    expect(inserted.affectedRows).toBe(1);
    const updated = await cached.query("update item set done = $1 where id >= $2", [false, 2]);
    expect(updated.affectedRows).toBe(2);
    expect((await pg.query("select count(*)::int as n from item where done = false")).rows).toEqual([
      { n: 2 },
    ]);
  });

  it("throws PostgreSQL's error with its SQLSTATE, the query and its parameters, and keeps working", async () => {
    const insert = "insert into item (id) values ($1)";
    await expect(cached.query(insert, [1])).rejects.toMatchObject({
      code: "23505",
      query: insert,
      params: [1],
    });
    await expect(cached.query("select * from nowhere where id = $1", [1])).rejects.toMatchObject({
      code: "42P01",
    });
    expect((await cached.query(insert, [4])).affectedRows).toBe(1);
  });

  it("runs inside a transaction, keeps its statements after a rollback, and others wait for the commit", async () => {
    const count = "select count(*)::int as n from item where id >= $1";
    await expect(
      cached.transaction(async (tx) => {
        await tx.query("insert into item (id) values ($1)", [10]);
        expect((await tx.query(count, [10])).rows).toEqual([{ n: 1 }]);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await cached.query(count, [10])).rows).toEqual([{ n: 0 }]);

    let outsideSaw: unknown;
    await cached.transaction(async (tx) => {
      await tx.query("insert into item (id) values ($1)", [11]);
      // Started while the transaction is open: it must not run inside it, nor before its commit.
      const outside = cached.query(count, [10]).then((r) => {
        outsideSaw = r.rows;
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(outsideSaw).toBeUndefined();
      await tx.query("insert into item (id) values ($1)", [12]);
      void outside;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(outsideSaw).toEqual([{ n: 2 }]);
  });

  it("keeps working past its size limit, and after a table changes under a statement", async () => {
    for (let i = 0; i < 520; i++)
      expect((await cached.query(`select $1::int + ${i} as n`, [1])).rows).toEqual([{ n: 1 + i }]);
    expect((await cached.query("select $1::int + 0 as n", [5])).rows).toEqual([{ n: 5 }]);

    const all = "select * from item where id = $1";
    await cached.query(all, [1]);
    await pg.exec("alter table item add column note text");
    // PostgreSQL refuses a prepared statement whose columns changed; the next run prepares it again.
    const retried = await cached.query(all, [1]).catch(() => cached.query(all, [1]));
    expect(Object.keys(retried.rows[0] as object)).toContain("note");
  });

  it("leaves COPY from a blob to PGlite", async () => {
    await cached.query("copy item (id, name) from '/dev/blob'", [], { blob: new Blob(["20\tvingt\n"]) });
    expect((await cached.query("select name from item where id = $1", [20])).rows).toEqual([
      { name: "vingt" },
    ]);
  });
});
