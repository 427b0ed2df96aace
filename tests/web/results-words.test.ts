import "../../web/lib/i18n/fr-results.ts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readingFreshness } from "../../api/groups/dashboard.rules.ts";
import { countText, memberFlags, signedPercent } from "../../web/group-results/results-words.ts";
import { applyLanguage, type Language, t } from "../../web/lib/i18n/index.ts";
import { lateDays } from "../../web/meters/meter-words.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

// Switching sets <html lang>: these tests run without a page.
beforeEach(() => vi.stubGlobal("document", { documentElement: {} }));
afterEach(async () => {
  await applyLanguage("fr");
  vi.unstubAllGlobals();
});

async function inEach<T>(words: () => T): Promise<Record<Language, T>> {
  const out = {} as Record<Language, T>;
  for (const lang of ["fr", "nl", "en", "de"] as const) {
    await applyLanguage(lang);
    out[lang] = words();
  }
  return out;
}

const sessions = (held: number, planned: number) =>
  t("results.sessions", {
    held: countText("results.sessionsHeld", held),
    planned: countText("results.sessionsPlanned", planned),
  });

describe("counts on the group screens agree with their number", () => {
  it("says 1 session held and 1 planned in the singular, in each language", async () => {
    expect(await inEach(() => sessions(6, 1))).toEqual({
      fr: "6 séances tenues, 1 prévue",
      nl: "6 sessies gehouden, 1 gepland",
      en: "6 sessions held, 1 planned",
      de: "6 Treffen abgehalten, 1 geplant",
    });
    expect(await inEach(() => sessions(1, 0))).toEqual({
      // French counts zero as one; the others do not.
      fr: "1 séance tenue, 0 prévue",
      nl: "1 sessie gehouden, 0 gepland",
      en: "1 session held, 0 planned",
      de: "1 Treffen abgehalten, 0 geplant",
    });
  });

  it("writes a member's commitments and the households counted the same way", async () => {
    await applyLanguage("fr");
    const commitments = (done: number, planned: number) =>
      spaces(
        t("results.memberCommitments", {
          done: countText("results.memberDone", done),
          planned: countText("results.memberPlanned", planned),
        }),
      );
    expect(commitments(1, 1)).toBe("Gestes : 1 fait, 1 prévu");
    expect(commitments(2, 3)).toBe("Gestes : 2 faits, 3 prévus");
    expect(countText("results.countedOf", 1, { total: 1 })).toBe("1 ménage compté sur 1");
    expect(countText("results.countedOf", 2, { total: 3 })).toBe("2 ménages comptés sur 3");
    expect(countText("results.assessed", 1)).toBe("sur 1 ménage qui partage ses données");
    expect(await inEach(() => countText("results.households", 1))).toEqual({
      fr: "1 ménage",
      nl: "1 gezin",
      en: "1 household",
      de: "1 Haushalt",
    });
  });
});

describe("a heating objective's measure", () => {
  it("carries its sign, as the target « −10 % » does", async () => {
    const said = await inEach(() => spaces(t("results.measuredHeating", { value: signedPercent(-0.027) })));
    expect(said.fr).toBe("Mesuré : -2,7 % de consommation de chauffage à météo égale");
    expect(said.en).toBe("Measured: -2.7% heating use at equal weather");
    expect(spaces(signedPercent(0.16))).toBe("+16 %");
  });
});

describe("a member whose readings are late", () => {
  const member = (daysSinceLastReading: number | null) =>
    ({
      flags: {
        restriction: { status: "no_sign" },
        comfort: { checkIns: 0, flaggedDays: [] },
        overConsumption: false,
        lateReadings: true,
      },
      readings: { meters: [], lastReadingDay: null, daysSinceLastReading, late: true },
      kit: { totalEur: 0, capEur: 300, overCap: false },
    }) as unknown as Parameters<typeof memberFlags>[0];

  it("says how many days since its last reading, or that it never entered one", async () => {
    expect(await inEach(() => memberFlags(member(46)))).toEqual({
      fr: ["dernier relevé il y a 46 jours"],
      nl: ["laatste meterstand 46 dagen geleden"],
      en: ["last reading 46 days ago"],
      de: ["letzter Zählerstand vor 46 Tagen"],
    });
    await applyLanguage("fr");
    expect(memberFlags(member(null))).toEqual(["aucun relevé encodé"]);
  });

  it("is late on the dashboard exactly when the households list says so: not at 31 days", () => {
    const now = new Date("2026-03-10T10:00:00Z");
    for (const [lastDay, days] of [
      ["2026-02-07", 31],
      ["2026-01-24", 45],
      ["2026-01-23", 46],
      ["2025-12-01", 99],
    ] as const) {
      const onList = lateDays(new Date(`${lastDay}T08:00:00Z`), now) !== null;
      const onDashboard = readingFreshness({
        meters: [{ meterId: "m", kind: "gas", closed: false, readingDays: [lastDay] }],
        today: "2026-03-10",
      }).late;
      expect([days, onDashboard]).toEqual([days, onList]);
      expect(onList).toBe(days > 45);
    }
  });
});
