import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildings } from "../../db/schema/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

let w: BuildingsWorld;
beforeAll(async () => {
  w = await buildingsWorld();
});
afterAll(() => w.t.close());

/** POSTs the file as a `text/csv` body; a string is sent as UTF-8. */
async function upload(file: string | Uint8Array<ArrayBuffer>, cookie = w.manager.cookie) {
  const res = await w.t.app.request("/api/buildings/import", {
    method: "POST",
    headers: { cookie, "content-type": "text/csv" },
    body: file,
  });
  return { status: res.status, body: await res.json() };
}

// As a housing company's spreadsheet writes it: BOM, accents, units, decimal comma, an extra column.
const BUILDINGS = [
  "\ufeffCode bâtiment;Nom;Adresse;Code postal;Commune;Surface chauffée (m²);Nombre de logements;Chauffage;Année de construction;Gestionnaire",
  "SER-01;Les Sorbiers;Rue des Sorbiers 2;4020;Liège;2 450,5;28;Chaudière gaz;1968;Mme Lambert",
  "SER-02;Le Chêne;Avenue du Chêne 140;4020;Liège;1180;12;Réseau de chaleur;;Mme Lambert",
  "SER-03;Les Bouleaux;Rue Haute 9;4000;Liège;3600;40;pompe à chaleur;2019;M. Dubois",
].join("\r\n");

const DWELLINGS = [
  "code batiment,logement,surface m2,étage,position",
  "SER-01,A01,64.5,rez,rez angle",
  "SER-01,A02,58,0,milieu",
  "SER-01,B11,71,3,dernier étage",
  "SER-02,1,82,,",
].join("\n");

/** The same text as Windows-1252 bytes, as Excel saves "CSV (séparateur : point-virgule)". */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
}

describe("importing the list of buildings", () => {
  it("creates them from the company's own column names, then changes nothing on the same file", async () => {
    const first = await upload(BUILDINGS);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ kind: "buildings", rowsRead: 3, created: 3, updated: 0, unchanged: 0 });
    const list = await w.t.call("GET", "/api/buildings", { cookie: w.viewer.cookie });
    expect(
      list.body.items.map((b: Record<string, unknown>) => [
        b.code,
        b.heatedAreaM2,
        b.heatingSystem,
        b.constructionYear,
      ]),
    ).toEqual([
      ["SER-02", 1180, "heat_network", null],
      ["SER-03", 3600, "heat_pump", 2019],
      ["SER-01", 2450.5, "gas_boiler", 1968],
    ]);
    const stamps = await w.t.db
      .select({ at: buildings.updatedAt })
      .from(buildings)
      .where(eq(buildings.code, "SER-01"));

    w.t.clock.now = new Date("2026-03-10T09:05:00Z");
    const again = await upload(BUILDINGS);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ kind: "buildings", rowsRead: 3, created: 0, updated: 0, unchanged: 3 });
    const after = await w.t.db
      .select({ at: buildings.updatedAt })
      .from(buildings)
      .where(eq(buildings.code, "SER-01"));
    expect(after).toEqual(stamps);

    const changed = await upload(BUILDINGS.replace("1180;12", "1210;12"));
    expect(changed.body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it("refuses the whole file at its first bad line, naming the line and the column, and writes nothing", async () => {
    const lines = BUILDINGS.split("\r\n");
    const file = [
      lines[0],
      "NEW-01;Neuf;Rue Neuve 1;4000;Liège;900;10;mazout;;x",
      "NEW-02;Vide;Rue Vide 1;4000;Liège;0;10;mazout;;x",
    ];
    const res = await upload(file.join("\n"));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: "building_import.bad_row",
      line: 3,
      title: "La ligne 3 du fichier ne peut pas être importée (colonne « Surface chauffée (m²) »).",
      errors: [
        {
          field: "Surface chauffée (m²)",
          code: "building_import.reason.area",
          message: "Donnez une surface en m² plus grande que zéro, comme 1250 ou 1250,5.",
        },
      ],
    });
    const codes = (await w.t.db.select({ code: buildings.code }).from(buildings)).map((b) => b.code);
    expect(codes).not.toContain("NEW-01");

    const twice = await upload([lines[0], lines[1], lines[1]].join("\n"));
    expect(twice.body).toMatchObject({
      line: 3,
      errors: [{ field: "Code bâtiment", code: "building_import.reason.duplicate" }],
    });
    const heating = await upload([lines[0], lines[1]?.replace("Chaudière gaz", "charbon")].join("\n"));
    expect(heating.body).toMatchObject({
      line: 2,
      errors: [{ field: "Chauffage", code: "building_import.reason.heating" }],
    });
    const missing = await upload("Code bâtiment;Nom;Adresse;Commune\nX;Y;Z;Liège");
    expect(missing.body).toMatchObject({ code: "building_import.missing_column", line: 1 });
    expect(missing.body.title).toBe("Il manque la colonne « code postal » à la première ligne du fichier.");
    const unknown = await upload("date;kWh\n2025-01-01;3");
    expect(unknown.body.code).toBe("building_import.unknown_layout");
  });

  it("is for the housing company's managers only", async () => {
    expect((await upload(BUILDINGS, w.viewer.cookie)).status).toBe(403);
    expect((await upload(BUILDINGS, w.tenant.cookie)).status).toBe(403);
    expect((await upload(BUILDINGS, w.cpasCoordinator.cookie)).status).toBe(422);
  });
});

describe("importing the list of dwellings", () => {
  it("adds them to the buildings by code, keeps their tenants, and changes nothing the second time", async () => {
    const first = await upload(windows1252(DWELLINGS));
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ kind: "dwellings", rowsRead: 4, created: 4, updated: 0, unchanged: 0 });
    const sorbiers = (await w.t.call("GET", "/api/buildings", { cookie: w.viewer.cookie })).body.items.find(
      (b: { code: string }) => b.code === "SER-01",
    );
    expect(sorbiers.dwellingsOnFile).toBe(3);
    const dwellings = await w.t.call("GET", `/api/buildings/${sorbiers.id}/dwellings`, {
      cookie: w.viewer.cookie,
    });
    expect(
      dwellings.body.map((d: Record<string, unknown>) => [d.unitLabel, d.floorAreaM2, d.floor, d.position]),
    ).toEqual([
      ["A01", 64.5, 0, "bottom_corner"],
      ["A02", 58, 0, "middle"],
      ["B11", 71, 3, "top"],
    ]);
    const a01 = dwellings.body[0].id;
    await w.t.call("PUT", `/api/buildings/${sorbiers.id}/dwellings/${a01}/household`, {
      cookie: w.manager.cookie,
      body: { householdId: w.tenant.id },
    });

    const again = await upload(DWELLINGS);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    const bigger = await upload(DWELLINGS.replace("A01,64.5", "A01,66"));
    expect(bigger.body).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const kept = await w.t.call("GET", `/api/buildings/${sorbiers.id}/dwellings`, {
      cookie: w.viewer.cookie,
    });
    expect(kept.body[0]).toMatchObject({ unitLabel: "A01", floorAreaM2: 66, householdId: w.tenant.id });
  });

  it("refuses a dwelling of a building the company does not have, and writes none of the file", async () => {
    const file = `${DWELLINGS.replace("SER-02,1,82", "SER-02,2,82")}\nSER-99,C1,50,1,angle`;
    const res = await upload(file);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      line: 6,
      errors: [{ field: "code batiment", code: "building_import.reason.unknown_building" }],
    });
    const other = await upload(DWELLINGS, w.otherManager.cookie);
    expect(other.body).toMatchObject({
      line: 2,
      errors: [{ code: "building_import.reason.unknown_building" }],
    });
    const chene = (await w.t.call("GET", "/api/buildings", { cookie: w.viewer.cookie })).body.items.find(
      (b: { code: string }) => b.code === "SER-02",
    );
    const labels = await w.t.call("GET", `/api/buildings/${chene.id}/dwellings`, { cookie: w.viewer.cookie });
    expect(labels.body.map((d: { unitLabel: string }) => d.unitLabel)).toEqual(["1"]);
  });
});
