import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
let groupId: string;
beforeAll(async () => {
  w = await groupsWorld();
  groupId = (await w.group({ name: "Les Castors", status: "running" })).id;
});
afterAll(() => w.t.close());

async function member({ consenting = true } = {}) {
  const home = await w.household({ consenting });
  await w.join(groupId, home.id, "2026-01-12");
  return home;
}
const thermostat = () => w.platformTips.get("thermostat-19") as string;
const commit = (householdId: string, body: Record<string, unknown>, cookie = w.adviser.cookie) =>
  w.t.call("POST", `/api/households/${householdId}/commitments`, { cookie, body });

describe("commitments", () => {
  it("records a tip the household will act on, within its group, and who recorded it", async () => {
    const home = await member();
    const res = await commit(home.id, {
      tipId: thermostat(),
      plannedOn: "2026-02-03",
      note: "Le soir seulement",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      householdId: home.id,
      groupId,
      status: "planned",
      plannedOn: "2026-02-03",
      doneOn: null,
      droppedOn: null,
      note: "Le soir seulement",
      recordedBy: "Marie adviser",
      tip: { id: thermostat(), category: "heating" },
    });
    expect(res.body.tip.text.fr.title).toBe("Régler le thermostat sur 19 °C");
  });

  it("moves to done or dropped on a day, and back to planned", async () => {
    const home = await member();
    const created = await commit(home.id, { tipId: thermostat(), plannedOn: "2026-02-03" });
    const path = `/api/households/${home.id}/commitments/${created.body.id}`;
    const done = await w.t.call("PATCH", path, {
      cookie: home.cookie,
      body: { status: "done", on: "2026-02-20" },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: "done",
      doneOn: "2026-02-20",
      droppedOn: null,
      recordedBy: "Ménage test",
    });
    const dropped = await w.t.call("PATCH", path, {
      cookie: w.coordinator.cookie,
      body: { status: "dropped" },
    });
    expect(dropped.body).toMatchObject({
      status: "dropped",
      doneOn: null,
      droppedOn: "2026-03-10",
      recordedBy: "Marie coordinator",
    });
    const again = await w.t.call("PATCH", path, { cookie: w.adviser.cookie, body: { status: "planned" } });
    expect(again.body).toMatchObject({ status: "planned", doneOn: null, droppedOn: null });
  });

  it("refuses a day in the future or before the commitment was made", async () => {
    const home = await member();
    const future = await commit(home.id, { tipId: thermostat(), plannedOn: "2026-03-11" });
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({
      field: "plannedOn",
      message: "Cette date est dans le futur.",
    });
    const created = await commit(home.id, { tipId: thermostat(), plannedOn: "2026-02-03" });
    const early = await w.t.call("PATCH", `/api/households/${home.id}/commitments/${created.body.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "done", on: "2026-02-01" },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].message).toBe(
      "Cette date précède le jour où l'engagement a été pris (03/02).",
    );
  });

  it("is only for a member of a group on that day", async () => {
    const loner = await w.household();
    const res = await commit(loner.id, { tipId: thermostat() });
    expect(res.status).toBe(422);
    expect(res.body.title).toBe(
      "Ce ménage ne fait partie d'aucun groupe le 10/03 : un engagement se prend au sein d'un groupe.",
    );
    // The day is the field to change.
    expect(res.body.errors).toEqual([
      {
        field: "plannedOn",
        code: "not_a_member",
        message:
          "Ce ménage ne fait partie d'aucun groupe le 10/03 : un engagement se prend au sein d'un groupe.",
      },
    ]);
    const home = await member();
    const beforeJoining = await commit(home.id, { tipId: thermostat(), plannedOn: "2026-01-05" });
    expect(beforeJoining.status).toBe(422);
  });

  it("names a tip of the library or the organisation, not another organisation's", async () => {
    const home = await member();
    const foreign = await w.t.call("POST", "/api/tips", {
      cookie: (await w.otherCoordinator()).cookie,
      body: {
        category: "heating",
        effort: "low",
        cost: "free",
        text: { fr: { title: "Astuce d'ailleurs", body: "Une astuce qu'une autre organisation a écrite." } },
      },
    });
    const res = await commit(home.id, { tipId: foreign.body.id });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({
      field: "tipId",
      message: "Cette astuce n'existe pas dans votre bibliothèque.",
    });
  });
});

describe("who sees and writes commitments", () => {
  it("shows a household its own commitments and nothing of another household's", async () => {
    const [mine, theirs] = [await member(), await member()];
    await commit(mine.id, { tipId: thermostat() });
    const other = await commit(theirs.id, { tipId: thermostat() });
    const own = await w.t.call("GET", `/api/households/${mine.id}/commitments`, { cookie: mine.cookie });
    expect(own.status).toBe(200);
    expect(own.body).toHaveLength(1);
    expect(
      (await w.t.call("GET", `/api/households/${theirs.id}/commitments`, { cookie: mine.cookie })).status,
    ).toBe(404);
    expect((await commit(theirs.id, { tipId: thermostat() }, mine.cookie)).status).toBe(404);
    const patch = await w.t.call("PATCH", `/api/households/${theirs.id}/commitments/${other.body.id}`, {
      cookie: mine.cookie,
      body: { status: "done" },
    });
    expect(patch.status).toBe(404);
    const wrongPath = await w.t.call("PATCH", `/api/households/${mine.id}/commitments/${other.body.id}`, {
      cookie: mine.cookie,
      body: { status: "done" },
    });
    expect(wrongPath.status).toBe(404);
  });

  it("lets a household record its own commitment", async () => {
    const home = await member();
    const res = await commit(home.id, { tipId: thermostat() }, home.cookie);
    expect(res.status).toBe(201);
    expect(res.body.recordedBy).toBe("Ménage test");
  });

  it("shows staff the commitments of a consenting household, audits the read, and lets viewers only read", async () => {
    const home = await member();
    await commit(home.id, { tipId: thermostat() });
    for (const reader of [w.viewer, w.housingManager, w.coordinator])
      expect(
        (await w.t.call("GET", `/api/households/${home.id}/commitments`, { cookie: reader.cookie })).status,
      ).toBe(200);
    expect((await commit(home.id, { tipId: thermostat() }, w.viewer.cookie)).status).toBe(403);
    expect((await commit(home.id, { tipId: thermostat() }, w.housingManager.cookie)).status).toBe(403);
    const reads = await w.t.db.select().from(auditLog).where(eq(auditLog.subjectId, home.id));
    expect(reads.filter((e) => e.action === "household.commitments_viewed")).toHaveLength(3);
    expect(reads.filter((e) => e.action === "commitment.created")).toHaveLength(1);
  });

  it("keeps the commitments of a household that did not agree to share from staff", async () => {
    const home = await member({ consenting: false });
    const read = await w.t.call("GET", `/api/households/${home.id}/commitments`, {
      cookie: w.adviser.cookie,
    });
    expect(read.status).toBe(403);
    expect((await commit(home.id, { tipId: thermostat() })).status).toBe(403);
    expect((await commit(home.id, { tipId: thermostat() }, home.cookie)).status).toBe(201);
  });

  it("answers another organisation's staff as if the household did not exist", async () => {
    const home = await member();
    expect(
      (await w.t.call("GET", `/api/households/${home.id}/commitments`, { cookie: w.outsider.cookie })).status,
    ).toBe(404);
    expect((await commit(home.id, { tipId: thermostat() }, w.outsider.cookie)).status).toBe(404);
  });
});
