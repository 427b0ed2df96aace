import { isDeepStrictEqual } from "node:util";
import type { z } from "@hono/zod-openapi";
import { recordHouseholdRead } from "../audit/household-reads.ts";
import { isLocalDay, type LocalDay, startOfBrusselsDay } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound } from "../http/errors.ts";
import { LANGUAGES, type Language } from "../http/i18n.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import { statementsCsv } from "./cost-split.csv.ts";
import * as repo from "./cost-split.repo.ts";
import type { CostSplitInput, ReadingsUsedSchema } from "./cost-split.schemas.ts";
import { type CostSplit, splitHeatingCosts } from "./cost-split.ts";
import { type Coverage, splitCoverage } from "./cost-split-coverage.ts";
import type { DwellingInput, DwellingMeasurement, Occupancy } from "./cost-split-input.ts";
import { coverageNote, statementLines } from "./cost-split-words.ts";

/**
 * Stores a building's heating cost split for a season, computed by the pure engine (cost-split.ts)
 * from the readings on file. Which reading is taken: for each allocator or heat meter of a dwelling
 * (open at some point of the season), the single-register reading nearest to 00:00 Brussels time of
 * the season's first day, and the one nearest to 00:00 of its end day (the first day not counted),
 * each within READING_TOLERANCE_DAYS either side; on a tie, the earlier one. No reading in the window
 * (or an allocator reset between the two) makes the dwelling "missing reading": the engine estimates
 * it and marks it. A dwelling's occupancies, clipped to the season, say who pays which days; a
 * dwelling with none is its current household's over the whole season (vacant when it has none).
 */
export const READING_TOLERANCE_DAYS = 7;
const DAY_MS = 86_400_000;

type ReadingRow = Awaited<ReturnType<typeof repo.listReadingsBetween>>[number];
type ReadingsUsed = z.infer<typeof ReadingsUsedSchema>;

/** The reading nearest `at` within the tolerance; the earlier one on a tie. Readings come sorted by time. */
export function nearestReading<R extends { readAt: Date }>(rows: readonly R[], at: Date): R | null {
  let best: R | null = null;
  let bestGap = READING_TOLERANCE_DAYS * DAY_MS;
  for (const r of rows) {
    const gap = Math.abs(r.readAt.getTime() - at.getTime());
    if (gap < bestGap || (gap === bestGap && !best)) [best, bestGap] = [r, gap];
  }
  return best;
}

/** The occupancies inside the season; none on file: the current household over the whole season. */
export function seasonOccupancies(
  rows: readonly { householdId: string | null; movedInOn: string; movedOutOn: string | null }[],
  currentHouseholdId: string | null,
  season: { from: LocalDay; to: LocalDay },
): Occupancy[] {
  if (rows.length === 0)
    return currentHouseholdId ? [{ householdId: currentHouseholdId, from: season.from, to: season.to }] : [];
  return rows.flatMap((r) => {
    const from = r.movedInOn > season.from ? r.movedInOn : season.from;
    const end = r.movedOutOn ?? season.to;
    const to = end < season.to ? end : season.to;
    return from < to && r.householdId ? [{ householdId: r.householdId, from, to }] : [];
  });
}

const usedOf = (r: ReadingRow | null) =>
  r && { readingId: r.id, readAt: r.readAt.toISOString(), value: r.value };

async function measurementsOf(
  ctx: Ctx,
  dwellings: { id: string; label: string }[],
  from: LocalDay,
  to: LocalDay,
) {
  const [start, end] = [startOfBrusselsDay(from), startOfBrusselsDay(to)];
  const devices = (
    await repo.listHeatDevices(
      ctx.db,
      ctx.orgId,
      dwellings.map((d) => d.id),
    )
  ).filter((m) => m.startedAt < end && (m.closedAt === null || m.closedAt > start));
  const margin = READING_TOLERANCE_DAYS * DAY_MS;
  const rows = await repo.listReadingsBetween(
    ctx.db,
    ctx.orgId,
    devices.map((m) => m.id),
    new Date(start.getTime() - margin),
    new Date(end.getTime() + margin),
  );
  const used: ReadingsUsed = [];
  const measurements = new Map<string, DwellingMeasurement>();
  for (const d of dwellings) {
    const mine = devices.filter((m) => m.dwellingId === d.id);
    const allocators = mine.filter((m) => m.kind === "heat_cost_allocator");
    const chosen = allocators.length ? allocators : mine.filter((m) => m.kind === "heat");
    const seasons = chosen.map((m) => {
      const own = rows.filter((r) => r.meterId === m.id);
      // A meter replaced during the season counts from the season's start to its final index, and
      // its successor from its start index to the season's end: together, the whole season.
      const at = (instant: Date) => own.find((r) => r.readAt.getTime() === instant.getTime()) ?? null;
      const first = m.startedAt > start ? at(m.startedAt) : nearestReading(own, start);
      const last = m.closedAt && m.closedAt < end ? at(m.closedAt) : nearestReading(own, end);
      const reset =
        first &&
        last &&
        own.some((r) => r.flags.includes("reset") && r.readAt > first.readAt && r.readAt <= last.readAt);
      used.push({
        dwellingId: d.id,
        dwellingLabel: d.label,
        meterId: m.id,
        meterName: m.name,
        kind: m.kind,
        ratingFactor: m.ratingFactor,
        start: usedOf(first),
        end: usedOf(last),
        note: reset ? "reset_in_season" : null,
      });
      return { m, start: reset ? null : (first?.value ?? null), end: last?.value ?? null };
    });
    if (seasons.length === 0) measurements.set(d.id, { kind: "none" });
    else if (allocators.length)
      measurements.set(d.id, {
        kind: "allocators",
        allocators: seasons.map((s) => ({
          id: s.m.id,
          startUnits: s.start,
          endUnits: s.end,
          ratingFactor: s.m.ratingFactor ?? 1,
        })),
      });
    else {
      const complete = seasons.every((s) => s.start !== null && s.end !== null);
      const total = (k: "start" | "end") => seasons.reduce((sum, s) => sum + (s[k] ?? 0), 0);
      measurements.set(d.id, {
        kind: "heat_meter",
        startKwh: complete ? total("start") : null,
        endKwh: complete ? total("end") : null,
      });
    }
  }
  return { measurements, used };
}

export async function computeCostSplit({
  ctx,
  buildingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  input: z.infer<typeof CostSplitInput>;
}) {
  assertBuildingAccess(ctx, "write");
  const building = await findBuildingOrNotFound(ctx, buildingId);
  const onFile = await repo.listBuildingDwellings(ctx.db, ctx.orgId, buildingId);
  const { bill } = input;
  // Readings and occupancies are looked up only for a sound season; the engine refuses the rest.
  const season = bill && isLocalDay(bill.from) && isLocalDay(bill.to) && bill.from < bill.to ? bill : null;
  const dwellingsIn = onFile.map((d) => ({ id: d.id, label: d.label }));
  const { measurements, used } = season
    ? await measurementsOf(ctx, dwellingsIn, season.from, season.to)
    : { measurements: new Map<string, DwellingMeasurement>(), used: [] };
  const occupancies = await repo.listOccupancies(ctx.db, ctx.orgId, season ? onFile.map((d) => d.id) : []);
  const dwellings: DwellingInput[] = onFile.map((d) => ({
    id: d.id,
    label: d.label,
    floorAreaM2: d.floorAreaM2,
    measurement: measurements.get(d.id) ?? { kind: "none" },
    occupancies: season
      ? seasonOccupancies(
          occupancies.filter((o) => o.dwellingId === d.id),
          d.householdId,
          season,
        )
      : [],
  }));
  const split = splitHeatingCosts({ bill, fixedShare: input.fixedShare, dwellings });
  const coverage = splitCoverage({ dwellingAreasM2: onFile.map((d) => d.floorAreaM2), building });
  const figures = figuresOf(split, coverage);
  const same = await sameDraft({ ctx, buildingId, split, figures, used });
  if (same) return { id: same, created: false };
  const id = await ctx.db.transaction(async (tx) => {
    const splitId = await repo.insertSplit(tx, {
      organisationId: ctx.orgId,
      buildingId,
      seasonFrom: split.bill.from,
      seasonTo: split.bill.to,
      totalEur: split.bill.totalEur.toFixed(2),
      fixedShare: String(split.fixedShare),
      status: "draft",
      figures,
      readingsUsed: used,
      computedAt: ctx.now,
      createdBy: ctx.actor.userId,
    });
    await repo.insertStatements(
      tx,
      split.statements.map((s, position) => ({
        organisationId: ctx.orgId,
        costSplitId: splitId,
        dwellingId: s.dwellingId,
        dwellingLabel: s.dwellingLabel,
        householdId: s.householdId,
        position,
        days: s.days,
        fixedEur: s.fixed.eur.toFixed(2),
        variableEur: s.variable.eur.toFixed(2),
        totalEur: s.totalEur.toFixed(2),
        estimated: s.variable.estimated,
        detail: s,
        lines: Object.fromEntries(LANGUAGES.map((lang) => [lang, statementLines(split, s, lang)])),
      })),
    );
    return splitId;
  });
  return { id, created: true };
}

/**
 * A draft of the same bill already computed from the same readings, occupancies and building: a
 * retried (or repeated) request gets it back rather than a copy. Compared as stored, i.e. after a
 * JSON round trip.
 */
async function sameDraft({
  ctx,
  buildingId,
  split,
  figures,
  used,
}: {
  ctx: Ctx;
  buildingId: string;
  split: CostSplit;
  figures: Figures;
  used: ReadingsUsed;
}) {
  const asStored = (value: unknown) => JSON.parse(JSON.stringify(value));
  const drafts = (await repo.listSplits(ctx.db, ctx.orgId, buildingId)).filter(
    (d) =>
      d.status === "draft" &&
      d.seasonFrom === split.bill.from &&
      d.seasonTo === split.bill.to &&
      d.totalEur === split.bill.totalEur &&
      d.fixedShare === split.fixedShare &&
      isDeepStrictEqual(d.figures, asStored(figures)) &&
      isDeepStrictEqual(d.readingsUsed, asStored(used)),
  );
  for (const draft of drafts) {
    const statements = await repo.listStatements(ctx.db, ctx.orgId, draft.id);
    if (
      isDeepStrictEqual(
        statements.map((st) => st.detail),
        asStored(split.statements),
      )
    )
      return draft.id;
  }
  return null;
}

/** The engine's figures for the whole building, and how much of the building they cover. */
type Figures = Omit<CostSplit, "statements" | "bill" | "fixedShare"> & { coverage: Coverage };
const figuresOf = (
  { fixedEur, variableEur, totalAreaM2, variableBasis, totalQuantity, estimatePerM2 }: CostSplit,
  coverage: Coverage,
): Figures => ({
  fixedEur,
  variableEur,
  totalAreaM2,
  variableBasis,
  totalQuantity,
  estimatePerM2,
  coverage,
});

type SplitRow = NonNullable<Awaited<ReturnType<typeof repo.findSplit>>>;
type StatementRow = Awaited<ReturnType<typeof repo.listStatements>>[number];

/** Splits computed before coverage was recorded have none: null, rather than a guess from today's building. */
function summaryOf({ figures, readingsUsed: _, ...row }: SplitRow) {
  const stored = figures as Omit<Figures, "coverage"> & { coverage?: Coverage };
  return { ...row, ...stored, coverage: stored.coverage ?? null };
}

function statementOut(row: StatementRow, lang: Language) {
  const { detail, lines, ...rest } = row;
  const s = detail as CostSplit["statements"][number];
  return {
    ...rest,
    estimateReason: s.variable.estimateReason,
    periods: s.periods,
    lines: (lines as Record<Language, string[]>)[lang],
  };
}

async function findSplitOrNotFound(ctx: Ctx, id: string) {
  const split = await repo.findSplit(ctx.db, ctx.orgId, id);
  if (!split) throw new NotFound();
  return split;
}

export async function listCostSplits({ ctx, buildingId }: { ctx: Ctx; buildingId: string }) {
  assertBuildingAccess(ctx, "read");
  await findBuildingOrNotFound(ctx, buildingId);
  return (await repo.listSplits(ctx.db, ctx.orgId, buildingId)).map(summaryOf);
}

export async function getCostSplit({ ctx, id, lang }: { ctx: Ctx; id: string; lang: Language }) {
  assertBuildingAccess(ctx, "read");
  const split = await findSplitOrNotFound(ctx, id);
  const statements = await repo.listStatements(ctx.db, ctx.orgId, id);
  return {
    ...summaryOf(split),
    readingsUsed: split.readingsUsed as ReadingsUsed,
    statements: statements.map((s) => statementOut(s, lang)),
  };
}

/** A final split is the one sent: one per building and season, never recomputed. */
export async function finaliseCostSplit({ ctx, id, lang }: { ctx: Ctx; id: string; lang: Language }) {
  assertBuildingAccess(ctx, "write");
  const split = await findSplitOrNotFound(ctx, id);
  if (split.status === "final") throw new Conflict("cost_split.already_final");
  await ctx.db.transaction(async (tx) => {
    // Locked, so that two splits of overlapping seasons finalised at once cannot both pass.
    await repo.lockBuildingSplits(tx, ctx.orgId, split.buildingId);
    const finals = await repo.listSplits(tx, ctx.orgId, split.buildingId);
    // A day of heating is billed once: no final split may share a day with another.
    if (
      finals.some(
        (f) => f.status === "final" && f.seasonFrom < split.seasonTo && split.seasonFrom < f.seasonTo,
      )
    )
      throw new Conflict("cost_split.season_final");
    await repo.finaliseSplit(tx, ctx.orgId, id, ctx.actor.userId, ctx.now);
  });
  return getCostSplit({ ctx, id, lang });
}

/**
 * One statement. A tenant household reaches only its own, and only once the split is final (a
 * draft is not sent); anyone else learns nothing (404). Staff reads are audited on the household.
 */
export async function getStatement({
  ctx,
  id,
  statementId,
  lang,
}: {
  ctx: Ctx;
  id: string;
  statementId: string;
  lang: Language;
}) {
  const isHousehold = ctx.actor.role === "household";
  if (!isHousehold) assertBuildingAccess(ctx, "read");
  const split = await findSplitOrNotFound(ctx, id);
  const statement = await repo.findStatement(ctx.db, ctx.orgId, id, statementId);
  if (!statement) throw new NotFound();
  if (isHousehold && (split.status !== "final" || statement.householdId !== ctx.actor.householdId))
    throw new NotFound();
  if (statement.householdId)
    await recordHouseholdRead({
      ctx,
      householdId: statement.householdId,
      action: "household.cost_statement_viewed",
      details: { costSplitId: id, statementId },
    });
  // The building's name and address as they are now: who and where, not a figure of the statement.
  const heading = await repo.findStatementHeading(ctx.db, ctx.orgId, split.buildingId);
  if (!heading) throw new NotFound();
  const { organisationName, ...building } = heading;
  const summary = summaryOf(split);
  return {
    split: summary,
    statement: statementOut(statement, lang),
    coverageNote: coverageNote(summary, lang),
    organisation: { name: organisationName },
    building,
  };
}

/** The statements as a CSV for Belgian Excel (cost-split.csv.ts), each household by its name and code. */
export async function costSplitCsv({ ctx, id, lang }: { ctx: Ctx; id: string; lang: Language }) {
  const split = await getCostSplit({ ctx, id, lang });
  const ids = [...new Set(split.statements.flatMap((s) => (s.householdId ? [s.householdId] : [])))];
  const names = new Map(
    (await repo.listHouseholdNames(ctx.db, ctx.orgId, ids)).map((h) => [
      h.id,
      { code: h.code, pseudonym: h.pseudonym, erased: h.erasedAt !== null },
    ]),
  );
  return statementsCsv(split, lang, names);
}
