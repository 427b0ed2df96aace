import { dayNumber, type LocalDay } from "../consumption/brussels-days.ts";
import { groupSavings, type SavingsVerdict } from "../savings/index.ts";

/**
 * When a member's readings count as late, as on the staff households list (whose web copy,
 * web/meters/meter-words.ts, a test holds equal). Households read monthly, so a reading 31 days old is
 * on time; late means one monthly reading missed and two more weeks gone by.
 */
export const READINGS_LATE_AFTER_DAYS = 45;

/**
 * The last reading day of each open meter, the days since the newest, and whether the member's
 * readings are late: none for more than READINGS_LATE_AFTER_DAYS, the staff households list's
 * threshold, or none at all. A household without any meter has nothing to enter: it is not flagged.
 */
export function readingFreshness({
  meters,
  today,
}: {
  meters: ReadonlyArray<{ meterId: string; kind: string; closed: boolean; readingDays: readonly LocalDay[] }>;
  today: LocalDay;
}) {
  const open = meters
    .filter((m) => !m.closed)
    .map((m) => ({ meterId: m.meterId, kind: m.kind, lastReadingDay: latest(m.readingDays) }));
  const last = latest(open.flatMap((m) => (m.lastReadingDay ? [m.lastReadingDay] : [])));
  const daysSinceLastReading = last === null ? null : dayNumber(today) - dayNumber(last);
  return {
    meters: open,
    lastReadingDay: last,
    daysSinceLastReading,
    late:
      open.length > 0 && (daysSinceLastReading === null || daysSinceLastReading > READINGS_LATE_AFTER_DAYS),
  };
}

const latest = (days: readonly LocalDay[]) => (days.length ? ([...days].sort().at(-1) ?? null) : null);

type AttendanceStatus = "present" | "excused" | "absent";

/**
 * A member's attendance at the sessions held while it was in the group (from its joining day to its
 * last day, both included). Excused counts as not present: the rate says who was there. A session
 * held without attendance taken for the member counts as absent.
 */
export function memberAttendance({
  sessions,
  householdId,
  joinedOn,
  leftOn,
}: {
  sessions: ReadonlyArray<{
    day: LocalDay;
    attendance: ReadonlyArray<{ householdId: string; status: AttendanceStatus }>;
  }>;
  householdId: string;
  joinedOn: LocalDay;
  leftOn: LocalDay | null;
}) {
  const counts = { present: 0, excused: 0, absent: 0 };
  for (const s of sessions) {
    if (s.day < joinedOn || (leftOn !== null && s.day > leftOn)) continue;
    counts[s.attendance.find((a) => a.householdId === householdId)?.status ?? "absent"]++;
  }
  const held = counts.present + counts.excused + counts.absent;
  return { ...counts, held, rate: held ? counts.present / held : null };
}

/** The attendance rate of several members together: present over sessions each could attend. */
export function attendanceRate(members: ReadonlyArray<{ present: number; held: number }>) {
  const held = members.reduce((s, m) => s + m.held, 0);
  return held ? members.reduce((s, m) => s + m.present, 0) / held : null;
}

/** Kit € handed out to a household against the organisation's cap, to the cent. */
export function kitAgainstCap({ totalEur, capEur }: { totalEur: number; capEur: number | null }) {
  const cents = Math.round(totalEur * 100);
  return { totalEur: cents / 100, capEur, overCap: capEur !== null && cents > Math.round(capEur * 100) };
}

export type MemberSavings = {
  verdict: SavingsVerdict;
  reporting: {
    savingsKwh: number;
    counterfactualKwh: number;
    uncertaintyKwh90: number | null;
    savingsEur: number | null;
    uncertaintyEur90: number | null;
  } | null;
};

/**
 * Over-consumption: since joining, the household used more than its baseline model expects at equal
 * weather, beyond the 90 % interval (negative savings larger than their uncertainty). Without an
 * interval the data cannot tell: no flag.
 */
export function overConsumption(savings: MemberSavings): boolean {
  const r = savings.reporting;
  if (savings.verdict !== "ok" || !r) return false;
  return r.savingsKwh < 0 && withinMargin(r) === false;
}

/**
 * A savings figure inside its own 90 % margin could as well be zero: "no measurable difference",
 * never shown as a saving (or as using more). Null without a figure or without a margin. The one rule
 * for a group's figure, a member's and the programme report's.
 */
export function withinMargin({
  savingsKwh,
  uncertaintyKwh90,
}: {
  savingsKwh: number | null;
  uncertaintyKwh90: number | null;
}): boolean | null {
  if (savingsKwh === null || uncertaintyKwh90 === null) return null;
  return Math.abs(savingsKwh) <= uncertaintyKwh90;
}

export type NotCountedReason = Exclude<SavingsVerdict, "ok"> | "no_interval" | "no_consent";

/**
 * The group's weather-normalised savings of one energy: the sum of its members' savings with the
 * portfolio uncertainty √(Σ ΔU²) (METHOD-SAVINGS.md). Only members with an `ok` verdict and an
 * interval count; the others are listed with why. The € figure sums only members valued in €.
 */
export function groupSavingsOf(
  members: ReadonlyArray<{
    householdId: string;
    savings: MemberSavings | { verdict: "no_consent"; reporting: null };
  }>,
) {
  const counted: Array<{
    householdId: string;
    savingsKwh: number;
    counterfactualKwh: number;
    uncertaintyKwh90: number;
    savingsEur: number | null;
    uncertaintyEur90: number | null;
  }> = [];
  const notCounted: Array<{ householdId: string; reason: NotCountedReason }> = [];
  for (const { householdId, savings } of members) {
    const r = savings.reporting;
    if (savings.verdict !== "ok") notCounted.push({ householdId, reason: savings.verdict });
    else if (!r) notCounted.push({ householdId, reason: "insufficient_reporting" });
    else if (r.uncertaintyKwh90 === null) notCounted.push({ householdId, reason: "no_interval" });
    else
      counted.push({
        householdId,
        savingsKwh: r.savingsKwh,
        counterfactualKwh: r.counterfactualKwh,
        uncertaintyKwh90: r.uncertaintyKwh90,
        savingsEur: r.savingsEur,
        uncertaintyEur90: r.uncertaintyEur90,
      });
  }
  const total = groupSavings(counted);
  const counterfactualKwh = counted.reduce((s, c) => s + c.counterfactualKwh, 0);
  const valued = counted.filter((c) => c.savingsEur !== null);
  const savingsKwh = counted.length ? total.savingsKwh : null;
  const uncertaintyKwh90 = counted.length ? total.uncertaintyKwh90 : null;
  return {
    counted: counted.length,
    savingsKwh,
    uncertaintyKwh90,
    withinMargin: withinMargin({ savingsKwh, uncertaintyKwh90 }),
    fsu: counted.length ? total.fsu : null,
    /** The use the members counted were expected to have at equal weather, had nothing changed. */
    expectedKwh: counted.length ? counterfactualKwh : null,
    /** Σ savings / Σ counterfactual: the share of the expected use that was saved. */
    savingsShare: counterfactualKwh > 0 ? total.savingsKwh / counterfactualKwh : null,
    savingsEur: valued.length ? valued.reduce((s, c) => s + (c.savingsEur as number), 0) : null,
    uncertaintyEur90: valued.length
      ? Math.sqrt(valued.reduce((s, c) => s + (c.uncertaintyEur90 ?? 0) ** 2, 0))
      : null,
    /** Members counted in kWh whose savings have no price: the € figure leaves them out. */
    notValued: counted.length - valued.length,
    notCounted,
  };
}

/** Below this many days of data on either side, a year-on-year comparison says nothing. */
const MIN_COMPARED_DAYS = 28;

/**
 * Before savings can be measured: use since joining against the same days a year earlier, per day
 * covered by readings on each side (so a missing month does not read as a saving). Not weather-corrected.
 */
export function yearOnYear({
  kwh,
  coveredDays,
  lastYearKwh,
  lastYearCoveredDays,
}: {
  kwh: number | null;
  coveredDays: number;
  lastYearKwh: number | null;
  lastYearCoveredDays: number;
}) {
  if (
    kwh === null ||
    lastYearKwh === null ||
    coveredDays < MIN_COMPARED_DAYS ||
    lastYearCoveredDays < MIN_COMPARED_DAYS ||
    lastYearKwh <= 0
  )
    return { status: "not_enough_data" as const };
  const perDay = kwh / coveredDays;
  const lastYearPerDay = lastYearKwh / lastYearCoveredDays;
  return {
    status: "compared" as const,
    kwhPerDay: perDay,
    lastYearKwhPerDay: lastYearPerDay,
    changeShare: perDay / lastYearPerDay - 1,
  };
}
