import { type Column, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitments, homeVisits, kitHandouts, referrals, sharedTips } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
let home: Awaited<ReturnType<GroupsWorld["household"]>>;
let groupId: string;

beforeAll(async () => {
  w = await groupsWorld();
  const cookie = w.adviser.cookie;
  groupId = (await w.group({ name: "Les Castors", status: "running" })).id;
  home = await w.household();
  await w.join(groupId, home.id, "2026-01-12");
  const session = await w.t.call("POST", `/api/groups/${groupId}/sessions`, {
    cookie,
    body: { startsAt: "2026-02-03T18:30:00+01:00", theme: "heating" },
  });
  await w.t.call("PUT", `/api/sessions/${session.body.id}/attendance`, {
    cookie,
    body: { attendance: [{ householdId: home.id, status: "present" }] },
  });
  await w.t.call("POST", `/api/households/${home.id}/commitments`, {
    cookie,
    body: {
      tipId: w.platformTips.get("thermostat-19"),
      plannedOn: "2026-02-03",
      note: "Sauf quand Léa est malade",
    },
  });
  const item = await w.t.call("POST", "/api/kit-catalogue", {
    cookie: w.coordinator.cookie,
    body: { name: "Ampoule LED 9 W", unitPriceEur: 4.99 },
  });
  await w.t.call("POST", `/api/households/${home.id}/kit-items`, {
    cookie,
    body: { catalogueItemId: item.body.id, quantity: 4, handedOn: "2026-02-03" },
  });
  await w.t.call("POST", `/api/households/${home.id}/visits`, {
    cookie,
    body: {
      visitedOn: "2026-02-12",
      checklist: [{ item: "Chaudière", checked: true, note: "75 °C" }],
      findings: "Moisissure dans la chambre",
    },
  });
  await w.t.call("POST", `/api/households/${home.id}/referrals`, {
    cookie,
    body: {
      partner: "debt_mediation",
      reason: "Arriérés de gaz",
      referredOn: "2026-02-12",
      outcome: "Plan accepté",
    },
  });
  await w.t.db.insert(sharedTips).values({
    organisationId: w.org.id,
    householdId: home.id,
    groupId,
    text: "Je sèche le linge dehors même en hiver, au soleil.",
  });
});
afterAll(() => w.t.close());

describe("a household's Eco-watchers records and the GDPR", () => {
  it("are in its data export, as JSON and as CSV files", async () => {
    const json = await w.t.call("GET", `/api/households/${home.id}/data-export`, { cookie: home.cookie });
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({
      groupMemberships: [{ group: "Les Castors", joinedOn: "2026-01-12", leftOn: null }],
      attendance: [{ startsAt: "2026-02-03T17:30:00.000Z", theme: "heating", status: "present" }],
      commitments: [{ status: "planned", plannedOn: "2026-02-03", note: "Sauf quand Léa est malade" }],
      kitItems: [{ item: "Ampoule LED 9 W", quantity: 4, unitPriceEur: 4.99, handedOn: "2026-02-03" }],
      homeVisits: [{ visitedOn: "2026-02-12", findings: "Moisissure dans la chambre" }],
      referrals: [{ partner: "debt_mediation", reason: "Arriérés de gaz", outcome: "Plan accepté" }],
      sharedTips: [{ text: "Je sèche le linge dehors même en hiver, au soleil.", status: "private" }],
    });
    const zip = await w.t.app.request(`/api/households/${home.id}/data-export?format=csv`, {
      headers: { cookie: home.cookie },
    });
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const text = (name: string) => strFromU8(files[name] as Uint8Array).replace(/^\uFEFF/, "");
    expect(text("13-groupes.csv")).toBe("Groupe;Arrivé le;Parti le\r\nLes Castors;2026-01-12;\r\n");
    expect(text("15-engagements.csv")).toContain(
      "Régler le thermostat sur 19 °C;À faire;2026-02-03;;;Sauf quand Léa est malade",
    );
    // Codes in the household's words (the JSON above keeps them); a free checklist item as written.
    expect(text("14-presences.csv")).toContain(";Le chauffage;Présent\r\n");
    expect(text("18-orientations.csv")).toContain("médiation de dettes;");
    expect(text("19-astuces-partagees.csv")).toContain(
      ";Je sèche le linge dehors même en hiver, au soleil.;visible par l'équipe seulement\r\n",
    );
    expect(text("16-kit.csv")).toContain("2026-02-03;Ampoule LED 9 W;4;4,99;non");
    expect(text("17-visites.csv")).toContain("2026-02-12;Chaudière (75 °C);Moisissure dans la chambre;");
    expect(Object.keys(files)).toContain("19-astuces-partagees.csv");
  });

  it("lose the household's own words on erasure; dates, statuses and amounts stay for the group's figures", async () => {
    const erased = await w.t.call("POST", `/api/households/${home.id}/erase`, {
      cookie: w.coordinator.cookie,
      body: { confirmCode: home.code },
    });
    expect(erased.status).toBe(204);
    const where = (table: { householdId: Column }) => eq(table.householdId, home.id);
    expect(await w.t.db.select().from(sharedTips).where(where(sharedTips))).toEqual([]);
    expect(
      await w.t.db
        .select({ note: commitments.note, status: commitments.status })
        .from(commitments)
        .where(where(commitments)),
    ).toEqual([{ note: null, status: "planned" }]);
    expect(
      await w.t.db
        .select({
          findings: homeVisits.findings,
          checklist: homeVisits.checklist,
          visitedOn: homeVisits.visitedOn,
        })
        .from(homeVisits)
        .where(where(homeVisits)),
    ).toEqual([{ findings: null, checklist: [], visitedOn: "2026-02-12" }]);
    expect(
      await w.t.db
        .select({ reason: referrals.reason, outcome: referrals.outcome, partner: referrals.partner })
        .from(referrals)
        .where(where(referrals)),
    ).toEqual([{ reason: "", outcome: null, partner: "debt_mediation" }]);
    expect(
      await w.t.db.select({ quantity: kitHandouts.quantity }).from(kitHandouts).where(where(kitHandouts)),
    ).toEqual([{ quantity: 4 }]);
    const group = await w.t.call("GET", `/api/groups/${groupId}`, { cookie: w.adviser.cookie });
    expect(group.body.members).toEqual([
      // Its membership ends with the erasure: the group no longer counts it.
      { householdId: home.id, code: "", pseudonym: "", joinedOn: "2026-01-12", leftOn: "2026-03-10" },
    ]);
  });
});
