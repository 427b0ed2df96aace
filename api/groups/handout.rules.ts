import { METER_KINDS, type MeterKind } from "../meters/meter-kinds.ts";

/** The reading card of a household's handout: pure, over rows already fetched. */

interface MeterRow {
  id: string;
  name: string;
  kind: string;
  unit: string;
  registers: readonly string[];
  closedAt: Date | null;
}

interface ReadingRow {
  meterId: string;
  register: string;
  readAt: Date;
  value: number;
}

/**
 * The meters in use (a replaced meter is no longer read), each register with its last index:
 * the number the household compares with its counter before writing the next one.
 */
export function readingCardMeters<M extends MeterRow, R extends ReadingRow>({
  meters,
  readings,
}: {
  meters: readonly M[];
  readings: readonly R[];
}) {
  const latest = new Map<string, R>();
  for (const r of readings) {
    const key = `${r.meterId}/${r.register}`;
    const seen = latest.get(key);
    if (!seen || r.readAt > seen.readAt) latest.set(key, r);
  }
  return meters
    .filter((m) => m.closedAt === null)
    .map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind as M["kind"],
      // A tank's gauge shows a level, not an index: the card says which it asks for.
      readingMode: METER_KINDS[m.kind as MeterKind].mode,
      unit: m.unit,
      registers: m.registers.map((register) => {
        const last = latest.get(`${m.id}/${register}`);
        return {
          register: register as M["registers"][number],
          lastIndex: last ? last.value : null,
          lastReadAt: last ? last.readAt : null,
        };
      }),
    }));
}
