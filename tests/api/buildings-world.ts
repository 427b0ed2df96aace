import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp } from "../setup/test-app.ts";

type StaffRole = "coordinator" | "adviser" | "viewer" | "housing_manager";

/**
 * The app with a housing company (SLSP) that has one signed-in person per staff role and a tenant
 * household, a CPAS next to it with its adviser, and another housing company with its manager.
 */
export async function buildingsWorld() {
  const t = await setupTestApp();
  const company = await makeOrganisation(t.db, { kind: "slsp", name: "Logis Test" });
  const cpas = await makeOrganisation(t.db, { kind: "cpas" });
  const otherCompany = await makeOrganisation(t.db, { kind: "sisp" });
  const person = async (organisationId: string, role: StaffRole) => {
    const user = await makeUser(t.db, { organisationId, role });
    return { id: user.id, cookie: await t.signIn(user.email as string) };
  };
  const tenant = await makeHousehold(t.db, { organisationId: company.id });
  const world = {
    t,
    company,
    cpas,
    coordinator: await person(company.id, "coordinator"),
    manager: await person(company.id, "housing_manager"),
    viewer: await person(company.id, "viewer"),
    adviser: await person(company.id, "adviser"),
    tenant: { id: tenant.id, cookie: await t.signInHousehold(tenant.code) },
    cpasAdviser: await person(cpas.id, "adviser"),
    cpasCoordinator: await person(cpas.id, "coordinator"),
    otherManager: await person(otherCompany.id, "housing_manager"),
  };

  let n = 0;
  /** A building of the company, made by its housing manager through the API. */
  async function building(overrides: Record<string, unknown> = {}) {
    n += 1;
    const res = await t.call("POST", "/api/buildings", {
      cookie: world.manager.cookie,
      body: {
        code: `B-${n}`,
        name: `Résidence ${n}`,
        address: "Rue des Tilleuls 12",
        postcode: "4000",
        commune: "Liège",
        heatedAreaM2: 2400,
        dwellingCount: 24,
        heatingSystem: "gas_boiler",
        ...overrides,
      },
    });
    if (res.status !== 201) throw new Error(`building: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; code: string };
  }

  async function dwelling(buildingId: string, overrides: Record<string, unknown> = {}) {
    n += 1;
    const res = await t.call("POST", `/api/buildings/${buildingId}/dwellings`, {
      cookie: world.manager.cookie,
      body: { unitLabel: `L${n}`, floorAreaM2: 72.5, ...overrides },
    });
    if (res.status !== 201) throw new Error(`dwelling: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; unitLabel: string };
  }

  return { ...world, building, dwelling };
}

export type BuildingsWorld = Awaited<ReturnType<typeof buildingsWorld>>;
