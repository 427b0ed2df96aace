import { describe, expect, it } from "vitest";
import { dotReadings, parseDecimal } from "../../web/lib/decimal.ts";

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
    // The same mark twice can only group thousands, never a decimal point among them.
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1.234.567,8", 1234567.8],
  ])("reads %j as %d", (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(["", "   ", "abc", "-5", "12,3,4x", "1e5", "12,", "12 kWh", "12.3.4", "1.234.56"])(
    "refuses %j",
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );
});

describe("dotReadings", () => {
  it.each([
    ["1.100", { thousands: 1100, decimal: 1.1 }],
    ["29.045", { thousands: 29045, decimal: 29.045 }],
    [" 123.456 ", { thousands: 123456, decimal: 123.456 }],
  ])("reads %j two ways", (text, readings) => {
    expect(dotReadings(text)).toEqual(readings);
  });

  it.each(["1,100", "1100", "1.10", "1.1000", "1234.567", "0.500", "1.100,5", "1 100.500", "1.234.567"])(
    "finds %j says which it is",
    (text) => {
      expect(dotReadings(text)).toBeNull();
    },
  );
});
