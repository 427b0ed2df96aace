import { describe, expect, it } from "vitest";
import { isSessionAlive, needsTouch, sessionExpiry } from "../../api/auth/session-rules.ts";

const t0 = new Date("2026-01-10T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("session lifetimes", () => {
  it("a standard session lasts 12 hours at most and dies after 2 idle hours", () => {
    const session = { persistent: false, lastSeenAt: t0, expiresAt: sessionExpiry(t0, false) };
    expect(session.expiresAt).toEqual(at(12 * 60));
    expect(isSessionAlive(session, at(119))).toBe(true);
    expect(isSessionAlive(session, at(120))).toBe(false);
    expect(isSessionAlive({ ...session, lastSeenAt: at(11 * 60) }, at(12 * 60))).toBe(false);
  });

  it("a household's own phone stays signed in for 90 days", () => {
    const session = { persistent: true, lastSeenAt: t0, expiresAt: sessionExpiry(t0, true) };
    expect(isSessionAlive(session, at(89 * 24 * 60))).toBe(true);
    expect(isSessionAlive(session, at(90 * 24 * 60))).toBe(false);
  });

  it("writes last-seen at most once a minute", () => {
    const session = { persistent: false, lastSeenAt: t0, expiresAt: at(720) };
    expect(needsTouch(session, new Date(t0.getTime() + 59_000))).toBe(false);
    expect(needsTouch(session, at(1))).toBe(true);
  });
});
