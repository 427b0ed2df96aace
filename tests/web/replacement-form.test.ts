import "../../web/lib/i18n/fr-meter-setup.ts";
import { describe, expect, it } from "vitest";
import {
  emptyReplacement,
  type ReplacementDraft,
  replacementSummary,
  toReplaceInput,
} from "../../web/meters/replacement-form.ts";

const today = "2026-03-10";
const now = new Date("2026-03-10T10:15:00+01:00");
const draft = (patch: Partial<ReplacementDraft>): ReplacementDraft => ({
  ...emptyReplacement(today),
  ...patch,
});

describe("toReplaceInput", () => {
  it("sends each register's final and start index; a replacement today happens now", () => {
    const built = toReplaceInput({
      draft: draft({
        finals: { day: "12 400,5", night: "8100" },
        starts: { day: "0", night: "0" },
        serial: " NEW-7 ",
        ean: "",
      }),
      registers: ["day", "night"],
      unit: "kwh",
      today,
      now,
    });
    if (!("input" in built)) throw new Error("input expected");
    expect(built.input.finalIndex).toEqual({ day: 12400.5, night: 8100 });
    expect(built.input.newMeter).toEqual({ startIndex: { day: 0, night: 0 }, serial: "NEW-7" });
    expect(new Date(built.input.replacedAt).getTime()).toBe(now.getTime());
    expect(built.lines).toEqual([
      { register: "day", final: 12400.5, start: 0 },
      { register: "night", final: 8100, start: 0 },
    ]);
  });

  it("sends another day as that day, and a new EAN without its spaces", () => {
    const built = toReplaceInput({
      draft: draft({
        day: "2026-02-15",
        finals: { single: "9400" },
        starts: { single: "3" },
        ean: "5414 4900",
      }),
      registers: ["single"],
      unit: "kwh",
      today,
      now,
    });
    expect(built).toMatchObject({
      input: { replacedAt: "2026-02-15", finalIndex: { single: 9400 }, newMeter: { ean: "54144900" } },
    });
  });

  it("names every field to fix, per register and side", () => {
    const built = toReplaceInput({
      draft: draft({ day: "", finals: { day: "abc" }, starts: { night: "1" }, maxIndex: "9x" }),
      registers: ["day", "night"],
      unit: "kwh",
      today,
      now,
    });
    expect(built).toEqual({
      problems: {
        replacedAt: { title: "Choisissez le jour du relevé." },
        "finalIndex.day": { title: "Écrivez seulement des chiffres, par exemple 12345,6." },
        "finalIndex.night": { title: "Écrivez le chiffre du compteur." },
        "newMeter.startIndex.day": { title: "Écrivez le chiffre du compteur." },
        "newMeter.maxIndex": { title: "Écrivez seulement des chiffres, par exemple 12345,6." },
      },
    });
  });
  it("asks 1100 or 1,1 for an index with one dot, on either meter, and sends nothing", () => {
    const built = toReplaceInput({
      draft: draft({ finals: { single: "1.100" }, starts: { single: "2.500" } }),
      registers: ["single"],
      unit: "m3",
      today,
      now,
    });
    if (!("problems" in built)) throw new Error("problems expected");
    expect(built.problems["finalIndex.single"]).toMatchObject({
      title: "Vous avez écrit 1.100 : est-ce 1100 ou 1,1 ?",
      choices: [
        { label: "1100\u00a0m³", text: "1100" },
        { label: "1,1\u00a0m³", text: "1,1" },
      ],
    });
    expect(built.problems["newMeter.startIndex.single"]?.choices?.map((c) => c.text)).toEqual([
      "2500",
      "2,5",
    ]);
    // The number tapped goes back into the field: it then reads one way only.
    const chosen = toReplaceInput({
      draft: draft({ finals: { single: "1,1" }, starts: { single: "2500" } }),
      registers: ["single"],
      unit: "m3",
      today,
      now,
    });
    expect(chosen).toMatchObject({ lines: [{ register: "single", final: 1.1, start: 2500 }] });
  });
});

describe("replacementSummary", () => {
  it("says in one sentence what happens to a one-index meter", () => {
    const summary = replacementSummary({
      lines: [{ register: "single", final: 9400.5, start: 0 }],
      unit: "m3",
      replacedAt: "2026-02-15",
    });
    expect(summary).toEqual({
      sentence:
        "L'ancien compteur est clôturé le 15 février 2026 avec l'index 9\u202f400,5\u00a0m³ ; le nouveau commence à 0\u00a0m³.",
      registers: [],
    });
  });

  it("lists each register of a day/night meter", () => {
    const summary = replacementSummary({
      lines: [
        { register: "day", final: 12400, start: 0 },
        { register: "night", final: 8100, start: 0 },
      ],
      unit: "kwh",
      replacedAt: "2026-03-01",
    });
    expect(summary.sentence).toBe("L'ancien compteur est clôturé le 1er\u00a0mars 2026 avec ces index :");
    expect(summary.registers).toEqual([
      "Jour (heures pleines) : 12\u202f400\u00a0kWh ; le nouveau commence à 0\u00a0kWh",
      "Nuit (heures creuses) : 8\u202f100\u00a0kWh ; le nouveau commence à 0\u00a0kWh",
    ]);
  });
});
