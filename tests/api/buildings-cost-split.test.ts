import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, costSplits, households } from "../../db/schema/index.ts";
import { makeHousehold, makeUser } from "../factories/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * A building of three dwellings with allocators, read at the season's start and end:
 * A 50 m², 400 units × 1; B 70 m², 200 units × 1.5 = 300, its household left on 1 January;
 * C 80 m², no end reading (estimated: 80 m² × 700/120 units per m² ≈ 466.67).
 * Bill 10 000 €, 30 % fixed: A pays 50/200 × 3 000 + 400/1 166.67 × 7 000 = 750 + 2 400 = 3 150 €.
 */
let w: BuildingsWorld;
let buildingId: string;
const d: Record<"a" | "b" | "c", string> = { a: "", b: "", c: "" };
let leaver: string;
let leaverCode: string;
const SEASON = { from: "2024-10-01", to: "2025-05-01" };
const body = { bill: { totalEur: 10_000, ...SEASON }, fixedShare: 0.3 };

async function allocator(dwellingId: string, ratingFactor: number, endUnits: number | null) {
  const meter = await w.t.call("POST", `/api/dwellings/${dwellingId}/meters`, {
    cookie: w.manager.cookie,
    body: {
      kind: "heat_cost_allocator",
      name: "Séjour",
      startedAt: SEASON.from,
      startIndex: 0,
      ratingFactor,
    },
  });
  expect(meter.status).toBe(201);
  if (endUnits === null) return meter.body.id as string;
  const read = await w.t.call("POST", `/api/meters/${meter.body.id}/readings`, {
    cookie: w.manager.cookie,
    body: { readAt: SEASON.to, value: endUnits, clientId: randomUUID(), confirm: true },
  });
  expect(read.status, JSON.stringify(read.body)).toBe(201);
  return meter.body.id as string;
}

beforeAll(async () => {
  w = await buildingsWorld();
  buildingId = (await w.building()).id;
  d.a = (await w.dwelling(buildingId, { unitLabel: "A", floorAreaM2: 50 })).id;
  d.b = (await w.dwelling(buildingId, { unitLabel: "B", floorAreaM2: 70 })).id;
  d.c = (await w.dwelling(buildingId, { unitLabel: "C", floorAreaM2: 80 })).id;
  await allocator(d.a, 1, 400);
  await allocator(d.b, 1.5, 200);
  await allocator(d.c, 1, null);
  const link = await w.t.call("PUT", `/api/buildings/${buildingId}/dwellings/${d.a}/household`, {
    cookie: w.manager.cookie,
    body: { householdId: w.tenant.id },
  });
  expect(link.status).toBe(200);
  ({ id: leaver, code: leaverCode } = await makeHousehold(w.t.db, { organisationId: w.company.id }));
});
afterAll(() => w.t.close());

const occupancies = (dwellingId: string) =>
  `/api/buildings/${buildingId}/dwellings/${dwellingId}/occupancies`;
const cents = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0);

describe("occupancies", () => {
  it("record move-ins and move-outs; overlaps and bad dates are refused plainly", async () => {
    const moved = await w.t.call("POST", occupancies(d.b), {
      cookie: w.manager.cookie,
      body: { householdId: leaver, movedInOn: "2019-03-01", movedOutOn: "2025-01-01" },
    });
    expect(moved.status).toBe(201);
    expect(moved.body).toMatchObject({ householdId: leaver, movedOutOn: "2025-01-01" });
    const overlap = await w.t.call("POST", occupancies(d.b), {
      cookie: w.coordinator.cookie,
      body: { householdId: null, movedInOn: "2024-12-01" },
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.title).toBe("Ces dates chevauchent une autre occupation de ce logement.");
    const backwards = await w.t.call("POST", occupancies(d.b), {
      cookie: w.manager.cookie,
      body: { householdId: null, movedInOn: "2026-03-01", movedOutOn: "2026-02-01" },
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0].field).toBe("movedOutOn");
    const stranger = await makeHousehold(w.t.db, { organisationId: w.cpas.id });
    const unknown = await w.t.call("POST", occupancies(d.b), {
      cookie: w.manager.cookie,
      body: { householdId: stranger.id, movedInOn: "2026-03-01" },
    });
    expect(unknown.status).toBe(422);
    expect(
      (
        await w.t.call("POST", occupancies(d.b), {
          cookie: w.viewer.cookie,
          body: { householdId: null, movedInOn: "2026-03-01" },
        })
      ).status,
    ).toBe(403);
    const list = await w.t.call("GET", occupancies(d.b), { cookie: w.viewer.cookie });
    expect(list.body).toHaveLength(1);
    expect((await w.t.call("GET", occupancies(d.b), { cookie: w.otherManager.cookie })).status).toBe(404);

    const extra = await w.t.call("POST", occupancies(d.c), {
      cookie: w.manager.cookie,
      body: { householdId: null, movedInOn: "2020-01-01", movedOutOn: "2020-02-01" },
    });
    const edited = await w.t.call("PATCH", `${occupancies(d.c)}/${extra.body.id}`, {
      cookie: w.manager.cookie,
      body: { movedOutOn: "2020-03-01" },
    });
    expect(edited.body.movedOutOn).toBe("2020-03-01");
    const gone = await w.t.call("DELETE", `${occupancies(d.c)}/${extra.body.id}`, {
      cookie: w.manager.cookie,
    });
    expect(gone.status).toBe(204);
  });

  it("keep what a correction does not mention, and never put one household in two homes at once", async () => {
    const [stay] = (await w.t.call("GET", occupancies(d.b), { cookie: w.manager.cookie })).body;
    const corrected = await w.t.call("PATCH", `${occupancies(d.b)}/${stay.id}`, {
      cookie: w.manager.cookie,
      body: { movedInOn: "2019-04-01" },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ movedInOn: "2019-04-01", movedOutOn: "2025-01-01" });

    const elsewhere = await w.t.call("POST", occupancies(d.c), {
      cookie: w.manager.cookie,
      body: { householdId: leaver, movedInOn: "2024-12-01" },
    });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.errors[0].field).toBe("householdId");
    expect(elsewhere.body.title).toMatch(/habite déjà un autre logement/);
    // From the day after leaving B, the same household may move into C.
    const next = await w.t.call("POST", occupancies(d.c), {
      cookie: w.manager.cookie,
      body: { householdId: leaver, movedInOn: "2025-01-01", movedOutOn: "2025-02-01" },
    });
    expect(next.status).toBe(201);
    const moveBack = await w.t.call("PATCH", `${occupancies(d.c)}/${next.body.id}`, {
      cookie: w.manager.cookie,
      body: { movedInOn: "2024-12-15" },
    });
    expect(moveBack.status).toBe(409);
    expect(
      (await w.t.call("DELETE", `${occupancies(d.c)}/${next.body.id}`, { cookie: w.manager.cookie })).status,
    ).toBe(204);
  });
});

describe("a heating cost split", () => {
  let splitId: string;
  let own: { id: string; totalEur: number };

  it("splits the bill to the cent from the readings on file, estimating a dwelling without reading", async () => {
    const res = await w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, {
      cookie: w.manager.cookie,
      body,
    });
    expect(res.status).toBe(201);
    splitId = res.body.id;
    expect(res.body).toMatchObject({
      status: "draft",
      totalEur: 10_000,
      fixedEur: 3_000,
      variableEur: 7_000,
      variableBasis: "allocator_units",
      totalAreaM2: 200,
    });
    const statements = res.body.statements;
    expect(cents(statements.map((s: { totalEur: number }) => s.totalEur))).toBe(1_000_000);
    const byLabel = (label: string) =>
      statements.filter((s: { dwellingLabel: string }) => s.dwellingLabel === label);
    own = byLabel("A")[0];
    expect(own).toMatchObject({
      householdId: w.tenant.id,
      fixedEur: 750,
      variableEur: 2_400,
      totalEur: 3_150,
    });
    expect(own.totalEur).toBe(3_150);
    // B: its household until 1 January (92 of 212 days), then empty: the company's.
    expect(
      byLabel("B").map((s: { householdId: string | null; days: number }) => [s.householdId, s.days]),
    ).toEqual([
      [leaver, 92],
      [null, 120],
    ]);
    expect(cents(byLabel("B").map((s: { totalEur: number }) => s.totalEur))).toBe(105_000 + 180_000);
    const c = byLabel("C")[0];
    expect(c).toMatchObject({ estimated: true, estimateReason: "missing_reading", totalEur: 4_000 });
    expect(c.lines.join(" ")).toContain("Il manque un relevé pour ce logement");
    const used = res.body.readingsUsed.find((u: { dwellingId: string }) => u.dwellingId === d.c);
    expect(used).toMatchObject({ start: { value: 0 }, end: null });
  });

  it("gives the same draft back when asked again with nothing changed, not a copy", async () => {
    const again = await w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, {
      cookie: w.manager.cookie,
      body,
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(splitId);
    // Another fixed share is another split.
    const other = await w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, {
      cookie: w.manager.cookie,
      body: { ...body, fixedShare: 33.3 / 100 },
    });
    expect(other.status).toBe(201);
    expect(other.body.fixedShare).toBe(0.333);
    const finer = await w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, {
      cookie: w.manager.cookie,
      body: { ...body, fixedShare: 0.3333 },
    });
    expect(finer.status).toBe(422);
    expect(finer.body.errors[0].field).toBe("fixedShare");
    const huge = await w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, {
      cookie: w.manager.cookie,
      body: { ...body, bill: { ...body.bill, totalEur: 1e10 } },
    });
    expect(huge.status).toBe(422);
    expect(huge.body.errors[0].field).toBe("bill.totalEur");
    await w.t.db.delete(costSplits).where(eq(costSplits.id, other.body.id));
  });

  it("counts an allocator replaced during the season up to its final index, then its successor", async () => {
    const other = (await w.building({ name: "Remplacements" })).id;
    const x = (await w.dwelling(other, { unitLabel: "X", floorAreaM2: 60 })).id;
    const y = (await w.dwelling(other, { unitLabel: "Y", floorAreaM2: 60 })).id;
    const old = await allocator(x, 1, null);
    // X: 150 units until its allocator is replaced on 15 January, then 250 on the new one.
    const replaced = await w.t.call("POST", `/api/meters/${old}/replace`, {
      cookie: w.manager.cookie,
      body: { replacedAt: "2025-01-15", finalIndex: 150, newMeter: { startIndex: 0 } },
    });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(201);
    const readEnd = async (meterId: string, value: number) =>
      expect(
        (
          await w.t.call("POST", `/api/meters/${meterId}/readings`, {
            cookie: w.manager.cookie,
            body: { readAt: SEASON.to, value, clientId: randomUUID(), confirm: true },
          })
        ).status,
      ).toBe(201);
    await readEnd(replaced.body.id, 250);
    await allocator(y, 1, 400);
    const res = await w.t.call("POST", `/api/buildings/${other}/cost-splits`, {
      cookie: w.manager.cookie,
      body,
    });
    expect(res.status).toBe(201);
    const [sx, sy] = ["X", "Y"].map((label) =>
      res.body.statements.find((st: { dwellingLabel: string }) => st.dwellingLabel === label),
    );
    expect(sx).toMatchObject({ estimated: false });
    // 400 units each: the 7 000 € of variable share split evenly, the 3 000 € fixed too.
    expect(sx.totalEur).toBe(5_000);
    expect(sy.totalEur).toBe(5_000);
    const usedX = res.body.readingsUsed.filter((u: { dwellingId: string }) => u.dwellingId === x);
    expect(
      usedX.map((u: { start: { value: number }; end: { value: number } }) => [u.start.value, u.end.value]),
    ).toEqual(
      expect.arrayContaining([
        [0, 150],
        [0, 250],
      ]),
    );
  });

  it("is read by viewers, written by managers and coordinators only", async () => {
    expect(
      (await w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, { cookie: w.viewer.cookie, body }))
        .status,
    ).toBe(403);
    expect(
      (await w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, { cookie: w.tenant.cookie, body }))
        .status,
    ).toBe(403);
    const list = await w.t.call("GET", `/api/buildings/${buildingId}/cost-splits`, {
      cookie: w.viewer.cookie,
    });
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([splitId]);
    expect(
      (await w.t.call("GET", `/api/cost-splits/${splitId}`, { cookie: w.otherManager.cookie })).status,
    ).toBe(404);
    expect(
      (await w.t.call("POST", `/api/cost-splits/${splitId}/finalise`, { cookie: w.viewer.cookie })).status,
    ).toBe(403);
  });

  it("reaches a tenant once final, its own statement only, kept as sent", async () => {
    const statementPath = (id: string) => `/api/cost-splits/${splitId}/statements/${id}`;
    expect((await w.t.call("GET", statementPath(own.id), { cookie: w.tenant.cookie })).status).toBe(404);
    const final = await w.t.call("POST", `/api/cost-splits/${splitId}/finalise`, {
      cookie: w.coordinator.cookie,
    });
    expect(final.status).toBe(200);
    expect(final.body.status).toBe("final");
    const again = await w.t.call("POST", `/api/cost-splits/${splitId}/finalise`, {
      cookie: w.manager.cookie,
    });
    expect(again.status).toBe(409);
    // A season shifted by a day would bill the same winter twice: it stays a draft.
    const shifted = await w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, {
      cookie: w.manager.cookie,
      body: { ...body, bill: { ...body.bill, from: "2024-10-02" } },
    });
    expect(shifted.status).toBe(201);
    const twice = await w.t.call("POST", `/api/cost-splits/${shifted.body.id}/finalise`, {
      cookie: w.manager.cookie,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.title).toBe(
      "Une autre répartition définitive de ce bâtiment couvre déjà une partie de ces dates.",
    );
    await w.t.db.delete(costSplits).where(eq(costSplits.id, shifted.body.id));

    // The dwelling changes after the split was sent: the statement does not.
    await w.t.call("PATCH", `/api/buildings/${buildingId}/dwellings/${d.a}`, {
      cookie: w.manager.cookie,
      body: { floorAreaM2: 60 },
    });
    const mine = await w.t.call("GET", statementPath(own.id), { cookie: w.tenant.cookie });
    expect(mine.status).toBe(200);
    expect(mine.body.statement).toMatchObject({ totalEur: 3_150, dwellingLabel: "A" });
    // Intl writes narrow no-break spaces; a reader sees spaces.
    expect(mine.body.statement.lines.at(-1).replace(/\s/g, " ")).toBe("Total à payer : 3 150,00 €.");
    const other = final.body.statements.find((s: { householdId: string | null }) => s.householdId === leaver);
    expect((await w.t.call("GET", statementPath(other.id), { cookie: w.tenant.cookie })).status).toBe(404);
    expect((await w.t.call("GET", statementPath(other.id), { cookie: w.viewer.cookie })).status).toBe(200);
    // The staff read is in the household's audit log; the tenant's own reads are not.
    const audited = await w.t.db
      .select({ actor: auditLog.actorUserId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, leaver), eq(auditLog.action, "household.cost_statement_viewed")));
    expect(audited).toEqual([
      { actor: w.viewer.id, details: { costSplitId: splitId, statementId: other.id } },
    ]);
    const tenantReads = await w.t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.subjectId, w.tenant.id), eq(auditLog.action, "household.cost_statement_viewed")),
      );
    expect(tenantReads).toEqual([]);

    const data = await w.t.call("GET", `/api/households/${w.tenant.id}/data-export`, {
      cookie: w.tenant.cookie,
    });
    expect(data.body.heatingCostStatements).toMatchObject([
      { id: own.id, totalEur: 3_150, seasonFrom: SEASON.from },
    ]);
    // The household that left: its dwelling and its statement are in its CSV export too.
    const zip = await w.t.app.request(`/api/households/${leaver}/data-export?format=csv`, {
      headers: { cookie: w.coordinator.cookie },
    });
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const csvFile = (name: string) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(files[name]);
    expect(csvFile("22-logements.csv")).toMatch(/\r\nRésidence \d+;B;2019-04-01;2025-01-01\r\n$/);
    const leaverStatement = final.body.statements.find(
      (s: { householdId: string | null }) => s.householdId === leaver,
    );
    expect(csvFile("23-decomptes-chauffage.csv").split("\r\n")).toEqual([
      "\uFEFFSaison du;Saison au;Logement;Jours;Part fixe (€);Part variable (€);Total (€);Estimé",
      // The season's last day, as the statement says it.
      `2024-10-01;2025-04-30;B;${leaverStatement.days};${String(leaverStatement.fixedEur).replace(".", ",")};${String(leaverStatement.variableEur).replace(".", ",")};${String(leaverStatement.totalEur).replace(".", ",")};non`,
      "",
    ]);

    const csv = await w.t.call("GET", `/api/cost-splits/${splitId}/statements.csv`, {
      cookie: w.viewer.cookie,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    // Named by the season's last day, as the printed statement says it ("au 30/04/2025").
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="repartition-chauffage-2024-10-01-2025-04-30.csv"',
    );
    const text = csv.body as string;
    const [header, ...lines] = text
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(header).toBe(
      "Logement;Occupant;Périodes;Jours;Part fixe (€);Part variable (€);Total (€);Estimé;Explication;Couverture du bâtiment",
    );
    expect(lines).toHaveLength(final.body.statements.length);
    // The first cells of each line: who, for which days (both counted), the amounts to the cent.
    const [tenant] = await w.t.db
      .select({ code: households.code })
      .from(households)
      .where(eq(households.id, w.tenant.id));
    const heads = lines.map((line) => line.split(";").slice(0, 8).join(";"));
    const b = final.body.statements.filter((st: { dwellingLabel: string }) => st.dwellingLabel === "B");
    const eur = (x: number) => x.toFixed(2).replace(".", ",");
    expect(heads).toEqual(
      expect.arrayContaining([
        `A;Ménage test (${tenant?.code});du 2024-10-01 au 2025-04-30;212;750,00;2400,00;3150,00;non`,
        `B;Ménage test (${leaverCode});du 2024-10-01 au 2024-12-31;92;${eur(b[0].fixedEur)};${eur(b[0].variableEur)};${eur(b[0].totalEur)};non`,
        `B;Société de logement (logement vide);du 2025-01-01 au 2025-04-30;120;${eur(b[1].fixedEur)};${eur(b[1].variableEur)};${eur(b[1].totalEur)};non`,
      ]),
    );
    // The explanation on the same line says the same last day.
    expect(lines.find((line) => line.startsWith("B;Ménage"))).toContain("du 01/10/2024 au 31/12/2024");
    // In Dutch for a viewer who reads Dutch: "tot en met", the last day counted.
    const dutch = await makeUser(w.t.db, { organisationId: w.company.id, role: "viewer", language: "nl" });
    const nl = await w.t.call("GET", `/api/cost-splits/${splitId}/statements.csv`, {
      cookie: await w.t.signIn(dutch.email as string),
    });
    const nlText = (nl.body as string).replace(/^\uFEFF/, "");
    expect(nlText.split("\r\n")[0]).toMatch(/^Woning;Bewoner;Periodes;Dagen;Vast deel \(€\);/);
    expect(nlText).toContain(
      ";Huisvestingsmaatschappij (lege woning);van 2025-01-01 tot en met 2025-04-30;120;",
    );
  });

  it("refuses bad input with the engine's plain messages", async () => {
    const post = (b: unknown, id = buildingId) =>
      w.t.call("POST", `/api/buildings/${id}/cost-splits`, { cookie: w.manager.cookie, body: b });
    const noBill = await post({ bill: null });
    expect(noBill.status).toBe(422);
    expect(noBill.body).toMatchObject({ title: "Encodez d'abord la facture de chauffage de la saison." });
    expect(noBill.body.errors[0].field).toBe("bill");
    const zero = await post({ bill: { ...body.bill, totalEur: 0 } });
    expect(zero.body.errors[0].field).toBe("bill.totalEur");
    const dates = await post({ bill: { ...body.bill, to: "2024-09-01" } });
    expect(dates.body.errors[0].field).toBe("bill.to");
    const empty = await post(body, (await w.building()).id);
    expect(empty.body.title).toBe("Il faut au moins un logement pour partager la facture.");
  });
});
