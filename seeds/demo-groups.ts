import { and, asc, eq, isNull } from "drizzle-orm";
import { addDays, brusselsDayOf, startOfBrusselsDay } from "../api/consumption/brussels-days.ts";
import type { Db, Tx } from "../db/client.ts";
import {
  attendance,
  groupAdvisers,
  groupMembers,
  groupObjectives,
  groupSessions,
  groups,
  households,
  sessionTips,
  tips,
  users,
} from "../db/schema/index.ts";
import { seedMemberRecords } from "./demo-group-records.ts";
import { lastDemoReadingDay } from "./demo-meters.ts";
import { readReferenceTips, seedReferenceTips } from "./reference-tips.ts";

export const DEMO_GROUP_NAME = "Les Économes de Démoville";

/** DEMO-01 uses less gas from this many months before the last reading (demo-meters.ts `gasSavingMonths`). */
const JOINED_MONTHS_BEFORE_LAST_READING = 6;

/** The day the demo households joined the group: where DEMO-01's lower gas use starts. */
export function demoJoiningDay(now: Date): string {
  const [year, month] = lastDemoReadingDay(now).split("-").map(Number) as [number, number];
  const m = year * 12 + (month - 1) - JOINED_MONTHS_BEFORE_LAST_READING;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
}

type Theme = (typeof groupSessions.theme.enumValues)[number];
/** Six past sessions four weeks apart, then the planned one. */
const THEMES: Theme[] = [
  "heating",
  "bills_contracts",
  "hot_water",
  "comfort_humidity",
  "electricity_appliances",
  "social_tariff_aid",
  "heating",
];
/** Who missed which past session (index in the demo list → session numbers); the rest came. */
const ABSENT: Record<number, number[]> = { 3: [1, 3, 4, 5], 6: [2], 8: [5] };
const EXCUSED: Record<number, number[]> = { 1: [4], 9: [1, 2] };

/**
 * The demo CPAS's Eco-watchers group of its ten demo households: joined six months before the last
 * reading, six sessions held with attendance, one planned, commitments, kit items under the €300
 * cap (one confirmed above it), a home visit, a referral and a cold-home check-in. Once: nothing is
 * added when the group exists.
 */
export async function seedDemoGroups(db: Db, { organisationId, now }: { organisationId: string; now: Date }) {
  const [existing] = await db
    .select({ id: groups.id })
    .from(groups)
    .where(and(eq(groups.organisationId, organisationId), eq(groups.name, DEMO_GROUP_NAME)));
  if (existing) return;
  const demo = await db
    .select({ id: households.id, code: households.code })
    .from(households)
    .where(and(eq(households.organisationId, organisationId), isNull(households.erasedAt)))
    .orderBy(asc(households.code));
  const [adviser] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, "conseil1@cpas.demo.example"));
  if (demo.length < 10 || !adviser) return;
  if (!(await db.select({ id: tips.id }).from(tips).limit(1)).length)
    await seedReferenceTips(db, readReferenceTips());
  const library = await db
    .select({ id: tips.id, category: tips.category })
    .from(tips)
    .where(isNull(tips.organisationId))
    .orderBy(asc(tips.key));
  await db.transaction((tx) =>
    seedGroup(tx, { organisationId, members: demo.slice(0, 10), by: adviser.id, library, now }),
  );
}

async function seedGroup(
  tx: Tx,
  {
    organisationId,
    members,
    by,
    library,
    now,
  }: {
    organisationId: string;
    members: Array<{ id: string; code: string }>;
    by: string;
    library: Array<{ id: string; category: string }>;
    now: Date;
  },
) {
  const joinedOn = demoJoiningDay(now);
  const today = brusselsDayOf(now);
  const org = { organisationId };
  const [group] = await tx
    .insert(groups)
    .values({
      ...org,
      name: DEMO_GROUP_NAME,
      place: "Maison de quartier, rue des Tilleuls 12",
      startsOn: joinedOn,
      endsOn: addDays(joinedOn, 300),
      status: "running",
      partners: ["Énergie & Quartier asbl (éducation à l'énergie)", "Conseiller énergie de la commune"],
      createdBy: by,
    })
    .returning({ id: groups.id });
  const groupId = (group as { id: string }).id;
  await tx.insert(groupAdvisers).values({ ...org, groupId, userId: by });
  await tx.insert(groupObjectives).values(
    [
      {
        label: "Participation aux séances",
        targetText: "≥ 75 %",
        kind: "attendance_pct" as const,
        targetValue: "75",
      },
      {
        label: "Chauffage à météo égale",
        targetText: "−10 % à météo égale",
        kind: "savings_pct" as const,
        targetValue: "10",
      },
      {
        label: "Gestes réalisés",
        targetText: "au moins 2 par ménage",
        kind: "commitments_done_per_household" as const,
        targetValue: "2",
      },
      {
        label: "Chaque ménage connaît ses droits au tarif social",
        targetText: "10 ménages sur 10",
        kind: "manual" as const,
        targetValue: null,
        assessment:
          "Séance du tarif social bien suivie ; deux ménages ont demandé leur attestation avec notre aide.",
      },
    ].map((o, position) => ({ ...org, groupId, position, ...o })),
  );
  await tx
    .insert(groupMembers)
    .values(members.map((m) => ({ ...org, groupId, householdId: m.id, joinedOn, createdBy: by })));

  const tipsOf = (theme: Theme) => library.filter((t) => t.category === theme).slice(0, 2);
  const sessionDays = [0, 1, 2, 3, 4, 5].map((k) => addDays(joinedOn, 3 + 28 * k)).filter((d) => d < today);
  sessionDays.push(addDays(today, 10));
  for (const [n, day] of sessionDays.entries()) {
    const theme = THEMES[n] as Theme;
    const past = day < today;
    const [session] = await tx
      .insert(groupSessions)
      .values({
        ...org,
        groupId,
        startsAt: new Date(startOfBrusselsDay(day).getTime() + 14 * 3_600_000),
        place: "Maison de quartier, rue des Tilleuls 12",
        theme,
        themeText: n === 6 ? "Bilan de l'hiver et réglage des vannes" : null,
        agenda: "Accueil, relevés de la période, thème du jour, gestes choisis par chacun.",
        notes: past ? "Bonne ambiance ; les relevés ont été comparés à l'an dernier." : null,
        speakers: n === 5 ? ["Service social du CPAS"] : [],
        createdBy: by,
      })
      .returning({ id: groupSessions.id });
    const sessionId = (session as { id: string }).id;
    const covered = tipsOf(theme);
    if (covered.length)
      await tx.insert(sessionTips).values(covered.map((t) => ({ ...org, sessionId, tipId: t.id })));
    if (!past) continue;
    await tx.insert(attendance).values(
      members.map((m, i) => ({
        ...org,
        sessionId,
        householdId: m.id,
        status: ABSENT[i]?.includes(n)
          ? ("absent" as const)
          : EXCUSED[i]?.includes(n)
            ? ("excused" as const)
            : ("present" as const),
        recordedBy: by,
        recordedAt: startOfBrusselsDay(day),
      })),
    );
  }

  // Commitments on tips of the first four sessions; kit items, a visit, a referral, a check-in.
  const picks = THEMES.slice(0, 4).flatMap((theme, n) => tipsOf(theme).map((tip) => ({ tip, n })));
  await seedMemberRecords(tx, { organisationId, groupId, members, by, picks, sessionDays, joinedOn, today });
}
