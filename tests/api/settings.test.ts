import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let orgId: string;
const cookies: Record<"coordinator" | "adviser" | "viewer" | "otherCoordinator", string> = {
  coordinator: "",
  adviser: "",
  viewer: "",
  otherCoordinator: "",
};

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
  for (const role of ["coordinator", "adviser", "viewer"] as const)
    cookies[role] = await t.signIn((await makeUser(t.db, { organisationId: orgId, role })).email as string);
  const other = await makeOrganisation(t.db);
  cookies.otherCoordinator = await t.signIn(
    (await makeUser(t.db, { organisationId: other.id, role: "coordinator" })).email as string,
  );
});
afterAll(() => t.close());

const gasTariff = {
  energy: "gas",
  validFrom: "2025-01-01",
  pricesEurPerUnit: { single: 0.08 },
  fixedEurPerYear: 73,
  vatRate: 0.06,
  label: "Gaz — contrat de groupe",
};

/** A household of the organisation that has (or has not) agreed to share its data with the adviser. */
async function household({ consenting }: { consenting: boolean }) {
  const created = await makeHousehold(t.db, { organisationId: orgId });
  if (consenting) {
    const cookie = await t.signInHousehold(created.code);
    await t.call("POST", `/api/households/${created.id}/consent`, {
      cookie,
      body: { scope: "adviser", granted: true },
    });
  }
  return created.id;
}

describe("tariffs", () => {
  it("a coordinator sets the organisation's default, advisers and viewers read it, and it can be changed and removed", async () => {
    const created = await t.call("POST", "/api/settings/tariffs", {
      cookie: cookies.coordinator,
      body: gasTariff,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      householdId: null,
      energy: "gas",
      validFrom: "2025-01-01",
      validTo: null,
      unit: "kwh",
      pricesEurPerUnit: { single: 0.08, day: null, night: null, exclusiveNight: null, injection: null },
      fixedEurPerYear: 73,
      vatRate: 0.06,
      pricesIncludeVat: false,
      social: false,
      label: "Gaz — contrat de groupe",
      isDemo: false,
    });
    for (const cookie of [cookies.adviser, cookies.viewer]) {
      const list = await t.call("GET", "/api/settings/tariffs", { cookie });
      expect(list.status).toBe(200);
      expect(list.body.map((x: { id: string }) => x.id)).toEqual([created.body.id]);
    }
    const path = `/api/settings/tariffs/${created.body.id}`;
    const edited = await t.call("PATCH", path, {
      cookie: cookies.coordinator,
      body: { validTo: "2026-01-01", pricesEurPerUnit: { single: 0.09 } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ validTo: "2026-01-01", pricesEurPerUnit: { single: 0.09 } });

    const backwards = await t.call("PATCH", path, {
      cookie: cookies.coordinator,
      body: { validTo: "2024-12-31" },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([
      { field: "validTo", code: "custom", message: "La fin de validité doit venir après le début." },
    ]);

    expect((await t.call("PATCH", path, { cookie: cookies.otherCoordinator, body: {} })).status).toBe(404);
    expect((await t.call("DELETE", path, { cookie: cookies.coordinator })).status).toBe(204);
    expect((await t.call("DELETE", path, { cookie: cookies.coordinator })).status).toBe(404);
  });

  it("keeps the defaults to the coordinator: a viewer may not write, an adviser may not set the defaults", async () => {
    const viewer = await t.call("POST", "/api/settings/tariffs", { cookie: cookies.viewer, body: gasTariff });
    expect(viewer.status).toBe(403);
    const adviser = await t.call("POST", "/api/settings/tariffs", {
      cookie: cookies.adviser,
      body: gasTariff,
    });
    expect(adviser.status).toBe(403);
    expect(adviser.body.code).toBe("settings.coordinator_only");
  });

  it("lets staff enter a consenting household's own contract, and only such a household's", async () => {
    const consenting = await household({ consenting: true });
    const contract = await t.call("POST", "/api/settings/tariffs", {
      cookie: cookies.adviser,
      body: { ...gasTariff, householdId: consenting, label: "Contrat fixe du ménage" },
    });
    expect(contract.status).toBe(201);
    expect(contract.body.householdId).toBe(consenting);
    const own = await t.call("GET", `/api/settings/tariffs?householdId=${consenting}`, {
      cookie: cookies.viewer,
    });
    expect(own.body.map((x: { id: string }) => x.id)).toEqual([contract.body.id]);
    const defaults = await t.call("GET", "/api/settings/tariffs", { cookie: cookies.adviser });
    expect(defaults.body.map((x: { id: string }) => x.id)).not.toContain(contract.body.id);

    const silent = await household({ consenting: false });
    const refused = await t.call("POST", "/api/settings/tariffs", {
      cookie: cookies.adviser,
      body: { ...gasTariff, householdId: silent },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("household.no_consent");
    const elsewhere = await t.call("POST", "/api/settings/tariffs", {
      cookie: cookies.otherCoordinator,
      body: { ...gasTariff, householdId: consenting },
    });
    expect(elsewhere.status).toBe(404);
  });

  it("answers a wrong tariff with one error per field", async () => {
    const shape = await t.call("POST", "/api/settings/tariffs", {
      cookie: cookies.coordinator,
      body: { ...gasTariff, validFrom: "2025-02-30", vatRate: 2, label: "" },
    });
    expect(shape.status).toBe(400);
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "label",
      "validFrom",
      "vatRate",
    ]);
    expect(shape.body.errors.find((e: { field: string }) => e.field === "validFrom").message).toBe(
      "Donnez une date comme 2026-01-01.",
    );
    const sense = await t.call("POST", "/api/settings/tariffs", {
      cookie: cookies.coordinator,
      body: { ...gasTariff, unit: "litre", pricesEurPerUnit: { day: 0.1 } },
    });
    expect(sense.status).toBe(400);
    expect(sense.body.errors.map((e: { field: string }) => e.field)).toEqual([
      "unit",
      "pricesEurPerUnit.day",
    ]);
  });
});

describe("decimals", () => {
  it("refuses a value finer than what is stored, naming the field, and keeps one that fits exactly", async () => {
    const post = (path: string, body: object) => t.call("POST", path, { cookie: cookies.coordinator, body });
    const fine = await post("/api/settings/tariffs", {
      ...gasTariff,
      pricesEurPerUnit: { single: 0.123456 },
      fixedEurPerYear: 73.21,
      vatRate: 0.0575,
    });
    expect(fine.status).toBe(201);
    expect(fine.body).toMatchObject({ pricesEurPerUnit: { single: 0.123456 }, fixedEurPerYear: 73.21 });
    expect(fine.body.vatRate).toBe(0.0575);
    const fields = async (path: string, body: object) => {
      const res = await post(path, body);
      expect(res.status).toBe(400);
      return res.body.errors.map((e: { field: string }) => e.field).sort();
    };
    expect(
      await fields("/api/settings/tariffs", {
        ...gasTariff,
        pricesEurPerUnit: { single: 0.1234567 },
        fixedEurPerYear: 73.215,
        vatRate: 0.05755,
      }),
    ).toEqual(["fixedEurPerYear", "pricesEurPerUnit.single", "vatRate"]);
    const said = await post("/api/settings/tariffs", { ...gasTariff, fixedEurPerYear: 73.215 });
    expect(said.body.errors[0].message).toBe("Au plus 2 chiffres après la virgule (les cents).");
    const vat = await post("/api/settings/tariffs", { ...gasTariff, vatRate: 0.05755 });
    expect(vat.body.errors[0].message).toBe(
      "La TVA se donne en % avec au plus 2 chiffres après la virgule (par exemple 5,75 %).",
    );
    expect(
      await fields("/api/settings/calorific-values", {
        gasType: "L",
        kwhPerM3: 10.1234,
        validFrom: "2025-01-01",
      }),
    ).toEqual(["kwhPerM3"]);
    expect(
      await fields("/api/settings/co2-factors", {
        energy: "gas",
        kgPerKwh: 0.202345,
        source: "SPW",
        convention: "PCS",
      }),
    ).toEqual(["kgPerKwh"]);
    const patched = await t.call("PATCH", `/api/settings/tariffs/${fine.body.id}`, {
      cookie: cookies.coordinator,
      body: { fixedEurPerYear: 10.001 },
    });
    expect(patched.status).toBe(400);
    const kept = await t.call("GET", "/api/settings/tariffs", { cookie: cookies.coordinator });
    expect(kept.body.find((x: { id: string }) => x.id === fine.body.id).fixedEurPerYear).toBe(73.21);
  });
});

describe("calorific values and CO₂ factors", () => {
  it("are the coordinator's to write and everyone's to read", async () => {
    const value = { gasType: "H", kwhPerM3: 11.5, validFrom: "2025-01-01" };
    expect(
      (await t.call("POST", "/api/settings/calorific-values", { cookie: cookies.adviser, body: value }))
        .status,
    ).toBe(403);
    const created = await t.call("POST", "/api/settings/calorific-values", {
      cookie: cookies.coordinator,
      body: value,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), ...value, validTo: null });
    const edited = await t.call("PATCH", `/api/settings/calorific-values/${created.body.id}`, {
      cookie: cookies.coordinator,
      body: { kwhPerM3: 11.42 },
    });
    expect(edited.body.kwhPerM3).toBe(11.42);
    const list = await t.call("GET", "/api/settings/calorific-values", { cookie: cookies.viewer });
    expect(list.body).toEqual([edited.body]);
    const tooHigh = await t.call("POST", "/api/settings/calorific-values", {
      cookie: cookies.coordinator,
      body: { ...value, kwhPerM3: 40 },
    });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.errors[0].field).toBe("kwhPerM3");

    const factor = {
      energy: "electricity",
      kgPerKwh: 0.167,
      source: "AIB residual mix 2023",
      convention: "residual mix",
    };
    const co2 = await t.call("POST", "/api/settings/co2-factors", {
      cookie: cookies.coordinator,
      body: factor,
    });
    expect(co2.status).toBe(201);
    expect(co2.body).toEqual({ id: expect.any(String), ...factor, validFrom: null, validTo: null });
    expect(
      (await t.call("GET", "/api/settings/co2-factors", { cookie: cookies.adviser })).body.map(
        (f: { id: string }) => f.id,
      ),
    ).toEqual([co2.body.id]);
    const water = await t.call("POST", "/api/settings/co2-factors", {
      cookie: cookies.coordinator,
      body: { ...factor, energy: "water" },
    });
    expect(water.status).toBe(400);
    expect(
      (
        await t.call("DELETE", `/api/settings/co2-factors/${co2.body.id}`, {
          cookie: cookies.otherCoordinator,
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.call("DELETE", `/api/settings/co2-factors/${co2.body.id}`, { cookie: cookies.coordinator }))
        .status,
    ).toBe(204);
  });
});
