/** Calendar months written `YYYY-MM`, and the months still missing from a series. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

export function addMonths(month: string, count: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, both included (none when `to` comes first). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The months from `from` to `to` (both included) that `present` does not have, in order. */
export function missingMonths({
  from,
  to,
  present,
}: {
  from: string;
  to: string;
  present: Iterable<string>;
}): string[] {
  const have = new Set(present);
  return monthsBetween(from, to).filter((m) => !have.has(m));
}
