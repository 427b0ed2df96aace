import { describe, expect, it } from "vitest";
import {
  type ConsentHistoryRecord,
  consentChangeRefusal,
  consentState,
  maySeeDetails,
  withdrawnByHousehold,
} from "../../api/households/consent-rules.ts";

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

describe("withdrawnByHousehold", () => {
  const HOUSEHOLD = "household-account";
  const ADVISER = "adviser-account";
  const record = (
    scope: "adviser" | "group",
    grantedOn: string,
    revoked?: { on: string; by: string | null },
  ): ConsentHistoryRecord => ({
    scope,
    grantedAt: d(grantedOn),
    revokedAt: revoked ? d(revoked.on) : null,
    revokedBy: revoked ? revoked.by : null,
  });
  const ask = (records: ConsentHistoryRecord[], now = d("2026-06-01")) =>
    withdrawnByHousehold({ records, householdUserId: HOUSEHOLD, now });

  it("is true for a scope whose last withdrawal the household made from its own account", () => {
    const records = [record("adviser", "2026-01-01", { on: "2026-02-01", by: HOUSEHOLD })];
    expect(ask(records)).toEqual({ adviser: true, group: false });
  });

  it("follows the latest withdrawal: staff's after the household's does not bind staff, and the reverse does", () => {
    const ownThenStaff = [
      record("adviser", "2026-01-01", { on: "2026-02-01", by: HOUSEHOLD }),
      record("adviser", "2026-03-01", { on: "2026-04-01", by: ADVISER }),
    ];
    expect(ask(ownThenStaff).adviser).toBe(false);
    const staffThenOwn = [
      record("adviser", "2026-01-01", { on: "2026-02-01", by: ADVISER }),
      record("adviser", "2026-03-01", { on: "2026-04-01", by: HOUSEHOLD }),
    ];
    expect(ask(staffThenOwn).adviser).toBe(true);
  });

  it("is false while a consent is in force, and for a withdrawal of unknown author", () => {
    const givenAgain = [
      record("adviser", "2026-01-01", { on: "2026-02-01", by: HOUSEHOLD }),
      record("adviser", "2026-03-01"),
    ];
    expect(ask(givenAgain).adviser).toBe(false);
    expect(ask([record("adviser", "2026-01-01", { on: "2026-02-01", by: null })]).adviser).toBe(false);
  });

  it("reads the history at `now`: a withdrawal still to come does not count yet", () => {
    const records = [record("group", "2026-01-01", { on: "2026-02-01", by: HOUSEHOLD })];
    expect(ask(records, d("2026-01-15")).group).toBe(false);
    expect(ask(records, d("2026-02-01")).group).toBe(true);
  });

  it("is false for an erased household (no account left to compare with)", () => {
    const records = [record("adviser", "2026-01-01", { on: "2026-02-01", by: null })];
    expect(withdrawnByHousehold({ records, householdUserId: null, now: d("2026-06-01") }).adviser).toBe(
      false,
    );
  });
});

describe("consentChangeRefusal", () => {
  const refusal = (granted: boolean, isTheHousehold: boolean, withdrawnByHousehold: boolean, ownPin = true) =>
    consentChangeRefusal({ granted, isTheHousehold, ownPin, withdrawnByHousehold });

  it("refuses staff giving back what the household withdrew itself; the household may, with its own PIN", () => {
    expect(refusal(true, false, true)).toBe("consent.withdrawn_by_household");
    expect(refusal(true, true, true)).toBeNull();
  });

  it("asks the household to choose its own PIN first, since staff know the one they handed out", () => {
    expect(refusal(true, true, true, false)).toBe("consent.own_pin_first");
    // Its first agreement, at the desk with its paper PIN, needs nothing more.
    expect(refusal(true, true, false, false)).toBeNull();
  });

  it("lets staff record a paper form after a withdrawal made by staff, and lets everyone withdraw", () => {
    expect(refusal(true, false, false)).toBeNull();
    expect(refusal(false, false, true)).toBeNull();
    expect(refusal(false, true, true, false)).toBeNull();
  });
});
