import { describe, expect, it } from "vitest";
import { THROTTLE, throttleVerdict } from "../../api/auth/throttle-rules.ts";

const now = new Date("2026-01-10T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("throttleVerdict", () => {
  it("lets the fifth attempt through after four failures", () => {
    expect(throttleVerdict([1, 2, 3, 4].map(minutesAgo), THROTTLE.maxAccountFailures, now)).toEqual({
      blocked: false,
    });
  });

  it("blocks after five failures until the oldest of them leaves the 15-minute window", () => {
    const failures = [14, 10, 3, 2, 1].map(minutesAgo);
    expect(throttleVerdict(failures, 5, now)).toEqual({ blocked: true, retryAfterSeconds: 60 });
  });

  it("counts only failures inside the window", () => {
    const failures = [30, 20, 16, 3, 2, 1].map(minutesAgo);
    expect(throttleVerdict(failures, 5, now)).toEqual({ blocked: false });
  });

  it("with more failures than the limit, waits for enough of them to expire", () => {
    // Seven failures, limit five: blocked until only four remain, i.e. until the one 12 minutes old ages out.
    const failures = [14, 13, 12, 11, 5, 4, 3].map(minutesAgo);
    expect(throttleVerdict(failures, 5, now)).toEqual({ blocked: true, retryAfterSeconds: 3 * 60 });
  });
});
