import { describe, expect, it } from "vitest";
import { startOfBrusselsDay } from "../../../api/consumption/brussels-days.ts";
import type { Meter } from "../../../api/meters/meter-rules.ts";
import { chooseUsagePeriods, dailyPeriods } from "../../../api/savings/daily-periods.ts";
import { metersAsOf } from "../../../api/savings/data-as-of.ts";
import { readingPeriods } from "../../../api/savings/usage-periods.ts";

const meter = (id: string, startedOn: string, kind: Meter["kind"] = "heating_oil"): Meter => ({
  id,
  kind,
  unit: kind === "heating_oil" ? "litre" : "kwh",
  registers: ["single"],
  startedAt: startOfBrusselsDay(startedOn),
});
/** A reading at `time` (Brussels) on `day`. */
const reading = (day: string, value: number, time = "00:00", flags: string[] = []) => ({
  register: "single" as const,
  readAt: new Date(startOfBrusselsDay(day).getTime() + Number(time.slice(0, 2)) * 3_600_000),
  value,
  flags,
});

describe("a household's meters as of a day", () => {
  const tank = {
    meter: meter("oil", "2025-01-01"),
    readings: [
      reading("2025-01-01", 900, "00:00", ["start"]),
      reading("2025-02-01", 700),
      reading("2025-03-01", 500, "20:00"),
      reading("2025-03-02", 480),
    ],
    deliveries: [
      { deliveredOn: "2025-02-15", quantity: 300 },
      { deliveredOn: "2025-03-01", quantity: 200 },
      { deliveredOn: "2025-03-02", quantity: 100 },
    ],
  };

  it("keeps the readings and deliveries up to the day after: the next day's reading closes the last day", () => {
    const [known] = metersAsOf({ meters: [tank], lastDay: "2025-02-28" });
    expect(known?.readings.map((r) => r.value)).toEqual([900, 700, 500]);
    expect(known?.deliveries.map((d) => d.deliveredOn)).toEqual(["2025-02-15", "2025-03-01"]);
    // So the periods are those of days up to the last day, whatever came later.
    const periods = readingPeriods({ energy: "heating_oil", meters: [known as typeof tank] });
    expect(periods.map((p) => [p.from, p.to])).toEqual([
      ["2025-01-01", "2025-02-01"],
      ["2025-02-01", "2025-03-01"],
    ]);
  });

  it("leaves out the meters started after the day, a replacement's new meter among them", () => {
    const successor = { meter: meter("new", "2025-03-01"), readings: [], deliveries: [] };
    expect(metersAsOf({ meters: [tank, successor], lastDay: "2025-02-28" }).map((m) => m.meter.id)).toEqual([
      "oil",
    ]);
    expect(metersAsOf({ meters: [tank, successor], lastDay: "2025-03-01" }).map((m) => m.meter.id)).toEqual([
      "oil",
      "new",
    ]);
  });

  it("chooses the usage source from what was known then", () => {
    // Smart-meter days all through the baseline year and after; a second meter read by hand only later.
    const smart = meter("smart", "2023-01-01", "electricity");
    const hand = meter("hand", "2023-01-01", "electricity");
    const intervalDays = Array.from({ length: 500 }, (_, i) => ({
      meterId: "smart",
      register: "single" as const,
      day: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
      slotMinutes: 1440,
      measuredSlots: 1,
      totalKwh: 8,
      totalNative: 8,
    }));
    const meters = [
      { meter: smart, readings: [reading("2023-01-01", 0, "00:00", ["start"])], deliveries: [] },
      {
        meter: hand,
        readings: [reading("2023-01-01", 0, "00:00", ["start"]), reading("2025-04-15", 900)],
        deliveries: [],
      },
    ];
    const sourceAsOf = (lastDay: string) => {
      const known = metersAsOf({ meters, lastDay });
      const days = intervalDays.filter((d) => d.day <= lastDay);
      return chooseUsagePeriods({
        energy: "electricity",
        start: "2025-01-01",
        billing: readingPeriods({ energy: "electricity", meters: known }),
        daily: dailyPeriods({ energy: "electricity", meters: known, intervalDays: days }),
        meters: known,
        intervalDays: days,
      }).usageSource;
    };
    expect(sourceAsOf("2025-03-31")).toBe("smart_meter");
    expect(sourceAsOf("2025-04-30")).toBe("readings");
  });
});
