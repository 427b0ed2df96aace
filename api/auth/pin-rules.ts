/**
 * What a household may choose as its own PIN. Four to eight digits, as at sign-in; a PIN anyone
 * would try first is refused: one digit repeated (0000) or a straight run up or down (1234, 9876),
 * the codes that top every list of leaked PINs. The refusal says which, so a person can pick again.
 */
export type PinVerdict =
  | { ok: true }
  | { ok: false; code: "pin.format" | "pin.repeated_digit" | "pin.sequence" | "pin.unchanged" };

export function chosenPinVerdict({ pin, currentPin }: { pin: string; currentPin: string }): PinVerdict {
  if (!/^\d{4,8}$/.test(pin)) return { ok: false, code: "pin.format" };
  if (pin === currentPin) return { ok: false, code: "pin.unchanged" };
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - (digits[i] as number)));
  if (steps.size === 1 && steps.has(0)) return { ok: false, code: "pin.repeated_digit" };
  if (steps.size === 1 && (steps.has(1) || steps.has(-1))) return { ok: false, code: "pin.sequence" };
  return { ok: true };
}
