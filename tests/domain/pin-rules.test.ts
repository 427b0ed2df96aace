import { describe, expect, it } from "vitest";
import { chosenPinVerdict } from "../../api/auth/pin-rules.ts";

const verdict = (pin: string, currentPin = "4821") => chosenPinVerdict({ pin, currentPin });

describe("a PIN a household chooses", () => {
  it("takes 4 to 8 digits that nobody would try first", () => {
    for (const pin of ["4719", "1357", "90210", "31415926", "1243", "0101", "1929", "2040"])
      expect(verdict(pin), pin).toEqual({ ok: true });
  });

  it("refuses what is not 4 to 8 digits", () => {
    for (const pin of ["123", "123456789", "12a4", " 2580", ""])
      expect(verdict(pin), pin).toEqual({ ok: false, code: "pin.format" });
  });

  it("refuses one digit repeated and straight runs, up or down", () => {
    for (const pin of ["0000", "7777", "99999999"])
      expect(verdict(pin), pin).toEqual({ ok: false, code: "pin.repeated_digit" });
    for (const pin of ["1234", "4567", "23456789", "9876", "3210", "012345"])
      expect(verdict(pin), pin).toEqual({ ok: false, code: "pin.sequence" });
  });

  it("refuses the codes at the top of leaked-PIN lists, and recent years", () => {
    for (const pin of ["1212", "2580", "6969", "1004", "1985", "2026", "1930", "2039"])
      expect(verdict(pin), pin).toEqual({ ok: false, code: "pin.too_common" });
  });

  it("refuses the PIN it replaces", () => {
    expect(verdict("4821")).toEqual({ ok: false, code: "pin.unchanged" });
  });
});
