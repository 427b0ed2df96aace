import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
let groupId: string;
let author: Awaited<ReturnType<GroupsWorld["household"]>>;
let neighbour: Awaited<ReturnType<GroupsWorld["household"]>>;
beforeAll(async () => {
  w = await groupsWorld();
  groupId = (await w.group({ name: "Les Castors", status: "running" })).id;
  [author, neighbour] = [await w.household(), await w.household()];
  await w.join(groupId, author.id);
  await w.join(groupId, neighbour.id);
});
afterAll(() => w.t.close());

const share = (householdId: string, text: string, cookie: string) =>
  w.t.call("POST", `/api/households/${householdId}/shared-tips`, { cookie, body: { text } });

describe("know-how shared by households", () => {
  it("is posted by the household in its own words, private to the adviser until published", async () => {
    const posted = await share(
      author.id,
      "Je sèche le linge dehors, même en hiver, au soleil.",
      author.cookie,
    );
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      householdId: author.id,
      groupId,
      status: "private",
      promotedTipId: null,
    });
    const staffView = await w.t.call("GET", `/api/groups/${groupId}/shared-tips`, {
      cookie: w.adviser.cookie,
    });
    expect(staffView.body.map((t: { id: string }) => t.id)).toContain(posted.body.id);
    const before = await w.t.call("GET", `/api/groups/${groupId}/shared-tips`, { cookie: neighbour.cookie });
    expect(before.body.map((t: { id: string }) => t.id)).not.toContain(posted.body.id);

    const published = await w.t.call("PATCH", `/api/shared-tips/${posted.body.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "published_to_group" },
    });
    expect(published.body.status).toBe("published_to_group");
    const after = await w.t.call("GET", `/api/groups/${groupId}/shared-tips`, { cookie: neighbour.cookie });
    expect(after.body.find((t: { id: string }) => t.id === posted.body.id)).toMatchObject({
      householdId: null,
      text: "Je sèche le linge dehors, même en hiver, au soleil.",
    });
    const own = await w.t.call("GET", `/api/groups/${groupId}/shared-tips`, { cookie: author.cookie });
    expect(own.body.find((t: { id: string }) => t.id === posted.body.id).householdId).toBe(author.id);
  });

  it("can be posted by the adviser for the household, never by another household", async () => {
    const posted = await share(author.id, "Couvercle sur la casserole, toujours.", w.adviser.cookie);
    expect(posted.status).toBe(201);
    expect((await share(author.id, "Une astuce d'un voisin indiscret.", neighbour.cookie)).status).toBe(404);
    expect(
      (await w.t.call("GET", `/api/households/${author.id}/shared-tips`, { cookie: neighbour.cookie }))
        .status,
    ).toBe(404);
  });

  it("is promoted by a coordinator into the organisation's tips, once", async () => {
    const posted = await share(
      author.id,
      "Fermer les volets dès la tombée de la nuit garde la chaleur.",
      author.cookie,
    );
    const body = { title: "Fermer les volets le soir", category: "heating", effort: "low", cost: "free" };
    expect(
      (
        await w.t.call("POST", `/api/shared-tips/${posted.body.id}/promote`, {
          cookie: w.adviser.cookie,
          body,
        })
      ).status,
    ).toBe(403);
    const promoted = await w.t.call("POST", `/api/shared-tips/${posted.body.id}/promote`, {
      cookie: w.coordinator.cookie,
      body,
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ status: "promoted", promotedTipId: expect.any(String) });
    const library = await w.t.call("GET", "/api/tips?category=heating", { cookie: neighbour.cookie });
    expect(library.body.find((t: { id: string }) => t.id === promoted.body.promotedTipId)).toMatchObject({
      scope: "organisation",
      text: {
        fr: {
          title: "Fermer les volets le soir",
          body: "Fermer les volets dès la tombée de la nuit garde la chaleur.",
        },
      },
    });
    const again = await w.t.call("POST", `/api/shared-tips/${posted.body.id}/promote`, {
      cookie: w.coordinator.cookie,
      body,
    });
    expect(again.status).toBe(409);
    expect(again.body.title).toBe(
      "Cette astuce est déjà dans la bibliothèque de l'organisation : modifiez-la là.",
    );
  });

  it("stays with the adviser when the household is in no open group, and a closed group's are read-only", async () => {
    const loner = await w.household();
    const alone = await share(loner.id, "Dégivrer le congélateur deux fois par an.", loner.cookie);
    expect(alone.body.groupId).toBeNull();
    const publish = await w.t.call("PATCH", `/api/shared-tips/${alone.body.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "published_to_group" },
    });
    expect(publish.status).toBe(422);

    const closing = (await w.group({ name: "Bientôt fini", status: "running" })).id;
    const member = await w.household();
    await w.join(closing, member.id);
    const posted = await share(member.id, "Une bouilloire plutôt que la casserole.", member.cookie);
    await w.t.call("PATCH", `/api/groups/${closing}`, {
      cookie: w.adviser.cookie,
      body: { status: "closed" },
    });
    const late = await w.t.call("PATCH", `/api/shared-tips/${posted.body.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "published_to_group" },
    });
    expect(late.status).toBe(409);
    expect(
      (await w.t.call("GET", `/api/groups/${closing}/shared-tips`, { cookie: neighbour.cookie })).status,
    ).toBe(404);
  });
});
