import { describe, expect, it } from "vitest";
import { de } from "../../web/lib/i18n/de.ts";
import { en } from "../../web/lib/i18n/en.ts";
import { frBuildingReport } from "../../web/lib/i18n/fr-building-report.ts";
import { frBuildings } from "../../web/lib/i18n/fr-buildings.ts";
import { frCostSplit } from "../../web/lib/i18n/fr-costsplit.ts";
import { type Catalogue, translate } from "../../web/lib/i18n/index.ts";
import { nl } from "../../web/lib/i18n/nl.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const CATALOGUES: Array<[string, Catalogue]> = [
  ["fr", { ...frBuildings, ...frBuildingReport } as Catalogue],
  ["nl", nl as Catalogue],
  ["en", en as Catalogue],
  ["de", de as Catalogue],
];
const say = (catalogue: Catalogue, key: string, params: Record<string, string | number>) =>
  spaces(translate({ catalogue, key: key as never, params }));

describe("the building page's energy signature", () => {
  // The base load comes from a line fitted over the whole year: heating left on in summer raises
  // it. The summer-heating alert measures that heating against hot water and boiler losses; the
  // signature must not call its base load "hot water and losses" or "without heating" too.
  const NOT_CLAIMED: Record<string, RegExp> = {
    fr: /sans chauffage/,
    nl: /zonder verwarming/,
    en: /without heating/,
    de: /ohne Heizung/,
  };
  const SUMMER: Record<string, RegExp> = {
    fr: /en été/,
    nl: /in de zomer/,
    en: /in summer/,
    de: /im Sommer/,
  };

  it.each(CATALOGUES)("in %s, says its base load may hold heating that ran in summer", (lang, catalogue) => {
    const line = say(catalogue, "building.signatureWords", { base: 654, slope: 120 });
    expect(line).not.toMatch(NOT_CLAIMED[lang] as RegExp);
    expect(line).toMatch(SUMMER[lang] as RegExp);
    expect(line.match(/654/g)).toHaveLength(2);
  });
});

describe("the building report's alerts by kind", () => {
  it("give their counts after their words, so that no count needs « (s) »", () => {
    const params = { about: 1, opened: 0, closed: 2 };
    expect(CATALOGUES.map(([, c]) => say(c, "buildingReport.alertKindLine", params))).toEqual([
      "Portant sur la période : 1 ; ouvertes : 0 ; clôturées : 2",
      "Over de periode: 1; geopend: 0; afgesloten: 2",
      "About the period: 1; opened: 0; closed: 2",
      "Zum Zeitraum: 1; geöffnet: 0; geschlossen: 2",
    ]);
  });

  it("and no French text of the buildings' pages writes a plural as « (s) »", () => {
    const texts = Object.entries({ ...frBuildings, ...frBuildingReport, ...frCostSplit });
    expect(texts.filter(([, text]) => /\((e?s|e)\)/.test(text)).map(([key]) => key)).toEqual([]);
  });
});
