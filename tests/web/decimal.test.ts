import { describe, expect, it } from "vitest";
import { parseDecimal } from "../../web/lib/decimal.ts";

describe("parseDecimal", () => {
  it.each([
    ["12345", 12345],
    ["12345,6", 12345.6],
    ["12345.6", 12345.6],
    ["12 345,6", 12345.6],
    ["12\u202f345,6", 12345.6],
    ["12.345,6", 12345.6],
    ["12,345.6", 12345.6],
    [" 0,5 ", 0.5],
    [",5", 0.5],
    ["007", 7],
  ])("reads %j as %d", (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(["", "   ", "abc", "-5", "12,3,4x", "1e5", "12,", "12 kWh"])("refuses %j", (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});
