import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { addDays } from "../api/consumption/brussels-days.ts";
import type { Tx } from "../db/client.ts";
import {
  comfortCheckIns,
  commitments,
  homeVisits,
  kitCatalogue,
  kitHandouts,
  organisations,
  referrals,
} from "../db/schema/index.ts";

const KIT = [
  { name: "Ampoule LED 9 W", unitPriceEur: "4.99" },
  { name: "Réflecteurs de radiateur (rouleau)", unitPriceEur: "24.90" },
  { name: "Thermo-hygromètre", unitPriceEur: "12.50" },
  { name: "Pommeau de douche économique", unitPriceEur: "19.90" },
  { name: "Bas de porte et joints (kit)", unitPriceEur: "9.90" },
  { name: "Multiprise à interrupteur", unitPriceEur: "14.90" },
];

/**
 * What the demo group's adviser recorded for its households: two or three commitments each, most
 * done; kit items under the €300 cap but for DEMO-03 (confirmed by the adviser); a home visit and a
 * cold-home check-in for DEMO-02; a referral for DEMO-05's energy arrears.
 */
export async function seedMemberRecords(
  tx: Tx,
  {
    organisationId,
    groupId,
    members,
    by,
    picks,
    sessionDays,
    joinedOn,
    today,
  }: {
    organisationId: string;
    groupId: string;
    members: Array<{ id: string }>;
    by: string;
    picks: Array<{ tip: { id: string }; n: number }>;
    sessionDays: string[];
    joinedOn: string;
    today: string;
  },
) {
  const org = { organisationId };
  const rows = members.flatMap((m, i) =>
    picks.slice(i % 3, (i % 3) + 2 + (i % 2)).map(({ tip, n }, k) => {
      const plannedOn = sessionDays[n] as string;
      const done = (i + k) % 3 !== 2;
      const dropped = !done && i === 3;
      return {
        ...org,
        householdId: m.id,
        tipId: tip.id,
        groupId,
        status: done ? ("done" as const) : dropped ? ("dropped" as const) : ("planned" as const),
        plannedOn,
        doneOn: done ? addDays(plannedOn, 12) : null,
        droppedOn: dropped ? addDays(plannedOn, 20) : null,
        createdBy: by,
        recordedBy: by,
      };
    }),
  );
  if (rows.length) await tx.insert(commitments).values(rows);

  // Kit items at the catalogue's price of the day.
  await tx.update(organisations).set({ kitCapEur: "300" }).where(eq(organisations.id, organisationId));
  const catalogue = await tx
    .insert(kitCatalogue)
    .values(KIT.map((k) => ({ ...org, ...k })))
    .returning({ id: kitCatalogue.id, unitPriceEur: kitCatalogue.unitPriceEur });
  const item = (n: number) => catalogue[n] as { id: string; unitPriceEur: string };
  const handedOn = sessionDays[1] as string;
  const hand = (householdId: string, n: number, quantity: number, overCapConfirmed = false) => ({
    ...org,
    householdId,
    catalogueItemId: item(n).id,
    quantity,
    unitPriceEur: item(n).unitPriceEur,
    handedOn,
    overCapConfirmed,
    recordedBy: by,
  });
  await tx
    .insert(kitHandouts)
    .values([
      ...members.flatMap((m, i) => [
        hand(m.id, 0, 4 + (i % 3)),
        hand(m.id, 2, 1),
        ...(i % 2 ? [hand(m.id, 1, 1)] : []),
      ]),
      hand((members[2] as { id: string }).id, 3, 1),
      hand((members[2] as { id: string }).id, 1, 11, true),
    ]);

  // A home visit and a referral for DEMO-02, who felt cold; DEMO-05 has energy arrears.
  const demo02 = (members[1] as { id: string }).id;
  await tx.insert(homeVisits).values({
    ...org,
    householdId: demo02,
    visitedOn: addDays(joinedOn, 40),
    checklist: [
      {
        item: "Réglage de la chaudière",
        checked: true,
        note: "Température de départ 70 °C, abaissée à 60 °C",
      },
      { item: "Vannes thermostatiques", checked: true },
      { item: "Humidité et ventilation", checked: true, note: "Grille de la chambre bouchée" },
      { item: "Compteurs et relevés", checked: true },
      { item: "Facture et contrat", checked: false },
    ],
    findings:
      "Chambre froide et humide ; grille de ventilation rouverte, réflecteurs posés derrière deux radiateurs.",
    followUpOn: addDays(today, 20),
    visitedBy: by,
  });
  await tx.insert(comfortCheckIns).values({
    ...org,
    householdId: demo02,
    day: addDays(joinedOn, 40),
    indoorC: "17.2",
    humidityPct: 74,
    feltCold: true,
    clientId: randomUUID(),
    authorUserId: by,
  });
  await tx.insert(referrals).values({
    ...org,
    householdId: (members[4] as { id: string }).id,
    partner: "cpas_social_service",
    reason: "Arriérés de gaz et rappel du fournisseur",
    referredOn: addDays(joinedOn, 60),
    outcome: "Plan de paiement accepté",
    outcomeOn: addDays(joinedOn, 85),
    recordedBy: by,
  });
}
