import { describe, expect, it } from "vitest";
import { fileNameOf } from "../../web/lib/download.ts";
import { lastTwelveMonths } from "../../web/meters/household-consumption.tsx";
import { lateDays } from "../../web/meters/meter-words.ts";
import { monthsBefore } from "../../web/privacy/consumption-export.tsx";
import {
  addDaysToDay,
  isPast,
  lastDayOf,
  parseSettingNumber,
  validToOf,
} from "../../web/settings/settings-words.ts";

describe("settings periods", () => {
  it("turns the last day a person types into the API's exclusive end, and back", () => {
    expect(validToOf("2025-12-31")).toBe("2026-01-01");
    expect(validToOf("2024-02-28")).toBe("2024-02-29");
    expect(validToOf("")).toBeNull();
    expect(lastDayOf("2026-01-01")).toBe("2025-12-31");
    expect(lastDayOf(null)).toBe("");
    expect(addDaysToDay("2026-03-28", 2)).toBe("2026-03-30");
  });

  it("calls a period over from its exclusive end day on", () => {
    expect(isPast("2025-01-01", "2025-01-01")).toBe(true);
    expect(isPast("2025-01-02", "2025-01-01")).toBe(false);
    expect(isPast(null, "2099-01-01")).toBe(false);
  });
});

describe("parseSettingNumber", () => {
  it("reads Belgian commas and dots, and a minus sign only where allowed", () => {
    expect(parseSettingNumber("0,29")).toBe(0.29);
    expect(parseSettingNumber(" 1 234,5 ")).toBe(1234.5);
    expect(parseSettingNumber("-0,03", { signed: true })).toBe(-0.03);
    expect(parseSettingNumber("−0,03", { signed: true })).toBe(-0.03);
    expect(parseSettingNumber("-0,03")).toBeNull();
    expect(parseSettingNumber("0,O9")).toBeNull();
    expect(parseSettingNumber("")).toBeUndefined();
  });
});

describe("lateDays", () => {
  const now = new Date("2026-03-10T09:00:00Z");
  it("counts days past the 45-day limit, nothing before it or without a reading", () => {
    expect(lateDays("2026-01-20T23:00:00Z", now)).toBe(48);
    expect(lateDays("2026-02-01T23:00:00Z", now)).toBeNull();
    expect(lateDays(null, now)).toBeNull();
  });
});

describe("month windows", () => {
  it("covers the last twelve months, this one included", () => {
    const window = lastTwelveMonths("2026-03-10");
    expect(window.from).toBe("2025-04-01");
    expect(window.to).toBe("2026-03-10");
    expect(window.months).toHaveLength(12);
    expect(window.months.at(-1)).toBe("2026-03");
    expect(monthsBefore("2026-03", 11)).toBe("2025-04");
  });
});

describe("fileNameOf", () => {
  it("takes the server's name, plain or encoded, else the fallback", () => {
    expect(fileNameOf('attachment; filename="releves-DEMO-01-2026-03-10.csv"', "x.csv")).toBe(
      "releves-DEMO-01-2026-03-10.csv",
    );
    expect(fileNameOf("attachment; filename*=UTF-8''relev%C3%A9s.csv", "x.csv")).toBe("relevés.csv");
    expect(fileNameOf(null, "x.csv")).toBe("x.csv");
  });
});
