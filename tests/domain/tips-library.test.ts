import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ReferenceTip, referenceTipsSchema, TIP_CATEGORIES } from "../../seeds/reference-tips-schema.ts";

const REFERENCE_DIR = path.join(import.meta.dirname, "../../seeds/reference");
const tips: ReferenceTip[] = referenceTipsSchema.parse(
  JSON.parse(readFileSync(path.join(REFERENCE_DIR, "tips.json"), "utf8")),
);

/** The rows of the "Tips (`tips.json`)" table in SOURCES.md, by key (T01, T02…). */
function tipSourceRows(): Map<string, string> {
  const sources = readFileSync(path.join(REFERENCE_DIR, "SOURCES.md"), "utf8");
  const section = sources.slice(sources.indexOf("## Tips (`tips.json`)"));
  const rows = section.split("\n").filter((line) => /^\| T\d{2} \|/.test(line));
  return new Map(rows.map((row) => [row.slice(2, 5), row]));
}

describe("tips library", () => {
  it("has at least 40 tips with unique keys in the reference shape", () => {
    expect(tips.length).toBeGreaterThanOrEqual(40);
  });

  it("covers every session theme with at least 3 tips", () => {
    for (const category of TIP_CATEGORIES)
      expect(tips.filter((t) => t.category === category).length, category).toBeGreaterThanOrEqual(3);
  });

  it("has at least 6 tips for tenants of collective heating, all tagged for collective heating", () => {
    const collective = tips.filter((t) => t.category === "collective_heating");
    expect(collective.length).toBeGreaterThanOrEqual(6);
    for (const tip of collective) expect(tip.heatingTypes, tip.key).toEqual(["collective"]);
  });

  it("cites every saving in SOURCES.md, on a row that names the tip", () => {
    const rows = tipSourceRows();
    const withSaving = tips.filter((t) => t.saving);
    expect(withSaving.length).toBeGreaterThan(0);
    for (const tip of withSaving) {
      const row = rows.get(tip.saving?.source ?? "");
      expect(row, `${tip.key} → ${tip.saving?.source}`).toBeDefined();
      expect(row, `${tip.key} → ${tip.saving?.source}`).toContain(`\`${tip.key}\``);
    }
  });

  it("names in SOURCES.md only tips that exist", () => {
    const keys = new Set(tips.map((t) => t.key));
    const named = [...tipSourceRows().values()].flatMap((row) =>
      [...row.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] ?? ""),
    );
    expect(named.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("leaves no title or body untranslated from the French", () => {
    const untranslated = tips.flatMap((tip) =>
      (["nl", "en", "de"] as const).flatMap((lang) => [
        ...(tip.text[lang].title === tip.text.fr.title ? [`${tip.key} ${lang} title`] : []),
        ...(tip.text[lang].body === tip.text.fr.body ? [`${tip.key} ${lang} body`] : []),
      ]),
    );
    expect(untranslated).toEqual([]);
  });

  it("keeps texts short enough for readers with little reading comfort", () => {
    for (const tip of tips)
      for (const lang of ["fr", "nl", "en", "de"] as const) {
        const { title, body } = tip.text[lang];
        expect(title.length, `${tip.key} ${lang} title`).toBeLessThanOrEqual(80);
        // 2 to 4 sentences: count sentence ends followed by a space or the end.
        const sentences = body.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
        expect(sentences, `${tip.key} ${lang} body`).toBeGreaterThanOrEqual(2);
        expect(sentences, `${tip.key} ${lang} body`).toBeLessThanOrEqual(4);
      }
  });
});
