import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, brusselsOffsetMs } from "../../../api/consumption/brussels-days.ts";
import { dayClock, wallInstants } from "../../../api/imports/local-time.ts";

const H = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe("Belgian wall-clock times as instants", () => {
  it("gives one instant on an ordinary day (worked example)", () => {
    const clock = dayClock("2025-01-15");
    expect(clock).toMatchObject({ lengthMs: 24 * H, shiftAtMs: null });
    expect(wallInstants(clock, 2.25 * H)).toEqual({ kind: "one", at: Date.parse("2025-01-15T01:15:00Z") });
  });

  it("has no 02:00–02:59 on the day summer time starts, a 23-hour day (31 March 2024)", () => {
    const clock = dayClock("2024-03-31");
    expect(clock.lengthMs).toBe(23 * H);
    expect(iso(clock.shiftAtMs as number)).toBe("2024-03-31T01:00:00.000Z");
    expect(wallInstants(clock, 1.75 * H)).toEqual({ kind: "one", at: Date.parse("2024-03-31T00:45:00Z") });
    expect(wallInstants(clock, 2 * H)).toBeNull();
    expect(wallInstants(clock, 2.75 * H)).toBeNull();
    expect(wallInstants(clock, 3 * H)).toEqual({ kind: "one", at: Date.parse("2024-03-31T01:00:00Z") });
  });

  it("has 02:00–02:59 twice on the day summer time ends, summer time first (27 October 2024)", () => {
    const clock = dayClock("2024-10-27");
    expect(clock.lengthMs).toBe(25 * H);
    expect(wallInstants(clock, 2.25 * H)).toEqual({
      kind: "two",
      first: Date.parse("2024-10-27T00:15:00Z"), // 02:15 CEST
      second: Date.parse("2024-10-27T01:15:00Z"), // 02:15 CET
    });
    expect(wallInstants(clock, 3 * H)).toEqual({ kind: "one", at: Date.parse("2024-10-27T02:00:00Z") });
  });

  it("maps every instant's wall time back to that instant (property)", () => {
    const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays("2020-01-01", n));
    fc.assert(
      fc.property(day, fc.nat(99), (d, quarter) => {
        const clock = dayClock(d);
        const at = clock.startMs + quarter * 900_000;
        fc.pre(at < clock.startMs + clock.lengthMs);
        const wallMs = at + brusselsOffsetMs(new Date(at)) - Date.parse(`${d}T00:00:00Z`);
        const found = wallInstants(clock, wallMs);
        expect(found).not.toBeNull();
        if (found?.kind === "one") expect(found.at).toBe(at);
        else expect([found?.first, found?.second]).toContain(at);
      }),
    );
  });
});
