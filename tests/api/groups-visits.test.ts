import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
beforeAll(async () => {
  w = await groupsWorld();
});
afterAll(() => w.t.close());

const checklist = [
  { item: "Réglage de la chaudière", checked: true, note: "75 °C, baissée à 60 °C" },
  { item: "Radiateurs et vannes", checked: true },
  { item: "Humidité, moisissures", checked: false },
];

describe("home visits", () => {
  it("records the checklist, findings and follow-up day, and who visited", async () => {
    const home = await w.household();
    const res = await w.t.call("POST", `/api/households/${home.id}/visits`, {
      cookie: w.adviser.cookie,
      body: {
        visitedOn: "2026-02-12",
        checklist,
        findings: "Chambre froide au nord.",
        followUpOn: "2026-04-01",
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      householdId: home.id,
      visitedOn: "2026-02-12",
      checklist,
      findings: "Chambre froide au nord.",
      followUpOn: "2026-04-01",
      visitedBy: "Marie adviser",
    });
    const edited = await w.t.call("PATCH", `/api/households/${home.id}/visits/${res.body.id}`, {
      cookie: w.coordinator.cookie,
      body: { followUpOn: null },
    });
    expect(edited.body).toMatchObject({ followUpOn: null, findings: "Chambre froide au nord." });
    const list = await w.t.call("GET", `/api/households/${home.id}/visits`, { cookie: w.viewer.cookie });
    expect(list.body).toHaveLength(1);
  });

  it("refuses a visit in the future and a follow-up before the visit", async () => {
    const home = await w.household();
    const future = await w.t.call("POST", `/api/households/${home.id}/visits`, {
      cookie: w.adviser.cookie,
      body: { visitedOn: "2026-03-11" },
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({
      field: "visitedOn",
      message: "Cette date est dans le futur.",
    });
    const early = await w.t.call("POST", `/api/households/${home.id}/visits`, {
      cookie: w.adviser.cookie,
      body: { visitedOn: "2026-02-12", followUpOn: "2026-02-01" },
    });
    expect(early.body.errors[0]).toMatchObject({
      field: "followUpOn",
      message: "Le suivi ne peut pas précéder la visite.",
    });
  });

  it("stays among staff: not the household's screen, not another organisation's, not without consent", async () => {
    const home = await w.household();
    const path = `/api/households/${home.id}/visits`;
    expect((await w.t.call("GET", path, { cookie: home.cookie })).status).toBe(403);
    expect((await w.t.call("GET", path, { cookie: w.outsider.cookie })).status).toBe(404);
    const shy = await w.household({ consenting: false });
    expect(
      (await w.t.call("GET", `/api/households/${shy.id}/visits`, { cookie: w.adviser.cookie })).status,
    ).toBe(403);
    await w.t.call("GET", path, { cookie: w.adviser.cookie });
    const audit = await w.t.db.select().from(auditLog).where(eq(auditLog.subjectId, home.id));
    expect(audit.map((e) => e.action)).toEqual(["household.visits_viewed"]);
  });
});

describe("referrals", () => {
  it("records to whom, why and when, then the outcome", async () => {
    const home = await w.household();
    const res = await w.t.call("POST", `/api/households/${home.id}/referrals`, {
      cookie: w.adviser.cookie,
      body: {
        partner: "debt_mediation",
        partnerName: "Service de médiation de dettes du CPAS",
        reason: "Arriérés de gaz depuis novembre",
        referredOn: "2026-02-12",
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ partner: "debt_mediation", outcome: null, recordedBy: "Marie adviser" });
    const early = await w.t.call("PATCH", `/api/households/${home.id}/referrals/${res.body.id}`, {
      cookie: w.adviser.cookie,
      body: { outcome: "Plan de paiement", outcomeOn: "2026-02-01" },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors[0]).toMatchObject({
      field: "outcomeOn",
      message: "La suite ne peut pas précéder l'orientation.",
    });
    const outcome = await w.t.call("PATCH", `/api/households/${home.id}/referrals/${res.body.id}`, {
      cookie: w.adviser.cookie,
      body: { outcome: "Plan de paiement accepté", outcomeOn: "2026-03-02" },
    });
    expect(outcome.body).toMatchObject({ outcome: "Plan de paiement accepté", outcomeOn: "2026-03-02" });
    const list = await w.t.call("GET", `/api/households/${home.id}/referrals`, {
      cookie: w.coordinator.cookie,
    });
    expect(list.body).toHaveLength(1);
  });

  it("is written by advisers and coordinators only", async () => {
    const home = await w.household();
    const body = { partner: "cpas_social_service", reason: "Demande d'aide", referredOn: "2026-03-01" };
    for (const cookie of [w.viewer.cookie, w.housingManager.cookie, home.cookie])
      expect((await w.t.call("POST", `/api/households/${home.id}/referrals`, { cookie, body })).status).toBe(
        403,
      );
    const stranger = await w.t.call("PATCH", `/api/households/${home.id}/referrals/${home.id}`, {
      cookie: w.adviser.cookie,
      body: { outcome: "x" },
    });
    expect(stranger.status).toBe(404);
  });
});
