import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, problemOf } from "../../web/lib/api.ts";
import type { Meter, ReadingInput } from "../../web/meters/meters-api.ts";
import { confirmationFor } from "../../web/meters/reading-entry-checks.ts";
import { createReadingEntry } from "../../web/meters/reading-entry-state.ts";

// The entry talks to the server through metersApi only; the euros after saving are not looked at here.
const addReading = vi.fn<(meterId: string, body: ReadingInput) => Promise<unknown>>();
vi.mock("../../web/meters/meters-api.ts", () => ({
  metersApi: { addReading: (meterId: string, body: ReadingInput) => addReading(meterId, body) },
}));
vi.mock("../../web/meters/reading-after-save.ts", () => ({
  loadMoney: async () => null,
  keepOnPhone: async () => {},
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

const belowPrevious = () =>
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
});

describe("the reading entry after a refusal", () => {
  it("shows the server's use across a declared reset, never value − previous (9 300 − 14 500)", async () => {
    const entry = createReadingEntry({ meter, readings: history, userId: null });
    entry.setValue("day", "9300");
    entry.setValue("night", "9100");
    addReading.mockRejectedValueOnce(belowPrevious());
    expect(await entry.save()).toBe(false);
    expect(entry.resetOffered.value.day).toBe(true);

    entry.setReset("day", true);
    addReading.mockRejectedValueOnce(await needsConfirmation());
    expect(await entry.save()).toBe(false);
    expect(addReading.mock.calls[1]?.[1]).toMatchObject({ register: "day", value: 9_300, reset: true });
    expect(entry.confirmation.value).toEqual({ register: "day", value: 9_300, used: 9_300, days: 30 });
  });

  it("takes the reset box away, unticked, once that register's number changes", async () => {
    const entry = createReadingEntry({ meter, readings: history, userId: null });
    entry.setValue("day", "9300");
    entry.setValue("night", "9100");
    addReading.mockRejectedValueOnce(belowPrevious());
    await entry.save();
    entry.setReset("day", true);

    entry.setValue("night", "9101");
    expect(entry.resetOffered.value.day).toBe(true); // the other register's number: still offered
    entry.setValue("day", "14600");
    expect(entry.resetOffered.value.day).toBeFalsy();
    expect(entry.resets.value.day).toBeFalsy();

    addReading.mockImplementation(async (_id, body) => ({ ...body, id: body.clientId, flags: [] }));
    expect(await entry.save()).toBe(true);
    expect(addReading.mock.calls.map(([, body]) => body.reset)).toEqual([undefined, undefined, undefined]);
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
