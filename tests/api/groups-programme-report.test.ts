import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOfBrusselsDay } from "../../api/consumption/brussels-days.ts";
import { meters, readings } from "../../db/schema/index.ts";
import { JOINED, resultsWorld } from "./groups-results-world.ts";
import type { GroupsWorld } from "./groups-world.ts";

/** The world of groups-results-world.ts: four members since 2025-09-01, two sessions held, the clock on 2026-03-10. */
let w: GroupsWorld;
let saver: { id: string };
let spender: { id: string };
let noMeter: { id: string; code: string };
/** Monthly electricity of a gas-heated home, halved from joining on: a large saving that is not heating. */
async function electricitySavings(householdId: string) {
  const [meter] = await w.t.db
    .insert(meters)
    .values({
      organisationId: w.org.id,
      householdId,
      kind: "electricity",
      name: "Électricité",
      icon: "electricity",
      registers: ["single"],
      startedAt: startOfBrusselsDay("2024-03-01"),
    })
    .returning({ id: meters.id });
  let index = 5000;
  const rows = [];
  for (let i = 0; i <= 24; i++) {
    const day = `${2024 + Math.floor((2 + i) / 12)}-${String(((2 + i) % 12) + 1).padStart(2, "0")}-01`;
    rows.push({
      organisationId: w.org.id,
      meterId: (meter as { id: string }).id,
      register: "single" as const,
      readAt: startOfBrusselsDay(day),
      value: String(index),
      source: "household" as const,
      clientId: randomUUID(),
      flags: i === 0 ? ["start"] : [],
    });
    // A little month-to-month scatter, so that the model has a margin.
    index += (day >= JOINED ? 0.5 : 1) * 300 * (i % 2 ? 1.04 : 0.96);
  }
  await w.t.db.insert(readings).values(rows);
}

beforeAll(async () => {
  let groupId: string;
  ({ w, groupId, saver, spender, noMeter } = await resultsWorld());
  await electricitySavings(saver.id);
  await w.t.call("PATCH", `/api/groups/${groupId}`, {
    cookie: w.adviser.cookie,
    body: {
      objectives: [
        { label: "Présence aux séances", targetText: "≥ 75 %", kind: "attendance_pct", targetValue: 75 },
        { label: "Chauffage à météo égale", targetText: "−10 %", kind: "savings_pct", targetValue: -10 },
        {
          label: "Gestes réalisés",
          targetText: "1 par ménage",
          kind: "commitments_done_per_household",
          targetValue: 1,
        },
        {
          label: "Droits au tarif social",
          targetText: "tous les ménages",
          kind: "manual",
          assessment: "Tous informés ; deux attestations demandées.",
        },
      ],
    },
  });
  await w.t.call("POST", `/api/households/${saver.id}/visits`, {
    cookie: w.adviser.cookie,
    body: { visitedOn: "2025-11-12", checklist: [{ item: "Chaudière", checked: true }] },
  });
  for (const partner of ["cpas_social_service", "cpas_social_service", "debt_mediation"])
    await w.t.call("POST", `/api/households/${spender.id}/referrals`, {
      cookie: w.adviser.cookie,
      body: { partner, partnerName: null, reason: "Arriérés de gaz", referredOn: "2025-12-01" },
    });
});
afterAll(() => w.t.close());

const report = (cookie: string, query = `from=${JOINED}&to=2026-03-10`, orgId = w.org.id) =>
  w.t.call("GET", `/api/organisations/${orgId}/programme-report?${query}`, { cookie });

describe("the programme report", () => {
  it("is for the organisation's coordinators, advisers and viewers", async () => {
    for (const who of [w.coordinator, w.adviser, w.viewer])
      expect((await report(who.cookie)).status).toBe(200);
    expect((await report(w.housingManager.cookie)).status).toBe(403);
    const household = await w.household();
    expect((await report(household.cookie)).status).toBe(403);
    // Another organisation's report does not exist for this adviser.
    expect((await report(w.outsider.cookie)).status).toBe(404);
    expect((await report(w.adviser.cookie, undefined, w.otherOrg.id)).status).toBe(404);
  });

  it("counts what was done in the period, and the members' savings with their portfolio uncertainty", async () => {
    const res = await report(w.coordinator.cookie);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.body).toMatchObject({
      from: JOINED,
      to: "2026-03-10",
      householdsFollowed: 4,
      householdsInGroups: 4,
      groups: 1,
      sessionsHeld: 2,
      visits: 1,
      referrals: {
        cpas_social_service: 2,
        debt_mediation: 1,
        supplier_social_service: 0,
        housing_company: 0,
        renovation_premium_desk: 0,
        other: 0,
      },
      commitmentsDone: 1,
      kit: { totalEur: 29.94, households: 1, overCap: 0 },
      flags: { assessed: 3, possibleRestriction: 0, comfort: 0 },
    });
    expect(res.body.attendanceRate).toBeCloseTo(6 / 8);
    const [gas] = res.body.savings;
    expect(gas).toMatchObject({ energy: "gas", counted: 2, notCounted: 1 });
    // The dashboard adds up the same members since the same day.
    const dashboard = await w.t.call("GET", `/api/groups/${res.body.objectives[0].groupId}/dashboard`, {
      cookie: w.coordinator.cookie,
    });
    expect(gas.savingsKwh).toBeCloseTo(dashboard.body.savings[0].savingsKwh);
    expect(gas.uncertaintyKwh90).toBeCloseTo(dashboard.body.savings[0].uncertaintyKwh90);
  });

  it("measures each objective against its target, and keeps the adviser's word for the others", async () => {
    const { objectives } = (await report(w.adviser.cookie)).body;
    expect(
      objectives.map((o: { label: string; measured: number | null; met: boolean | null }) => [
        o.label,
        o.met,
      ]),
    ).toEqual([
      ["Présence aux séances", true],
      ["Chauffage à météo égale", expect.any(Boolean)],
      ["Gestes réalisés", false],
      ["Droits au tarif social", null],
    ]);
    expect(objectives[0].measured).toBeCloseTo(75);
    expect(objectives[2].measured).toBeCloseTo(0.25);
    expect(objectives.map((o: { heating: unknown }) => o.heating === null)).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(objectives[3]).toMatchObject({
      measured: null,
      assessment: "Tous informés ; deux attestations demandées.",
    });
  });

  it("measures the heating objective on the energies that heat the members, signed as its target", async () => {
    const { objectives, savings } = (await report(w.adviser.cookie)).body;
    // The saver halved its electricity: a saving, but its home is heated by gas.
    const electricity = savings.find((s: { energy: string }) => s.energy === "electricity");
    expect(electricity).toMatchObject({ counted: 1, withinMargin: false });
    expect(electricity.savingsShare).toBeGreaterThan(0.4);
    const heating = objectives[1];
    expect(heating.heating.map((h: { energy: string }) => h.energy)).toEqual(["gas"]);
    const [gas] = heating.heating;
    const gasLine = savings.find((s: { energy: string }) => s.energy === "gas");
    expect(gas).toMatchObject({
      counted: 2,
      savingsKwh: gasLine.savingsKwh,
      uncertaintyKwh90: gasLine.uncertaintyKwh90,
      withinMargin: gasLine.withinMargin,
    });
    // A change of use, as the target "−10 %" is written: negative when less was used.
    const change = gas.withinMargin ? 0 : (-100 * gas.savingsKwh) / gas.expectedKwh;
    expect(heating.measured).toBeCloseTo(change);
    expect(heating.met).toBe(change <= -10);
  });

  it("leaves out what happened outside the period", async () => {
    const res = await report(w.adviser.cookie, "from=2026-03-01&to=2026-03-10");
    expect(res.body).toMatchObject({ sessionsHeld: 0, attendanceRate: null, visits: 0, commitmentsDone: 0 });
    expect(res.body.kit.totalEur).toBe(0);
  });

  it("refuses a period that ends before it starts, or a day that is not one", async () => {
    const backwards = await report(w.adviser.cookie, "from=2026-03-10&to=2026-01-01");
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0]).toMatchObject({ field: "from" });
    expect(backwards.body.title).toBe("La date de début doit venir avant la date de fin.");
    expect((await report(w.adviser.cookie, "from=2026-02-30")).status).toBe(400);
  });

  it("downloads as CSV for Belgian Excel: a header, then one line per indicator", async () => {
    // The body as sent: `t.call` decodes text the usual way, which drops the byte order mark.
    const res = await w.t.app.request(
      `/api/organisations/${w.org.id}/programme-report?from=${JOINED}&to=2026-03-10&format=csv`,
      { headers: { cookie: w.coordinator.cookie } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="rapport-programme-${JOINED}-2026-03-10.csv"`,
    );
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer()).split("\r\n");
    expect(lines[0]).toBe("\uFEFFIndicateur;Valeur;Incertitude (90 %);Unité;Remarque");
    expect(lines).toContain("Ménages suivis;4;;ménages;");
    expect(lines).toContain("Taux de présence;75;;%;");
    expect(lines).toContain("Orientations : service social du CPAS;2;;;");
    expect(lines).toContain("Petit matériel remis;29,94;;€;");
    expect(lines.find((l) => l.startsWith("Économisé à météo égale (gaz);") && l.includes(";kWh;"))).toMatch(
      /;-?\d+;\d+;kWh;(pas de différence mesurable, )?2 ménages comptés, 1 non compté, depuis/,
    );
    expect(lines).toContain(
      "Objectif « Gestes réalisés » (Les Économes);0,3;;gestes par ménage;Cible : 1 par ménage — non atteint",
    );
    expect(lines.find((l) => l.startsWith("Objectif « Chauffage à météo égale »"))).toMatch(
      /^Objectif « Chauffage à météo égale » \(Les Économes\);-?[\d,]+;;%;Cible : −10 % — (non )?atteint — gaz \(2 ménages\) : /,
    );
    expect(lines).toContain("Ménages en restriction possible;0;;ménages;3 évalués");
    expect(lines).toContain(
      // The adviser's ";" makes the field quoted.
      'Objectif « Droits au tarif social » (Les Économes);;;;"Cible : tous les ménages — Appréciation : Tous informés ; deux attestations demandées."',
    );
  });

  it("counts the savings up to its last day: a reading after it changes nothing", async () => {
    const period = `from=${JOINED}&to=2025-12-31`;
    const before = (await report(w.coordinator.cookie, period)).body.savings;
    expect(before[0]).toMatchObject({ energy: "gas", counted: 2 });
    // The spender's gas, last read on 2026-01-01, read again in March after a cold spell.
    const [meter] = await w.t.db
      .select({ id: meters.id })
      .from(meters)
      .where(eq(meters.householdId, spender.id));
    const meterId = (meter as { id: string }).id;
    const [last] = await w.t.db
      .select({ value: readings.value })
      .from(readings)
      .where(eq(readings.meterId, meterId))
      .orderBy(desc(readings.readAt))
      .limit(1);
    await w.t.db.insert(readings).values({
      organisationId: w.org.id,
      meterId,
      register: "single",
      readAt: startOfBrusselsDay("2026-03-01"),
      value: String(Number(last?.value) + 900),
      source: "household",
      clientId: randomUUID(),
    });
    expect((await report(w.coordinator.cookie, period)).body.savings).toEqual(before);
  });

  it("keeps its counts when a member household is erased afterwards (last: it erases one)", async () => {
    const before = (await report(w.coordinator.cookie)).body;
    const erased = await w.t.call("POST", `/api/households/${noMeter.id}/erase`, {
      cookie: w.coordinator.cookie,
      body: { confirmCode: noMeter.code },
    });
    expect(erased.status).toBe(204);
    const after = (await report(w.coordinator.cookie)).body;
    expect(after).toMatchObject({
      householdsInGroups: before.householdsInGroups,
      attendanceRate: before.attendanceRate,
      commitmentsDone: before.commitmentsDone,
    });
    expect(after.objectives).toEqual(before.objectives);
  });
});
