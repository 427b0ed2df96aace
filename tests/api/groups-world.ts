import { householdConsents, tips } from "../../db/schema/index.ts";
import { seedReferenceTips } from "../../seeds/reference-tips.ts";
import type { ReferenceTip } from "../../seeds/reference-tips-schema.ts";
import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp } from "../setup/test-app.ts";

const text = (title: string, body: string) => ({ title, body });

/** Two platform tips, as seeds/reference/tips.json holds them. */
export const LIBRARY: ReferenceTip[] = [
  {
    key: "thermostat-19",
    category: "heating",
    heatingTypes: [],
    occupancy: "any",
    effort: "low",
    cost: "free",
    saving: { percentOfUse: 7, appliesTo: "heating", source: "T01" },
    text: {
      fr: text(
        "Régler le thermostat sur 19 °C",
        "Un degré de moins, c'est environ 7 % de chauffage en moins.",
      ),
      nl: text("Zet de thermostaat op 19 °C", "Eén graad minder is ongeveer 7 % minder verwarming."),
      en: text("Set the thermostat to 19 °C", "One degree less is about 7 % less heating energy used."),
      de: text("Thermostat auf 19 °C stellen", "Ein Grad weniger spart etwa 7 % der Heizenergie ein."),
    },
  },
  {
    key: "report-cold-radiator",
    category: "collective_heating",
    heatingTypes: ["collective"],
    occupancy: "tenant",
    effort: "low",
    cost: "free",
    saving: null,
    text: {
      fr: text(
        "Signaler un radiateur froid",
        "Prévenez la société de logement quand un radiateur reste froid.",
      ),
      nl: text(
        "Meld een koude radiator",
        "Verwittig de huisvestingsmaatschappij als een radiator koud blijft.",
      ),
      en: text("Report a cold radiator", "Tell the housing company when a radiator stays cold all day."),
      de: text("Kalten Heizkörper melden", "Melden Sie der Wohnungsgesellschaft einen kalten Heizkörper."),
    },
  },
];

/**
 * The app with the two platform tips, an organisation with one signed-in person per staff role, an
 * adviser of another organisation, and a way to add households (consenting to share with the adviser
 * and the group, or not).
 */
export async function groupsWorld() {
  const t = await setupTestApp();
  await seedReferenceTips(t.db, LIBRARY);
  const org = await makeOrganisation(t.db);
  const otherOrg = await makeOrganisation(t.db);
  const person = async (
    organisationId: string,
    role: "coordinator" | "adviser" | "viewer" | "housing_manager",
  ) => {
    const user = await makeUser(t.db, { organisationId, role, displayName: `Marie ${role}` });
    return { id: user.id, cookie: await t.signIn(user.email as string) };
  };
  const [coordinator, adviser, viewer, housingManager, outsider] = [
    await person(org.id, "coordinator"),
    await person(org.id, "adviser"),
    await person(org.id, "viewer"),
    await person(org.id, "housing_manager"),
    await person(otherOrg.id, "adviser"),
  ];
  const platformTips = new Map(
    (await t.db.select({ id: tips.id, key: tips.key }).from(tips)).map((r) => [r.key as string, r.id]),
  );

  async function household({
    consenting = true,
    sharingWithGroup,
    organisationId = org.id,
  }: {
    consenting?: boolean;
    sharingWithGroup?: boolean;
    organisationId?: string;
  } = {}) {
    const created = await makeHousehold(t.db, { organisationId });
    const grant = (scope: "adviser" | "group") =>
      t.db.insert(householdConsents).values({
        organisationId,
        householdId: created.id,
        scope,
        grantedAt: new Date("2025-01-01T00:00:00Z"),
      });
    if (consenting) await grant("adviser");
    if (sharingWithGroup ?? consenting) await grant("group");
    return { id: created.id, code: created.code, cookie: await t.signInHousehold(created.code) };
  }

  /** A group created by the adviser, with overrides. */
  async function group(body: Record<string, unknown> = {}) {
    const res = await t.call("POST", "/api/groups", {
      cookie: adviser.cookie,
      body: { name: "Les Économes", startsOn: "2026-01-05", ...body },
    });
    if (res.status !== 201) throw new Error(`group not created: ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  }

  async function join(groupId: string, householdId: string, joinedOn = "2026-01-05") {
    const res = await t.call("POST", `/api/groups/${groupId}/members`, {
      cookie: adviser.cookie,
      body: { householdId, joinedOn },
    });
    if (res.status !== 201) throw new Error(`member not added: ${JSON.stringify(res.body)}`);
  }

  /** A coordinator of the other organisation, signed in on demand. */
  const otherCoordinator = () => person(otherOrg.id, "coordinator");

  return {
    t,
    org,
    otherOrg,
    coordinator,
    adviser,
    viewer,
    housingManager,
    outsider,
    otherCoordinator,
    platformTips,
    household,
    group,
    join,
  };
}

export type GroupsWorld = Awaited<ReturnType<typeof groupsWorld>>;
