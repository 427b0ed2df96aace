/**
 * What a household may choose as its own PIN. Four to eight digits, as at sign-in; a PIN anyone
 * would try first is refused: one digit repeated (0000), a straight run up or down (1234, 9876), or
 * one of the codes that top the lists of leaked PINs (1212, 2580, a year such as 1985). The refusal
 * says which, so a person can pick again.
 */
export type PinVerdict =
  | { ok: true }
  | {
      ok: false;
      code: "pin.format" | "pin.repeated_digit" | "pin.sequence" | "pin.too_common" | "pin.unchanged";
    };

/**
 * The most used four-digit PINs that are neither a repeated digit nor a straight run (DataGenetics'
 * analysis of 3.4 million leaked PINs, 2012: together with those, the top 20 cover over a quarter of
 * all PINs), and 2580 and 0852, the keypad's middle column.
 */
const COMMON_PINS = new Set(["1212", "1004", "2000", "6969", "1122", "1313", "2001", "1010", "2580", "0852"]);
/** Years of birth or of a wedding, the next most guessed family. */
const isRecentYear = (pin: string) => pin.length === 4 && Number(pin) >= 1930 && Number(pin) <= 2039;

export function chosenPinVerdict({ pin, currentPin }: { pin: string; currentPin: string }): PinVerdict {
  if (!/^\d{4,8}$/.test(pin)) return { ok: false, code: "pin.format" };
  if (pin === currentPin) return { ok: false, code: "pin.unchanged" };
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - (digits[i] as number)));
  if (steps.size === 1 && steps.has(0)) return { ok: false, code: "pin.repeated_digit" };
  if (steps.size === 1 && (steps.has(1) || steps.has(-1))) return { ok: false, code: "pin.sequence" };
  if (COMMON_PINS.has(pin) || isRecentYear(pin)) return { ok: false, code: "pin.too_common" };
  return { ok: true };
}
