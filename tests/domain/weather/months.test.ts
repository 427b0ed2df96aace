import { describe, expect, it } from "vitest";
import { addMonths, isMonth, missingMonths, monthsBetween } from "../../../api/weather/months.ts";

describe("months", () => {
  it("reads and steps months across years", () => {
    expect(isMonth("2024-12")).toBe(true);
    expect(isMonth("2024-13")).toBe(false);
    expect(isMonth("2024-1")).toBe(false);
    expect(addMonths("2024-11", 3)).toBe("2025-02");
    expect(addMonths("2024-01", -1)).toBe("2023-12");
    expect(monthsBetween("2022-11", "2023-02")).toEqual(["2022-11", "2022-12", "2023-01", "2023-02"]);
    expect(monthsBetween("2023-02", "2023-01")).toEqual([]);
  });

  it("lists the months still missing between two months", () => {
    expect(
      missingMonths({ from: "2022-10", to: "2023-03", present: ["2022-10", "2022-11", "2023-01"] }),
    ).toEqual(["2022-12", "2023-02", "2023-03"]);
    expect(
      missingMonths({ from: "2021-01", to: "2021-03", present: ["2021-01", "2021-02", "2021-03"] }),
    ).toEqual([]);
  });
});
