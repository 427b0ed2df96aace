import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/** A building's projects and their objectives: the company's managers and coordinators write, viewers read. */
let w: BuildingsWorld;
let buildingId: string;
let otherBuildingId: string;
let worksId: string;
let otherWorksId: string;

const OBJECTIVES = [
  { label: "Moins de gaz", targetText: "−25 % à météo égale", kind: "savings_pct", targetValue: -25 },
  {
    label: "Logements bien chauffés",
    targetText: "≥ 80 % juste bien",
    kind: "comfort_ok_pct",
    targetValue: 80,
  },
  { label: "Chantier sans plainte", targetText: "aucune plainte", kind: "manual" },
];

beforeAll(async () => {
  w = await buildingsWorld();
  buildingId = (await w.building()).id;
  otherBuildingId = (await w.building()).id;
  const event = (id: string) =>
    w.t.call("POST", `/api/buildings/${id}/events`, {
      cookie: w.manager.cookie,
      body: {
        kind: "windows",
        label: "Nouveaux châssis",
        startedOn: "2024-05-01",
        completedOn: "2024-09-15",
      },
    });
  worksId = (await event(buildingId)).body.id;
  otherWorksId = (await event(otherBuildingId)).body.id;
});
afterAll(() => w.t.close());

const create = (body: Record<string, unknown>, cookie = w.manager.cookie, id = buildingId) =>
  w.t.call("POST", `/api/buildings/${id}/projects`, { cookie, body });
const list = (cookie = w.manager.cookie, id = buildingId) =>
  w.t.call("GET", `/api/buildings/${id}/projects`, { cookie });

describe("a building's projects", () => {
  it("lets the housing manager start a project with its works and objectives, in order", async () => {
    const res = await create({
      name: "Rénovation des façades",
      description: "Isolation et nouveaux châssis",
      eventId: worksId,
      objectives: OBJECTIVES,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      buildingId,
      name: "Rénovation des façades",
      eventId: worksId,
      event: { id: worksId, label: "Nouveaux châssis", completedOn: "2024-09-15" },
      objectives: [
        { label: "Moins de gaz", kind: "savings_pct", targetValue: -25, assessment: null },
        { label: "Logements bien chauffés", kind: "comfort_ok_pct", targetValue: 80 },
        { label: "Chantier sans plainte", kind: "manual", targetValue: null },
      ],
    });
    const listed = await list(w.viewer.cookie);
    expect(listed.status).toBe(200);
    expect(listed.body.map((p: { name: string }) => p.name)).toContain("Rénovation des façades");
  });

  it("lets a coordinator start one without works or objectives", async () => {
    const res = await create({ name: "Nouvel horaire de chauffe" }, w.coordinator.cookie);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ eventId: null, event: null, description: null, objectives: [] });
  });

  it("refuses works of another building, naming the field", async () => {
    const res = await create({ name: "Mauvais lien", eventId: otherWorksId });
    expect(res.status).toBe(422);
    expect(res.body.title).toContain("ce bâtiment");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "eventId" })]);
  });

  it("refuses an empty name and an unknown objective kind (400)", async () => {
    expect((await create({ name: " " })).status).toBe(400);
    expect(
      (await create({ name: "X", objectives: [{ label: "a", targetText: "b", kind: "attendance_pct" }] }))
        .status,
    ).toBe(400);
  });

  it("lets viewers read but not write; advisers and other companies get nothing; a household is refused", async () => {
    expect((await create({ name: "Par un lecteur" }, w.viewer.cookie)).status).toBe(403);
    expect((await list(w.adviser.cookie)).status).toBe(403);
    expect((await create({ name: "Par un conseiller" }, w.adviser.cookie)).status).toBe(403);
    expect((await list(w.cpasAdviser.cookie)).status).toBe(403);
    expect((await list(w.tenant.cookie)).status).toBe(403);
    expect((await list(w.otherManager.cookie)).status).toBe(404);
    expect((await create({ name: "Ailleurs" }, w.otherManager.cookie)).status).toBe(404);
  });
});

describe("changing and deleting a project", () => {
  it("replaces the objectives (e.g. to write an assessment) and changes the works", async () => {
    const project = (await create({ name: "À modifier", objectives: OBJECTIVES })).body;
    const res = await w.t.call("PATCH", `/api/projects/${project.id}`, {
      cookie: w.coordinator.cookie,
      body: {
        eventId: worksId,
        objectives: [{ ...OBJECTIVES[2], assessment: "Une seule plainte, vite réglée." }],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: "À modifier",
      eventId: worksId,
      objectives: [{ label: "Chantier sans plainte", assessment: "Une seule plainte, vite réglée." }],
    });
    expect(res.body.objectives).toHaveLength(1);
    const unlinked = await w.t.call("PATCH", `/api/projects/${project.id}`, {
      cookie: w.manager.cookie,
      body: { eventId: null, description: "Sans les travaux" },
    });
    expect(unlinked.body).toMatchObject({ eventId: null, description: "Sans les travaux" });
    expect(unlinked.body.objectives).toHaveLength(1);
  });

  it("refuses works of another building, and writes by viewers, advisers or other companies", async () => {
    const project = (await create({ name: "Protégé" })).body;
    const patch = (body: unknown, cookie: string) =>
      w.t.call("PATCH", `/api/projects/${project.id}`, { cookie, body });
    expect((await patch({ eventId: otherWorksId }, w.manager.cookie)).status).toBe(422);
    expect((await patch({ name: "Lecteur" }, w.viewer.cookie)).status).toBe(403);
    expect((await patch({ name: "Conseiller" }, w.adviser.cookie)).status).toBe(403);
    expect((await patch({ name: "Ailleurs" }, w.otherManager.cookie)).status).toBe(404);
    expect((await patch({ name: "Locataire" }, w.tenant.cookie)).status).toBe(403);
    const del = (cookie: string) => w.t.call("DELETE", `/api/projects/${project.id}`, { cookie });
    expect((await del(w.viewer.cookie)).status).toBe(403);
    expect((await del(w.otherManager.cookie)).status).toBe(404);
    expect((await list()).body.some((p: { id: string }) => p.id === project.id)).toBe(true);
  });

  it("deletes a project with its objectives", async () => {
    const project = (await create({ name: "À supprimer", objectives: OBJECTIVES })).body;
    const res = await w.t.call("DELETE", `/api/projects/${project.id}`, { cookie: w.manager.cookie });
    expect(res.status).toBe(204);
    expect((await list()).body.some((p: { id: string }) => p.id === project.id)).toBe(false);
    const again = await w.t.call("DELETE", `/api/projects/${project.id}`, { cookie: w.manager.cookie });
    expect(again.status).toBe(404);
  });
});
