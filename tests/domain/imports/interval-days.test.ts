import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startOfBrusselsDay } from "../../../api/consumption/brussels-days.ts";
import { FileRefused } from "../../../api/imports/import-refusals.ts";
import type { SlotReading } from "../../../api/imports/import-rows.ts";
import { buildDays, calorificValueInRange, inferSlotMinutes } from "../../../api/imports/interval-days.ts";

const Q = 900_000;
const reading = (
  day: string,
  slot: number,
  value: number | null,
  extra: Partial<SlotReading> = {},
): SlotReading => ({
  line: slot + 2,
  register: "single",
  unit: "kwh",
  day,
  startMs: startOfBrusselsDay(day).getTime() + slot * Q,
  minutes: 15,
  value,
  estimated: false,
  ...extra,
});

function refusal(f: () => unknown) {
  try {
    f();
  } catch (error) {
    if (error instanceof FileRefused) return error.refusal;
    throw error;
  }
  throw new Error("not refused");
}

describe("days of interval data", () => {
  it("has 96 quarter-hours on an ordinary day, 92 when summer time starts, 100 when it ends", () => {
    for (const [day, slots] of [
      ["2025-01-15", 96],
      ["2024-03-31", 92],
      ["2024-10-27", 100],
    ] as const) {
      const [row] = buildDays({ readings: [reading(day, slots - 1, 0.2)], meterUnit: "kwh" });
      expect(row?.slotValues).toHaveLength(slots);
      expect(row).toMatchObject({ totalKwh: 0.2, totalNative: 0.2, measuredSlots: 1 });
    }
  });

  it("leaves a slot the file does not give empty, and flags an empty value as missing", () => {
    const [row] = buildDays({
      readings: [reading("2025-01-15", 0, 0.1), reading("2025-01-15", 2, null)],
      meterUnit: "kwh",
    });
    expect(row?.slotValues.slice(0, 3)).toEqual([0.1, null, null]);
    expect(row).toMatchObject({ measuredSlots: 1, flags: ["missing_values"], rows: 2 });
  });

  it("refuses the same slot twice and a time off the quarter-hour grid, naming the line", () => {
    const twice = [reading("2025-01-15", 4, 0.1), { ...reading("2025-01-15", 4, 0.1), line: 9 }];
    expect(
      refusal(() => buildDays({ readings: twice, meterUnit: "kwh", timeField: "Van tijdstip" })),
    ).toEqual({
      code: "import.bad_row",
      line: 9,
      field: "Van tijdstip",
      reason: "import.reason.duplicate",
    });
    const off = {
      ...reading("2025-01-15", 4, 0.1),
      startMs: startOfBrusselsDay("2025-01-15").getTime() + 7 * 60_000,
    };
    expect(refusal(() => buildDays({ readings: [off], meterUnit: "kwh" }))).toMatchObject({
      reason: "import.reason.slot_boundary",
    });
  });

  it("keeps gas kWh beside the m³ and flags a conversion outside 9–13 kWh/m³", () => {
    const gas = (slot: number, m3: number, kwh: number) => [
      reading("2025-01-15", slot, m3, { unit: "m3", minutes: 15 }),
      reading("2025-01-15", slot, kwh),
    ];
    const [fine] = buildDays({ readings: [...gas(0, 0.1, 1.14), ...gas(1, 0.2, 2.28)], meterUnit: "m3" });
    expect(fine).toMatchObject({ slotUnit: "kwh", flags: [], rows: 4 });
    expect(fine?.totalKwh).toBeCloseTo(3.42, 9);
    expect(fine?.totalNative).toBeCloseTo(0.3, 9);
    const [odd] = buildDays({ readings: gas(0, 0.1, 1.5), meterUnit: "m3" });
    expect(odd?.flags).toEqual(["calorific_value_out_of_range"]);
    expect(calorificValueInRange(11.4, 1)).toBe(true);
    expect(calorificValueInRange(0, 0)).toBe(true);
    expect(calorificValueInRange(0.5, 0)).toBe(false);
  });

  it("finds the slot length of a generic file from its smallest step", () => {
    const hourly = [0, 4, 8].map((q) => ({ ...reading("2025-01-15", q, 1), minutes: 0 }));
    expect(inferSlotMinutes(hourly).map((r) => r.minutes)).toEqual([60, 60, 60]);
    expect(refusal(() => inferSlotMinutes([{ ...reading("2025-01-15", 0, 1), minutes: 0 }]))).toMatchObject({
      reason: "import.reason.slot_length",
    });
  });

  it("gives the same days whatever the order of the file's lines (property)", () => {
    const values = fc.array(fc.option(fc.nat(3000), { nil: null }), { minLength: 1, maxLength: 100 });
    fc.assert(
      fc.property(values, fc.integer(), (list, seed) => {
        const readings = list.map((v, i) => reading("2024-10-27", i, v === null ? null : v / 1000));
        const shuffled = [...readings].sort(
          (a, b) => ((a.line * 7919 + seed) % 101) - ((b.line * 7919 + seed) % 101),
        );
        const [a] = buildDays({ readings, meterUnit: "kwh" });
        const [b] = buildDays({ readings: shuffled, meterUnit: "kwh" });
        expect(b).toEqual(a);
        expect(a?.totalKwh).toBeCloseTo(list.reduce<number>((s, v) => s + (v ?? 0), 0) / 1000, 9);
      }),
    );
  });
});
