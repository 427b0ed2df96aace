import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeHousehold, makeUser } from "../factories/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * A split shares the whole bill among the dwellings on file: it says so when they are fewer than the
 * building has (or their area far below its heated area), and a statement names who sends it for
 * which building. No meters: the variable part goes by area, which is all coverage needs.
 */
let w: BuildingsWorld;
const body = { bill: { totalEur: 9_000, from: "2024-10-01", to: "2025-05-01" }, fixedShare: 0.3 };

beforeAll(async () => {
  w = await buildingsWorld();
});
afterAll(() => w.t.close());

const compute = (buildingId: string) =>
  w.t.call("POST", `/api/buildings/${buildingId}/cost-splits`, { cookie: w.manager.cookie, body });
/** Intl writes narrow no-break spaces in numbers; a reader sees spaces. */
const spaces = (text: string) => text.replace(/\s/g, " ");
/** The CSV's data lines, each as its cells (no cell of these holds a `;`). */
const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(";"));

describe("a heating cost split's coverage of its building", () => {
  it("warns, with the figures, when fewer dwellings are on file than the building has; publishing stays allowed", async () => {
    const partial = (await w.building({ dwellingCount: 24, heatedAreaM2: 2400 })).id;
    await w.dwelling(partial, { unitLabel: "A1", floorAreaM2: 62 });
    await w.dwelling(partial, { unitLabel: "A2", floorAreaM2: 71.5 });
    const res = await compute(partial);
    expect(res.status).toBe(201);
    const coverage = {
      dwellingsOnFile: 2,
      dwellingsInBuilding: 24,
      areaOnFileM2: 133.5,
      buildingAreaM2: 2400,
      warning: "dwellings_missing",
    };
    expect(res.body.coverage).toEqual(coverage);
    // The split itself is unchanged: the whole bill goes to the two dwellings on file.
    expect(res.body.statements.reduce((sum: number, s: { totalEur: number }) => sum + s.totalEur, 0)).toBe(
      9_000,
    );
    const list = await w.t.call("GET", `/api/buildings/${partial}/cost-splits`, { cookie: w.viewer.cookie });
    expect(list.body[0].coverage).toEqual(coverage);
    // Asked again with nothing changed: the same draft, its warning kept.
    const again = await compute(partial);
    expect(again.status).toBe(200);
    expect(again.body.coverage).toEqual(coverage);

    // A bill may cover one wing only: the manager may publish it, warning and all.
    const final = await w.t.call("POST", `/api/cost-splits/${res.body.id}/finalise`, {
      cookie: w.manager.cookie,
    });
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ status: "final", coverage });
  });

  it("carries no warning when every dwelling of the building is on file", async () => {
    const whole = (await w.building({ dwellingCount: 2, heatedAreaM2: 160 })).id;
    await w.dwelling(whole, { unitLabel: "B1", floorAreaM2: 62 });
    await w.dwelling(whole, { unitLabel: "B2", floorAreaM2: 71.5 });
    const res = await compute(whole);
    expect(res.status).toBe(201);
    expect(res.body.coverage).toEqual({
      dwellingsOnFile: 2,
      dwellingsInBuilding: 2,
      areaOnFileM2: 133.5,
      buildingAreaM2: 160,
      warning: null,
    });
    // Nothing to tell the tenants: no sentence on the statement, an empty last cell in the CSV.
    const [statement] = res.body.statements;
    const answer = await w.t.call("GET", `/api/cost-splits/${res.body.id}/statements/${statement.id}`, {
      cookie: w.viewer.cookie,
    });
    expect(answer.body.coverageNote).toBeNull();
    const csv = await w.t.call("GET", `/api/cost-splits/${res.body.id}/statements.csv`, {
      cookie: w.viewer.cookie,
    });
    const [header, ...rows] = csvRows(csv.body);
    expect(header?.at(-1)).toBe("Couverture du bâtiment");
    expect(rows.map((row) => row.at(-1))).toEqual(["", ""]);
  });

  it("warns when every declared dwelling is on file but their area is far below the building's", async () => {
    const small = (await w.building({ dwellingCount: 2, heatedAreaM2: 2400 })).id;
    await w.dwelling(small, { floorAreaM2: 62 });
    await w.dwelling(small, { floorAreaM2: 71.5 });
    const res = await compute(small);
    expect(res.body.coverage).toMatchObject({
      dwellingsOnFile: 2,
      dwellingsInBuilding: 2,
      warning: "area_short",
    });
    const [statement] = res.body.statements;
    const answer = await w.t.call("GET", `/api/cost-splits/${res.body.id}/statements/${statement.id}`, {
      cookie: w.viewer.cookie,
    });
    expect(spaces(answer.body.coverageNote)).toBe(
      "Ce partage porte sur tous les logements enregistrés du bâtiment, mais ils ne font ensemble que 133,5 m² sur les 2 400 m² chauffés : des logements ou des surfaces manquent peut-être. Toute la facture de 9 000,00 € est partagée entre ces logements. Pour toute question, adressez-vous à la société de logement.",
    );
  });

  it("tells a tenant on its statement, and the CSV on every line, that the bill went to part of the building", async () => {
    const building = (await w.building({ dwellingCount: 24, heatedAreaM2: 2400 })).id;
    const a1 = (await w.dwelling(building, { unitLabel: "A1", floorAreaM2: 62 })).id;
    const a2 = (await w.dwelling(building, { unitLabel: "A2", floorAreaM2: 71.5 })).id;
    const household = await makeHousehold(w.t.db, { organisationId: w.company.id });
    const other = await makeHousehold(w.t.db, { organisationId: w.company.id });
    for (const [dwelling, householdId] of [
      [a1, household.id],
      [a2, other.id],
    ])
      await w.t.call("PUT", `/api/buildings/${building}/dwellings/${dwelling}/household`, {
        cookie: w.manager.cookie,
        body: { householdId },
      });
    const tenant = await w.t.signInHousehold(household.code);
    const page = async () =>
      (await w.t.call("GET", `/api/households/${household.id}/building`, { cookie: tenant })).body;

    const split = (await compute(building)).body;
    // A draft is not sent: the tenant's page lists no statement yet.
    expect((await page()).heatingStatements).toEqual([]);
    await w.t.call("POST", `/api/cost-splits/${split.id}/finalise`, { cookie: w.manager.cookie });
    const own = split.statements.find((s: { householdId: string | null }) => s.householdId === household.id);
    expect((await page()).heatingStatements).toEqual([
      {
        id: own.id,
        costSplitId: split.id,
        seasonFrom: "2024-10-01",
        seasonTo: "2025-05-01",
        dwellingLabel: "A1",
        totalEur: own.totalEur,
      },
    ]);

    // Its neighbour in the same building finds its own statement there, never this tenant's.
    const neighbour = await w.t.signInHousehold(other.code);
    const theirs = split.statements.find((s: { householdId: string | null }) => s.householdId === other.id);
    const neighbourPage = await w.t.call("GET", `/api/households/${other.id}/building`, {
      cookie: neighbour,
    });
    expect(neighbourPage.body.heatingStatements).toEqual([
      expect.objectContaining({ id: theirs.id, dwellingLabel: "A2" }),
    ]);
    const notTheirs = await w.t.call("GET", `/api/cost-splits/${split.id}/statements/${own.id}`, {
      cookie: neighbour,
    });
    expect(notTheirs.status).toBe(404);
    expect(JSON.stringify(notTheirs.body)).not.toContain(String(own.totalEur));

    const sentence =
      "Ce partage ne porte que sur 2 des 24 logements du bâtiment, les seuls enregistrés (133,5 m² sur 2 400 m²). Toute la facture de 9 000,00 € est partagée entre ces 2 logements. Si cette facture est celle du chauffage de tout le bâtiment, les ménages de ces logements paient peut-être aussi une part pour les autres logements. Pour toute question, adressez-vous à la société de logement.";
    // The households pay, not "they" (which reads as the dwellings); and only perhaps for the others.
    expect(sentence).not.toMatch(/\bils paient\b/);
    const path = `/api/cost-splits/${split.id}/statements/${own.id}`;
    const statement = await w.t.call("GET", path, { cookie: tenant });
    expect(statement.status).toBe(200);
    expect(spaces(statement.body.coverageNote)).toBe(sentence);
    // Its lines as computed are unchanged: the sentence is beside them, not among them.
    expect(statement.body.statement.lines.join(" ")).not.toContain("Ce partage");

    // In the tenant's language.
    await w.t.call("PATCH", "/api/me", { cookie: tenant, body: { language: "nl" } });
    const dutch = await w.t.call("GET", path, { cookie: tenant });
    expect(spaces(dutch.body.coverageNote)).toBe(
      "Deze verdeling gaat maar over 2 van de 24 woningen van het gebouw, de enige die geregistreerd zijn (133,5 m² van 2.400 m²). De hele factuur van € 9.000,00 wordt verdeeld over deze 2 woningen. Als deze factuur voor de verwarming van het hele gebouw is, betalen de gezinnen van deze woningen misschien ook een deel voor de andere woningen. Met vragen kunt u terecht bij de huisvestingsmaatschappij.",
    );

    // The CSV, in French for the manager, in Dutch for a viewer reading Dutch: on each statement's line.
    const csv = await w.t.call("GET", `/api/cost-splits/${split.id}/statements.csv`, {
      cookie: w.viewer.cookie,
    });
    expect(csv.status).toBe(200);
    const [header, ...rows] = csvRows(csv.body);
    expect(header?.at(-1)).toBe("Couverture du bâtiment");
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(spaces(row.at(-1) ?? "")).toBe(sentence);
    const dutchViewer = await makeUser(w.t.db, {
      organisationId: w.company.id,
      role: "viewer",
      language: "nl",
    });
    const nl = await w.t.call("GET", `/api/cost-splits/${split.id}/statements.csv`, {
      cookie: await w.t.signIn(dutchViewer.email as string),
    });
    const [nlHeader, nlRow] = csvRows(nl.body);
    expect(nlHeader?.at(-1)).toBe("Dekking van het gebouw");
    expect(spaces(nlRow?.at(-1) ?? "")).toMatch(/^Deze verdeling gaat maar over 2 van de 24 woningen/);
  });

  it("heads a statement with the housing company, the building's name and address, for staff and tenant", async () => {
    const building = (await w.building({ name: "Cité des Tests", dwellingCount: 1, heatedAreaM2: 90 })).id;
    const dwelling = (await w.dwelling(building, { unitLabel: "C1", floorAreaM2: 70 })).id;
    const link = await w.t.call("PUT", `/api/buildings/${building}/dwellings/${dwelling}/household`, {
      cookie: w.manager.cookie,
      body: { householdId: w.tenant.id },
    });
    expect(link.status).toBe(200);
    const split = await compute(building);
    const [statement] = split.body.statements;
    const path = `/api/cost-splits/${split.body.id}/statements/${statement.id}`;
    const heading = {
      organisation: { name: "Logis Test" },
      building: {
        name: "Cité des Tests",
        address: "Rue des Tilleuls 12",
        postcode: "4000",
        commune: "Liège",
      },
    };
    const staff = await w.t.call("GET", path, { cookie: w.viewer.cookie });
    expect(staff.status).toBe(200);
    expect(staff.body).toMatchObject({
      ...heading,
      split: { status: "draft", seasonFrom: "2024-10-01", seasonTo: "2025-05-01", finalisedAt: null },
      statement: { dwellingLabel: "C1", totalEur: 9_000 },
    });
    expect(typeof staff.body.split.computedAt).toBe("string");
    await w.t.call("POST", `/api/cost-splits/${split.body.id}/finalise`, { cookie: w.manager.cookie });
    const tenant = await w.t.call("GET", path, { cookie: w.tenant.cookie });
    expect(tenant.status).toBe(200);
    expect(tenant.body).toMatchObject(heading);
    expect(typeof tenant.body.split.finalisedAt).toBe("string");
  });
});
