import { describe, expect, it } from "vitest";
import { consentState, maySeeDetails } from "../../api/households/consent-rules.ts";

const d = (s: string) => new Date(`${s}T10:00:00Z`);

describe("consentState", () => {
  it("is the latest grant not revoked, per scope", () => {
    const state = consentState(
      [
        { scope: "adviser", grantedAt: d("2026-01-01"), revokedAt: d("2026-02-01") },
        { scope: "adviser", grantedAt: d("2026-03-01"), revokedAt: null },
        { scope: "group", grantedAt: d("2026-01-15"), revokedAt: d("2026-04-01") },
      ],
      d("2026-03-15"),
    );
    expect(state).toEqual({ adviser: { grantedAt: d("2026-03-01") }, group: { grantedAt: d("2026-01-15") } });
  });

  it("has nothing in force after a revocation, and nothing before the grant", () => {
    const records = [{ scope: "adviser" as const, grantedAt: d("2026-01-01"), revokedAt: d("2026-02-01") }];
    expect(consentState(records, d("2026-02-02")).adviser).toBeNull();
    expect(consentState(records, d("2025-12-31")).adviser).toBeNull();
  });
});

describe("maySeeDetails", () => {
  const none = { adviser: null, group: null };
  it("lets the household see itself whatever it shared", () => {
    expect(maySeeDetails({ isTheHousehold: true, consent: none })).toBe(true);
  });
  it("shows staff only that the household exists until it consents", () => {
    expect(maySeeDetails({ isTheHousehold: false, consent: none })).toBe(false);
    expect(
      maySeeDetails({
        isTheHousehold: false,
        consent: { adviser: { grantedAt: d("2026-01-01") }, group: null },
      }),
    ).toBe(true);
  });
});
