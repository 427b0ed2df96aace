import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, problemOf } from "../../web/lib/api.ts";
import type { Meter, ReadingInput } from "../../web/meters/meters-api.ts";
import {
  belowPrevious,
  checkEntry,
  confirmationFor,
  confirmationProblem,
  previousBefore,
} from "../../web/meters/reading-entry-checks.ts";
import { createReadingEntry } from "../../web/meters/reading-entry-state.ts";

// The entry talks to the server through metersApi only; the euros after saving are not looked at here.
const addReading = vi.fn<(meterId: string, body: ReadingInput) => Promise<unknown>>();
vi.mock("../../web/meters/meters-api.ts", () => ({
  metersApi: { addReading: (meterId: string, body: ReadingInput) => addReading(meterId, body) },
}));
const keepOnPhone = vi.fn(async () => {});
vi.mock("../../web/meters/reading-after-save.ts", () => ({
  loadMoney: async () => null,
  keepOnPhone: () => keepOnPhone(),
  keptReadings: () => [],
}));

const meter = {
  id: "meter-1",
  householdId: "household-1",
  unit: "kwh",
  readingMode: "cumulative_index",
  registers: ["day", "night"],
} as unknown as Meter;

const history = [
  { register: "day" as const, readAt: "2026-11-01T00:00:00+01:00", value: 14_500, flags: [] },
  { register: "night" as const, readAt: "2026-11-01T00:00:00+01:00", value: 9_000, flags: [] },
];

const refusedBelowPrevious = () =>
  new ApiError({
    status: 422,
    code: "reading.below_previous",
    title: "L'index 9 300 est plus petit que le dernier relevé.",
    fieldErrors: { value: "L'index 9 300 est plus petit que le dernier relevé." },
  });

/** As problemOf reads it: the server's figures are the problem's extra members. */
const needsConfirmation = () =>
  problemOf(
    new Response(
      JSON.stringify({
        type: "https://eco-watchers.example/problems/reading.needs_confirmation",
        code: "reading.needs_confirmation",
        title: "C'est beaucoup plus que d'habitude : 9 300 kWh en 30 jour(s).",
        status: 422,
        errors: [{ field: "value", code: "reading.needs_confirmation", message: "…" }],
        value: 9_300,
        consumption: 9_300,
        unit: "kwh",
        days: 30,
        previousValue: 14_500,
        previousDate: "2026-11-01",
        instance: "/api/meters/meter-1/readings",
        requestId: "req-1",
      }),
      { status: 422, headers: { "content-type": "application/problem+json" } },
    ),
  );

beforeEach(() => {
  addReading.mockReset();
  keepOnPhone.mockClear();
});

const offline = () => new ApiError({ status: 0, code: "network", title: "Pas de connexion." });

describe("the reading entry after a refusal", () => {
  it("shows the server's use across a declared reset, never value − previous (9 300 − 14 500)", async () => {
    const entry = createReadingEntry({ meter, readings: history, userId: null });
    entry.setValue("day", "9300");
    entry.setValue("night", "9100");
    expect(await entry.save()).toBe(false);
    expect(entry.resetOffered.value.day).toBe(true);

    entry.setReset("day", true);
    addReading.mockRejectedValueOnce(await needsConfirmation());
    expect(await entry.save()).toBe(false);
    expect(addReading.mock.calls[0]?.[1]).toMatchObject({ register: "day", value: 9_300, reset: true });
    expect(entry.confirmation.value).toEqual({ register: "day", value: 9_300, used: 9_300, days: 30 });
  });

  it("offers the reset box on the server's refusal too (a reading the phone did not know)", async () => {
    const entry = createReadingEntry({ meter, readings: [], userId: null });
    entry.setValue("day", "9300");
    entry.setValue("night", "9100");
    addReading.mockRejectedValueOnce(refusedBelowPrevious());
    expect(await entry.save()).toBe(false);
    expect(entry.resetOffered.value.day).toBe(true);
    expect(entry.problems.value.day?.title).toBe("L'index 9 300 est plus petit que le dernier relevé.");
  });

  it("takes the reset box away, unticked, once that register's number changes", async () => {
    const entry = createReadingEntry({ meter, readings: history, userId: null });
    entry.setValue("day", "9300");
    entry.setValue("night", "9100");
    await entry.save();
    entry.setReset("day", true);

    entry.setValue("night", "9101");
    expect(entry.resetOffered.value.day).toBe(true); // the other register's number: still offered
    entry.setValue("day", "14600");
    expect(entry.resetOffered.value.day).toBeFalsy();
    expect(entry.resets.value.day).toBeFalsy();

    addReading.mockImplementation(async (_id, body) => ({ ...body, id: body.clientId, flags: [] }));
    expect(await entry.save()).toBe(true);
    expect(addReading.mock.calls.map(([, body]) => body.reset)).toEqual([undefined, undefined]);
  });
});

describe("an index below the one before, typed offline", () => {
  it("is refused on the phone in the server's words, with the reset box, and never kept to send", async () => {
    const entry = createReadingEntry({ meter, readings: history, userId: "user-1" });
    addReading.mockRejectedValue(offline());
    entry.setValue("day", "9300");
    entry.setValue("night", "9100");
    expect(await entry.save()).toBe(false);
    expect(addReading).not.toHaveBeenCalled();
    expect(keepOnPhone).not.toHaveBeenCalled();
    expect(entry.feedback.value).toBeNull();
    const said = entry.problems.value.day;
    expect(said?.title.replace(/[\u00a0\u202f]/g, " ")).toBe(
      "L'index 9 300 est plus petit que le dernier relevé (14 500 le 1er novembre).",
    );
    expect(said?.detail).toContain("Vérifiez aussi que vous n'avez pas inversé le jour et la nuit.");
    expect(entry.problems.value.night).toBeUndefined();
    expect(entry.resetOffered.value).toEqual({ day: true });

    // A declared reset is the household's word: the reading is kept to be sent.
    entry.setReset("day", true);
    expect(await entry.save()).toBe(true);
    expect(keepOnPhone).toHaveBeenCalledOnce();
    expect(addReading.mock.calls[0]?.[1]).toMatchObject({ register: "day", value: 9_300, reset: true });
  });

  it("compares with the reading before the chosen day, as the server will", () => {
    const gas = [
      { register: "single" as const, readAt: "2026-10-01T00:00:00+02:00", value: 100, flags: [] },
      { register: "single" as const, readAt: "2026-11-01T00:00:00+01:00", value: 200, flags: [] },
      { register: "single" as const, readAt: "2026-11-15T08:00:00+01:00", value: 300, flags: [] },
    ];
    const previousAt = (readAt: string) =>
      previousBefore({ history: gas, register: "single", readAt })?.value;
    expect(previousAt("2026-11-15")).toBe(200); // the 15th at 00:00, before that morning's reading
    expect(previousAt("2026-11-15T09:00:00+01:00")).toBe(300);
    expect(previousAt("2026-11-01")).toBe(100); // the same moment as the 1st's reading is not before it
    expect(previousAt("2026-10-01")).toBeUndefined();
  });

  it("leaves tank levels alone, says an allocator's yearly reset, and lets a declared reset through", () => {
    const gas = [{ register: "single" as const, readAt: "2026-11-01T00:00:00+01:00", value: 500, flags: [] }];
    const check = (over: Partial<Parameters<typeof belowPrevious>[0]["meter"]>, resets = {}) =>
      belowPrevious({
        meter: { kind: "gas", readingMode: "cumulative_index", registers: ["single"], ...over },
        numbers: { single: 20 },
        resets,
        history: gas,
        readAt: "2026-12-02T10:00:00+01:00",
      });
    expect(check({ readingMode: "stock_level", kind: "heating_oil" })).toEqual({});
    expect(check({}, { single: true })).toEqual({});
    expect(check({}).single?.detail).toMatch(/^Relisez les chiffres un par un/);
    expect(check({ kind: "heat_cost_allocator" }).single?.detail).toMatch(
      /^Un répartiteur recommence à zéro/,
    );
  });
});

describe("a number with a lone dot before three digits", () => {
  it("is asked, with both numbers to tap, and nothing is sent", async () => {
    const checked = checkEntry({
      registers: ["single"],
      done: () => false,
      values: { single: "1.100" },
      day: "2026-12-02",
      today: "2026-12-02",
      unit: "litres",
    });
    expect(checked.numbers).toBeNull();
    expect(checked.problems.single).toEqual({
      title: "Vous avez écrit 1.100 : est-ce 1100 ou 1,1 ?",
      detail: "Un point peut séparer les milliers ou remplacer la virgule. Touchez le bon chiffre.",
      choices: [
        { label: "1100\u00a0litres", text: "1100" },
        { label: "1,1\u00a0litres", text: "1,1" },
      ],
    });

    const entry = createReadingEntry({ meter, readings: history, userId: null });
    entry.setValue("day", "14.600");
    entry.setValue("night", "9100");
    expect(await entry.save()).toBe(false);
    expect(addReading).not.toHaveBeenCalled();
    // The tapped answer goes into the field: 14600 is then sent as typed so.
    entry.setValue("day", entry.problems.value.day?.choices?.[0]?.text ?? "");
    addReading.mockImplementation(async (_id, body) => ({ ...body, id: body.clientId, flags: [] }));
    expect(await entry.save()).toBe(true);
    expect(addReading.mock.calls[0]?.[1]).toMatchObject({ register: "day", value: 14_600 });
  });
});

describe("confirmationProblem", () => {
  it("says a correction's big jump as the entry does, from the problem's figures, not the server's title", () => {
    const said = (extensions: Record<string, unknown>) =>
      confirmationProblem({ register: "single", value: 303_000, problem: { extensions }, unit: "kWh" });
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
    expect(plain(said({ consumption: 273_380, days: 31 }).title)).toBe(
      "Cela ferait 273 380 kWh en 31 jours. C'est beaucoup plus que d'habitude.",
    );
    // The same day: no "en 1 jour(s)" for 0 days, the shorter sentence.
    expect(said({ consumption: 272_389.8, days: 0 }).title).toBe("C'est beaucoup plus que d'habitude.");
    expect(plain(said({}).detail ?? "")).toBe("Relisez le compteur. Le chiffre est-il bien 303 000 ?");
  });
});

describe("confirmationFor", () => {
  it("says the short sentence when the figures are missing or not plausible, never a negative use", () => {
    const ask = (extensions: Record<string, unknown>) =>
      confirmationFor({ register: "single", value: 100, problem: { extensions } });
    expect(ask({})).toMatchObject({ used: null, days: null });
    expect(ask({ consumption: -14_798, days: 31 })).toMatchObject({ used: null, days: null });
    expect(ask({ consumption: "9300", days: 30 })).toMatchObject({ used: null, days: null });
    expect(ask({ consumption: 12.5, days: 3 })).toMatchObject({ used: 12.5, days: 3 });
  });
});
