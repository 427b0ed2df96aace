import { describe, expect, it } from "vitest";
import { toKwhParts } from "../../../api/consumption/conversion.ts";
import { intervalDayParts } from "../../../api/consumption/interval-parts.ts";
import type { Meter } from "../../../api/meters/meter-rules.ts";

const meter = (kind: "electricity" | "gas"): Meter => ({
  id: "m1",
  kind,
  unit: kind === "gas" ? "m3" : "kwh",
  registers: ["single"],
  startedAt: new Date("2024-01-01T00:00:00Z"),
  gasType: kind === "gas" ? "H" : undefined,
});
const day = { register: "single" as const, slotMinutes: 15, measuredSlots: 96, totalKwh: 8, totalNative: 8 };

describe("smart-meter days as day parts", () => {
  it("are measured and cover the share of the day their slots cover (25-hour day: 100 slots)", () => {
    const parts = intervalDayParts({
      meter: meter("electricity"),
      days: [
        { ...day, day: "2025-01-15" },
        { ...day, day: "2024-10-27", measuredSlots: 50 },
        { ...day, day: "2025-01-16", measuredSlots: 0 },
      ],
    });
    expect(parts.map((p) => [p.day, p.quantity, p.estimated, p.coverage])).toEqual([
      ["2025-01-15", 8, false, 1],
      ["2024-10-27", 8, false, 0.5],
    ]);
  });

  it("keep gas kWh as measured, and derive m³ from the calorific value only when the file gave none", () => {
    const [both] = intervalDayParts({
      meter: meter("gas"),
      days: [{ ...day, day: "2025-01-15", totalKwh: 11.4, totalNative: 1 }],
    });
    expect(both).toMatchObject({ quantity: 1, kwh: 11.4 });
    expect(toKwhParts({ parts: [both as NonNullable<typeof both>] })[0]?.quantity).toBe(11.4);
    // Only kWh: 11.6 kWh at CREG's typical 11.6 kWh/m³ for H gas = 1 m³.
    const [kwhOnly] = intervalDayParts({
      meter: meter("gas"),
      days: [{ ...day, day: "2025-01-15", totalKwh: 11.6, totalNative: null }],
    });
    expect(kwhOnly).toMatchObject({ quantity: 1, kwh: 11.6 });
  });
});
