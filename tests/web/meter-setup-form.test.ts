import "../../web/lib/i18n/fr-meter-setup.ts";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../web/lib/api.ts";
import {
  emptyDraft,
  type MeterDraft,
  registersFor,
  toCreateInput,
} from "../../web/meters/meter-setup-form.ts";
import { createMeterSetup } from "../../web/meters/meter-setup-state.ts";
import { problemsFromApi } from "../../web/meters/setup-fields.ts";

const today = "2026-03-10";
const draft = (patch: Partial<MeterDraft>): MeterDraft => ({ ...emptyDraft(today), ...patch });

describe("registersFor", () => {
  it("gives electricity the registers of its layout, exclusive night after the offtake ones", () => {
    expect(registersFor({ kind: "electricity", layout: "single", exclusiveNight: false })).toEqual([
      "single",
    ]);
    expect(registersFor({ kind: "electricity", layout: "day_night", exclusiveNight: true })).toEqual([
      "day",
      "night",
      "exclusive_night",
    ]);
    expect(registersFor({ kind: "electricity", layout: "solar", exclusiveNight: false })).toEqual([
      "day",
      "night",
      "injection_day",
      "injection_night",
    ]);
  });

  it("gives other counters one index, and fuels followed by deliveries none, whatever was ticked before", () => {
    expect(registersFor({ kind: "gas", layout: "solar", exclusiveNight: true })).toEqual(["single"]);
    expect(registersFor({ kind: "heating_oil", layout: "single", exclusiveNight: false })).toEqual([
      "single",
    ]);
    expect(registersFor({ kind: "pellets", layout: "day_night", exclusiveNight: false })).toEqual([]);
  });
});

describe("toCreateInput", () => {
  it("builds a day/night meter from what was typed: decimal comma, spaces in the EAN", () => {
    const built = toCreateInput(
      draft({
        kind: "electricity",
        name: "  Électricité ",
        layout: "day_night",
        startIndex: { day: "12 345,6", night: "7890" },
        ean: "541 449 000 000 000 017",
        serial: "",
      }),
      today,
    );
    expect(built).toEqual({
      input: {
        kind: "electricity",
        name: "Électricité",
        startedAt: today,
        registers: ["day", "night"],
        startIndex: { day: 12345.6, night: 7890 },
        ean: "541449000000000017",
      },
    });
  });

  it("says what is missing next to each field, before anything is sent", () => {
    const built = toCreateInput(
      draft({
        kind: "electricity",
        name: " ",
        layout: "day_night",
        startIndex: { day: "12a" },
        startDay: "2026-03-11",
      }),
      today,
    );
    expect(built).toEqual({
      problems: {
        name: { title: "Donnez un nom au compteur." },
        startedAt: { title: "Choisissez aujourd'hui ou un jour passé." },
        "startIndex.day": { title: "Écrivez seulement des chiffres, par exemple 12345,6." },
        "startIndex.night": { title: "Écrivez le chiffre du compteur." },
      },
    });
    expect(toCreateInput(draft({}), today)).toEqual({
      problems: { kind: { title: "Choisissez le type de compteur." } },
    });
  });

  it("sends gas with its type, and pellets without registers, index, EAN or serial", () => {
    const gas = toCreateInput(
      draft({ kind: "gas", name: "Gaz", gasType: "L", startIndex: { single: "9720,4" }, maxIndex: "99999" }),
      today,
    );
    expect(gas).toMatchObject({ input: { gasType: "L", startIndex: { single: 9720.4 }, maxIndex: 99999 } });
    const pellets = toCreateInput(
      draft({ kind: "pellets", name: "Pellets", ean: "5414", serial: "X1" }),
      today,
    );
    expect(pellets).toEqual({ input: { kind: "pellets", name: "Pellets", startedAt: today } });
  });

  it("asks 1100 or 1,1 for a start index with one dot, per register, instead of guessing", () => {
    const built = toCreateInput(
      draft({
        kind: "electricity",
        name: "Élec",
        layout: "day_night",
        startIndex: { day: "4.321", night: "1234" },
      }),
      today,
    );
    expect(built).toEqual({
      problems: {
        "startIndex.day": {
          title: "Vous avez écrit 4.321 : est-ce 4321 ou 4,321 ?",
          detail: expect.any(String),
          choices: [
            { label: "4321\u00a0kWh", text: "4321" },
            { label: "4,321\u00a0kWh", text: "4,321" },
          ],
        },
      },
    });
    const chosen = toCreateInput(draft({ kind: "gas", name: "Gaz", startIndex: { single: "1100" } }), today);
    expect(chosen).toMatchObject({ input: { startIndex: { single: 1100 } } });
  });

  it("leaves the EAN's format to the API: 17 digits are sent as typed", () => {
    const built = toCreateInput(
      draft({ kind: "gas", name: "Gaz", startIndex: { single: "1" }, ean: "54144900000000001" }),
      today,
    );
    expect(built).toMatchObject({ input: { ean: "54144900000000001" } });
  });
});

describe("problemsFromApi", () => {
  const fields = ["name", "ean", "startIndex.single"] as const;

  it("puts a one-field refusal (422) at its field in full, and nothing on top", () => {
    const error = new ApiError({
      status: 422,
      code: "meter.start_index_missing",
      title: "Il manque l'index de départ.",
      detail: "Notez les chiffres…",
      fieldErrors: { startIndex: "Il manque l'index de départ." },
    });
    expect(problemsFromApi({ error, fields, aliases: { startIndex: "startIndex.single" } })).toEqual({
      problems: {
        "startIndex.single": { title: "Il manque l'index de départ.", detail: "Notez les chiffres…" },
      },
      shownFields: ["startIndex"],
      allAtFields: true,
    });
  });

  it("gives each field its own message from a 400, keeps the title on top, and leaves unknown fields to it", () => {
    const error = new ApiError({
      status: 400,
      code: "request.invalid",
      title: "Certains champs ne sont pas corrects.",
      fieldErrors: { ean: "Le code EAN compte 18 chiffres.", icon: "Trop long." },
    });
    expect(problemsFromApi({ error, fields })).toEqual({
      problems: { ean: { title: "Le code EAN compte 18 chiffres." } },
      shownFields: ["ean"],
      allAtFields: false,
    });
  });
});

describe("createMeterSetup", () => {
  it("suggests the kind's name until the person writes their own", () => {
    const setup = createMeterSetup({ householdId: "h", today });
    setup.chooseKind("gas");
    expect(setup.draft.value.name).toBe("Gaz");
    setup.chooseKind("heating_oil");
    expect(setup.draft.value.name).toBe("Citerne à mazout");
    setup.update({ name: "Cuve du garage" }, "name");
    setup.chooseKind("water");
    expect(setup.draft.value.name).toBe("Cuve du garage");
  });

  it("forgets a field's problem as soon as it is changed", async () => {
    const setup = createMeterSetup({ householdId: "h", today });
    setup.chooseKind("electricity");
    setup.update({ layout: "day_night" }, "registers");
    expect(await setup.submit()).toBeNull();
    expect(Object.keys(setup.problems.value).sort()).toEqual(["startIndex.day", "startIndex.night"]);
    setup.setStartIndex("day", "1000");
    expect(Object.keys(setup.problems.value)).toEqual(["startIndex.night"]);
  });
});
