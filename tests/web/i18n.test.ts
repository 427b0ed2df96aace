import { describe, expect, it } from "vitest";
import { de } from "../../web/lib/i18n/de.ts";
import { en } from "../../web/lib/i18n/en.ts";
import { fr } from "../../web/lib/i18n/fr.ts";
import { frAlerts } from "../../web/lib/i18n/fr-alerts.ts";
import { frBuildingReport } from "../../web/lib/i18n/fr-building-report.ts";
import { frBuildings } from "../../web/lib/i18n/fr-buildings.ts";
import { frCoaching } from "../../web/lib/i18n/fr-coaching.ts";
import { frCostSplit } from "../../web/lib/i18n/fr-costsplit.ts";
import { frGroups } from "../../web/lib/i18n/fr-groups.ts";
import { frHousehold } from "../../web/lib/i18n/fr-household.ts";
import { frMarkers } from "../../web/lib/i18n/fr-markers.ts";
import { frMeterSetup } from "../../web/lib/i18n/fr-meter-setup.ts";
import { frResults } from "../../web/lib/i18n/fr-results.ts";
import { frSavings } from "../../web/lib/i18n/fr-savings.ts";
import { frStaff } from "../../web/lib/i18n/fr-staff.ts";
import { frTenant } from "../../web/lib/i18n/fr-tenant.ts";
import { frWeather } from "../../web/lib/i18n/fr-weather.ts";
import { type Catalogue, type MessageKey, translate } from "../../web/lib/i18n/index.ts";
import { nl } from "../../web/lib/i18n/nl.ts";

// French comes in parts: fr.ts in the login page's bundle, the others with the lazy pages that use them.
const REFERENCE: Record<string, string> = {
  ...fr,
  ...frStaff,
  ...frHousehold,
  ...frMarkers,
  ...frMeterSetup,
  ...frSavings,
  ...frWeather,
  ...frCoaching,
  ...frGroups,
  ...frResults,
  ...frBuildings,
  ...frBuildingReport,
  ...frAlerts,
  ...frCostSplit,
  ...frTenant,
};
const TRANSLATIONS: Array<[string, Record<string, string | undefined>]> = [
  ["nl", nl],
  ["en", en],
  ["de", de],
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(TRANSLATIONS)("the %s catalogue", (lang, catalogue) => {
  it("has every key of the French one", () => {
    const missing = Object.keys(REFERENCE).filter((key) => catalogue[key] === undefined);
    expect(missing, `keys missing in ${lang}.ts (French is shown instead)`).toEqual([]);
  });

  it("has no key the French one lacks", () => {
    const extra = Object.keys(catalogue).filter((key) => !(key in REFERENCE));
    expect(extra, `keys in ${lang}.ts that fr.ts does not have`).toEqual([]);
  });

  it("keeps the {placeholders} of each French text", () => {
    const different = Object.entries(catalogue)
      .filter(([key, text]) => key in REFERENCE && text !== undefined)
      .filter(
        ([key, text]) => placeholders(text as string).join() !== placeholders(REFERENCE[key] ?? "").join(),
      )
      .map(([key]) => key);
    expect(different, `texts of ${lang}.ts whose placeholders differ from French`).toEqual([]);
  });

  it("has no empty text", () => {
    const empty = Object.entries(catalogue)
      .filter(([, text]) => text?.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe("the French catalogue", () => {
  it("defines each key in one part only", () => {
    expect(Object.keys(frStaff).filter((key) => key in fr)).toEqual([]);
    expect(Object.keys(frHousehold).filter((key) => key in fr || key in frStaff)).toEqual([]);
    expect(
      Object.keys(frMeterSetup).filter((key) => key in fr || key in frStaff || key in frHousehold),
    ).toEqual([]);
    expect(
      Object.keys(frSavings).filter(
        (key) => key in fr || key in frStaff || key in frHousehold || key in frMeterSetup,
      ),
    ).toEqual([]);
    const others = [fr, frStaff, frHousehold, frMeterSetup, frSavings];
    expect(
      Object.keys(frMarkers).filter((key) =>
        [...others, frWeather, frGroups, frCoaching, frResults, frBuildings, frAlerts, frCostSplit].some(
          (part) => key in part,
        ),
      ),
    ).toEqual([]);
    expect(Object.keys(frWeather).filter((key) => others.some((part) => key in part))).toEqual([]);
    expect(Object.keys(frGroups).filter((key) => [...others, frWeather].some((part) => key in part))).toEqual(
      [],
    );
    expect(
      Object.keys(frCoaching).filter((key) => [...others, frWeather].some((part) => key in part)),
    ).toEqual([]);
    expect(
      Object.keys(frResults).filter((key) =>
        [...others, frWeather, frGroups, frCoaching].some((part) => key in part),
      ),
    ).toEqual([]);
    expect(
      Object.keys(frBuildings).filter((key) =>
        [...others, frWeather, frGroups, frCoaching, frResults].some((part) => key in part),
      ),
    ).toEqual([]);
    expect(
      Object.keys(frAlerts).filter((key) =>
        [...others, frWeather, frGroups, frCoaching, frResults, frBuildings].some((part) => key in part),
      ),
    ).toEqual([]);
    expect(
      Object.keys(frCostSplit).filter((key) =>
        [...others, frWeather, frGroups, frCoaching, frResults, frBuildings].some((part) => key in part),
      ),
    ).toEqual([]);
    expect(
      Object.keys(frTenant).filter((key) =>
        [...others, frWeather, frGroups, frCoaching, frResults, frBuildings, frAlerts, frCostSplit].some(
          (part) => key in part,
        ),
      ),
    ).toEqual([]);
  });
});

describe("translate", () => {
  const partial: Catalogue = { "action.print": "Afdrukken" };

  it("uses the catalogue's text", () => {
    expect(translate({ catalogue: partial, key: "action.print" })).toBe("Afdrukken");
  });

  it("falls back to French for a key the catalogue lacks", () => {
    expect(translate({ catalogue: partial, key: "action.cancel" })).toBe("Annuler");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const key: MessageKey = "householdHome.hello";
    expect(translate({ catalogue: {}, key, params: { name: "Famille Soleil" } })).toBe(
      "Bonjour, Famille Soleil",
    );
    expect(translate({ catalogue: {}, key, params: {} })).toBe("Bonjour, {name}");
  });
});
