import { and, eq, isNotNull } from "drizzle-orm";
import { addDays, brusselsDayOf, startOfBrusselsDay } from "../api/consumption/brussels-days.ts";
import type { Db } from "../db/client.ts";
import {
  buildingEvents,
  buildingProjectObjectives,
  buildingProjects,
  buildings,
  type comfortProblem,
  comfortSurveyAnswers,
  consultationAnswers,
  consultationOptions,
  consultations,
  dwellings,
} from "../db/schema/index.ts";

type Problem = (typeof comfortProblem.enumValues)[number];

/** The Monday (Brussels) of the week of `day`. */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Warmth answers cycled through by tenant and week: mostly "just right", a few cold homes, one too warm. */
const WARMTH = [3, 3, 2, 3, 4, 3, 1, 3, 2, 5, 3, 4];

/**
 * Logis Démo's tenants take part (issue 6 §8): the renovation of Les Tilleuls (LD-001) becomes a
 * project with its objectives (−25 % gas at equal weather, comfort, turnout, and one the manager
 * judges); Cité du Parc (LD-002), whose boiler is being replaced, gets a project too, its tenants'
 * answers to the comfort survey over the eight weeks before this one (about three in four answer each
 * week; never this week, which stays the tenants' to answer), a closed consultation on the new
 * boiler's heating schedule with its answers, and an open one. Once: nothing is added when Les
 * Tilleuls already has a project.
 */
export async function seedDemoParticipation(
  db: Db,
  { organisationId, author, now }: { organisationId: string; author: string | null; now: Date },
) {
  const found = await db
    .select({ id: buildings.id, code: buildings.code })
    .from(buildings)
    .where(eq(buildings.organisationId, organisationId));
  const tilleuls = found.find((b) => b.code === "LD-001");
  const parc = found.find((b) => b.code === "LD-002");
  if (!tilleuls || !parc) return;
  const [done] = await db
    .select({ id: buildingProjects.id })
    .from(buildingProjects)
    .where(
      and(eq(buildingProjects.organisationId, organisationId), eq(buildingProjects.buildingId, tilleuls.id)),
    )
    .limit(1);
  if (done) return;
  const eventOf = async (buildingId: string) =>
    (
      await db
        .select({ id: buildingEvents.id })
        .from(buildingEvents)
        .where(
          and(eq(buildingEvents.organisationId, organisationId), eq(buildingEvents.buildingId, buildingId)),
        )
        .limit(1)
    )[0]?.id ?? null;
  const tenants = await db
    .select({ id: dwellings.id, label: dwellings.unitLabel, householdId: dwellings.householdId })
    .from(dwellings)
    .where(
      and(
        eq(dwellings.organisationId, organisationId),
        eq(dwellings.buildingId, parc.id),
        isNotNull(dwellings.householdId),
      ),
    )
    .orderBy(dwellings.unitLabel);
  const today = brusselsDayOf(now);
  const thisWeek = mondayOf(today);
  const ago = (days: number) => startOfBrusselsDay(addDays(today, -days));
  const [tilleulsWorks, parcWorks] = [await eventOf(tilleuls.id), await eventOf(parc.id)];

  await db.transaction(async (tx) => {
    const project = async (
      buildingId: string,
      fields: { name: string; description: string; eventId: string | null },
      objectives: Array<
        Omit<typeof buildingProjectObjectives.$inferInsert, "organisationId" | "projectId" | "position">
      >,
    ) => {
      const [created] = await tx
        .insert(buildingProjects)
        .values({ organisationId, buildingId, createdBy: author, createdAt: ago(120), ...fields })
        .returning({ id: buildingProjects.id });
      const projectId = (created as { id: string }).id;
      await tx
        .insert(buildingProjectObjectives)
        .values(objectives.map((o, position) => ({ organisationId, projectId, position, ...o })));
      return projectId;
    };
    await project(
      tilleuls.id,
      {
        name: "Rénovation des façades et des châssis",
        description:
          "Isolation des façades par l'extérieur et nouveaux châssis à double vitrage, financés en partie par le plan de rénovation régional.",
        eventId: tilleulsWorks,
      },
      [
        {
          label: "Moins de gaz pour le chauffage",
          targetText: "−25 % à météo égale",
          kind: "savings_pct",
          targetValue: "-25",
        },
        {
          label: "Des logements bien chauffés",
          targetText: "≥ 80 % des réponses « juste bien » ou « un peu chaud »",
          kind: "comfort_ok_pct",
          targetValue: "80",
        },
        {
          label: "Les locataires donnent leur avis",
          targetText: "≥ 60 % des logements répondent aux consultations",
          kind: "consultation_turnout_pct",
          targetValue: "60",
        },
        {
          label: "Un chantier respectueux des locataires",
          targetText: "Aucune plainte restée sans réponse",
          kind: "manual",
          assessment:
            "Deux plaintes pour le bruit des échafaudages, traitées en une semaine. Chantier terminé avec un mois de retard.",
        },
      ],
    );
    const parcProject = await project(
      parc.id,
      {
        name: "Nouvelle chaudière et horaire de chauffe",
        description:
          "Remplacement de la chaudière de 1998, qui chauffait même l'été, et nouvel horaire de chauffe choisi avec les locataires.",
        eventId: parcWorks,
      },
      [
        {
          label: "Moins de gaz avec la nouvelle chaudière",
          targetText: "−15 % à météo égale",
          kind: "savings_pct",
          targetValue: "-15",
        },
        {
          label: "Des logements bien chauffés",
          targetText: "≥ 80 % des réponses « juste bien » ou « un peu chaud »",
          kind: "comfort_ok_pct",
          targetValue: "80",
        },
        {
          label: "Les locataires choisissent l'horaire",
          targetText: "≥ 60 % des logements répondent",
          kind: "consultation_turnout_pct",
          targetValue: "60",
        },
      ],
    );

    // The comfort survey: the eight weeks before this one.
    const answers: (typeof comfortSurveyAnswers.$inferInsert)[] = [];
    for (let week = 1; week <= 8; week++) {
      const weekStart = addDays(thisWeek, -7 * week);
      for (const [i, t] of tenants.entries()) {
        if ((i * 3 + week) % 4 === 0) continue;
        const warmth = WARMTH[(i * 5 + week * 7) % WARMTH.length] as number;
        const problems: Problem[] = [];
        if (warmth <= 2) problems.push("cold_radiator");
        if (warmth === 5) problems.push("too_hot");
        if ((i + week) % 6 === 0) problems.push("noisy_heating");
        if (t.label.startsWith("E") && warmth <= 3) problems.push("draughts");
        answers.push({
          organisationId,
          buildingId: parc.id,
          dwellingId: t.id,
          householdId: t.householdId,
          weekStart,
          warmth,
          problems,
          comment: i === 2 && week === 3 ? "Le radiateur de la chambre reste froid le matin." : null,
          createdAt: startOfBrusselsDay(addDays(weekStart, 2)),
        });
      }
    }
    if (answers.length) await tx.insert(comfortSurveyAnswers).values(answers);

    const consultation = async (
      fields: {
        title: string;
        question: string;
        status: "open" | "closed";
        closesOn: string;
        createdAt: Date;
      },
      options: Array<{ label: string; explanation: string; costText: string; comfortText: string }>,
      choices: number[],
    ) => {
      const [created] = await tx
        .insert(consultations)
        .values({ organisationId, buildingId: parc.id, projectId: parcProject, createdBy: author, ...fields })
        .returning({ id: consultations.id });
      const consultationId = (created as { id: string }).id;
      const optionIds = (
        await tx
          .insert(consultationOptions)
          .values(options.map((o, position) => ({ organisationId, consultationId, position, ...o })))
          .returning({ id: consultationOptions.id })
      ).map((o) => o.id);
      const rows = choices.flatMap((choice, i) => {
        const t = tenants[i];
        const optionId = optionIds[choice];
        return t && optionId !== undefined
          ? [{ organisationId, consultationId, dwellingId: t.id, householdId: t.householdId, optionId }]
          : [];
      });
      if (rows.length) await tx.insert(consultationAnswers).values(rows);
    };
    // Closed three weeks ago: 8 of the 11 occupied dwellings answered (-1: no answer).
    await consultation(
      {
        title: "Horaire de chauffe de la nouvelle chaudière",
        question: "À quelles heures voulez-vous que le chauffage chauffe normalement ?",
        status: "closed",
        closesOn: addDays(today, -21),
        createdAt: ago(42),
      },
      [
        {
          label: "De 6 h à 22 h",
          explanation: "Chauffage normal de 6 h à 22 h, réduit la nuit (17 °C).",
          costText: "Le moins cher : environ 40 € de moins par logement et par an.",
          comfortText: "Un peu frais tôt le matin et tard le soir.",
        },
        {
          label: "De 6 h 30 à 23 h",
          explanation: "Chauffage normal de 6 h 30 à 23 h, réduit la nuit (17 °C).",
          costText: "Comme aujourd'hui.",
          comfortText: "Chaud le soir, pour ceux qui se couchent tard.",
        },
        {
          label: "Jour et nuit",
          explanation: "Chauffage normal tout le temps, sans réduction la nuit.",
          costText: "Environ 90 € de plus par logement et par an.",
          comfortText: "La même chaleur à toute heure.",
        },
      ],
      [1, 0, 1, -1, 1, 2, 0, 1, -1, 1, -1],
    );
    await consultation(
      {
        title: "Vannes thermostatiques dans les logements",
        question: "Voulez-vous des vannes thermostatiques sur vos radiateurs ?",
        status: "open",
        closesOn: addDays(today, 21),
        createdAt: ago(7),
      },
      [
        {
          label: "Oui, dans toutes les pièces",
          explanation: "Chaque radiateur reçoit une vanne que vous réglez de 1 à 5.",
          costText: "Posées par la société, sans frais pour vous.",
          comfortText: "Vous choisissez la chaleur de chaque pièce.",
        },
        {
          label: "Non, garder les vannes actuelles",
          explanation: "Rien ne change dans votre logement.",
          costText: "Pas de frais.",
          comfortText: "Comme aujourd'hui.",
        },
      ],
      [-1, -1, 0, 0, -1, 1, -1, 0],
    );
  });
}
