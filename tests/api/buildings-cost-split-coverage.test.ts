import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
