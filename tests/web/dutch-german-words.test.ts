import "../../web/lib/i18n/fr-groups.ts";
import "../../web/lib/i18n/fr-results.ts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { percent } from "../../web/group-results/results-words.ts";
import { deBuildingReport } from "../../web/lib/i18n/de-building-report.ts";
import { deBuildings } from "../../web/lib/i18n/de-buildings.ts";
import { deCoaching } from "../../web/lib/i18n/de-coaching.ts";
import { deCostSplit } from "../../web/lib/i18n/de-costsplit.ts";
import { deHousehold } from "../../web/lib/i18n/de-household.ts";
import { deResults } from "../../web/lib/i18n/de-results.ts";
import { deSavings } from "../../web/lib/i18n/de-savings.ts";
import { deTenant } from "../../web/lib/i18n/de-tenant.ts";
import { applyLanguage, type Language, t } from "../../web/lib/i18n/index.ts";
import { nlBuildingReport } from "../../web/lib/i18n/nl-building-report.ts";
import { nlCoaching } from "../../web/lib/i18n/nl-coaching.ts";
import { nlCostSplit } from "../../web/lib/i18n/nl-costsplit.ts";
import { nlHousehold } from "../../web/lib/i18n/nl-household.ts";
import { nlMarkers } from "../../web/lib/i18n/nl-markers.ts";
import { nlMeterSetup } from "../../web/lib/i18n/nl-meter-setup.ts";
import { nlSavings } from "../../web/lib/i18n/nl-savings.ts";
import { nlStaff } from "../../web/lib/i18n/nl-staff.ts";
import { billLines } from "../../web/savings/bill-words.ts";
import type { BillProjection } from "../../web/savings/savings-api.ts";
import type { TenantBuilding } from "../../web/tenant/tenant-api.ts";
import { heatingLines } from "../../web/tenant/tenant-words.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

// Switching sets <html lang>: these tests run without a page.
beforeEach(() => vi.stubGlobal("document", { documentElement: {} }));
afterEach(async () => {
  await applyLanguage("fr");
  vi.unstubAllGlobals();
});

async function inEach<T>(langs: Language[], words: () => T): Promise<Record<string, T>> {
  const out: Record<string, T> = {};
  for (const lang of langs) {
    await applyLanguage(lang);
    out[lang] = words();
  }
  return out;
}

describe("the annual bill card in Dutch and German", () => {
  const bill: BillProjection = {
    billingYear: { from: "2025-09-01", to: "2026-09-01" },
    station: { code: "demo", name: "Station de démonstration", label: "normales (démo)" },
    energies: [],
    monthlyAdvanceEur: 120,
    advancesEur: 1440,
    expectedCostEur: 1452,
    regularisationEur: 12,
    uncertaintyEur90: 98,
    suggestedMonthlyAdvanceEur: 125,
    missing: [],
  };

  it("says the year's cost on the bill of its month, and what the advances come to", async () => {
    const said = await inEach(["nl", "de"], () =>
      billLines(bill, "household").summary.slice(0, 2).map(spaces),
    );
    expect(said.nl).toEqual([
      "Jaarkosten, op de afrekening van september: ongeveer € 1.450.",
      "Over het jaar zijn uw voorschotten (€ 120/maand) samen € 1.440.",
    ]);
    expect(said.de).toEqual([
      "Jahreskosten laut Abrechnung im September: etwa 1.450 €.",
      "Übers Jahr ergeben Ihre Vorauszahlungen (120 €/Monat) 1.440 €.",
    ]);
  });
});

describe("the building against the company's others, on the tenant's page", () => {
  const winter = (season: string) => ({
    season,
    kwhPerM2: null,
    degreeDays: null,
    kwhPerM2PerDegreeDay: null,
    complete: false,
  });
  const performance: TenantBuilding["performance"] = {
    lastWinter: winter("2025-2026"),
    previousWinter: winter("2024-2025"),
    winters: null,
    normalYearKwhPerM2: 83.2,
    company: { medianKwhPerM2: 100, buildingsCompared: 5, difference: -0.168, verdict: "better" },
  };

  it("calls the middle figure the median", async () => {
    const said = await inEach(["nl", "de"], () => heatingLines(performance).map(spaces).at(-1));
    expect(said.nl).toMatch(/tegenover de mediaan van 100 kWh per m² voor de 5 gebouwen\.$/);
    expect(said.de).toMatch(/gegenüber dem Median von 100 kWh pro m² der 5 Gebäude\.$/);
  });
});

describe("a few Dutch and German words", () => {
  it("says the group's saving as a share of the expected use, not as an alternative", async () => {
    const said = await inEach(["nl"], () => spaces(t("results.groupShare", { share: percent(0.04) })));
    expect(said.nl).toBe("dat is 4% van het verwachte verbruik");
  });

  it("names the member's leaving as something to do, not a statement", async () => {
    const said = await inEach(["fr", "nl", "en", "de"], () => t("groups.members.leaveOpen"));
    expect(said).toEqual({
      fr: "Retirer du groupe…",
      nl: "Vertrek uit de groep noteren…",
      en: "Remove from the group…",
      de: "Aus der Gruppe nehmen…",
    });
  });

  it("asks a tank's level on the handout, not an index", async () => {
    const said = await inEach(["fr", "nl", "en", "de"], () =>
      spaces(t("groups.handout.lastLevel", { index: "1 402", date: "1/11" })),
    );
    expect(said).toEqual({
      fr: "Dernier niveau de la cuve : 1 402 (le 1/11)",
      nl: "Laatste peil van de tank: 1 402 (op 1/11)",
      en: "Last tank level: 1 402 (on 1/11)",
      de: "Letzter Füllstand des Tanks: 1 402 (am 1/11)",
    });
  });

  it("puts the handout's register name before a colon written the language's way", async () => {
    const said = await inEach(["fr", "nl", "en", "de"], () =>
      t("groups.handout.register", { register: t("register.day") }),
    );
    expect(said).toEqual({
      fr: "Jour (heures pleines)\u00a0:",
      nl: "Dag (piekuren):",
      en: "Day (peak hours):",
      de: "Tag (Hochtarif):",
    });
  });

  it("writes the euro sign before the amount in the Dutch tips' price ranges", () => {
    expect([
      nlCoaching["tipsPage.cost.low"],
      nlCoaching["tipsPage.cost.medium"],
      nlCoaching["tipsPage.cost.high"],
    ]).toEqual(["Minder dan € 50", "Van € 50 tot € 500", "Meer dan € 500"]);
  });

  it("quotes with Dutch single quotes in Dutch", () => {
    const parts = [
      nlBuildingReport,
      nlCoaching,
      nlCostSplit,
      nlHousehold,
      nlMarkers,
      nlMeterSetup,
      nlSavings,
      nlStaff,
    ];
    const foreign = parts.flatMap((part) => Object.values(part)).filter((text) => /[«»„“”]/.test(text ?? ""));
    expect(foreign).toEqual([]);
  });

  it("calls the housing company Wohnungsgesellschaft everywhere in German", () => {
    const parts = [
      deBuildingReport,
      deBuildings,
      deCoaching,
      deCostSplit,
      deHousehold,
      deResults,
      deSavings,
      deTenant,
    ];
    const other = parts
      .flatMap((part) => Object.values(part))
      .filter((text) => /Wohnungsbau/.test(text ?? ""));
    expect(other).toEqual([]);
  });
});
