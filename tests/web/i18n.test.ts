import { describe, expect, it } from "vitest";
import { de } from "../../web/lib/i18n/de.ts";
import { en } from "../../web/lib/i18n/en.ts";
import { fr } from "../../web/lib/i18n/fr.ts";
import { type Catalogue, type MessageKey, translate } from "../../web/lib/i18n/index.ts";
import { nl } from "../../web/lib/i18n/nl.ts";

const REFERENCE = fr as Record<string, string>;
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
