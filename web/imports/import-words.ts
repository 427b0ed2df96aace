import { formatDateTime } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";

/** Registers as printed on bills ("Jour (heures pleines)"), joined for a sentence. */
export function registersText(registers: readonly string[]): string {
  return registers.map((r) => t(`register.${r}` as MessageKey)).join(", ");
}

/** "Du 14 janvier 2026 à 00:00 au 15 janvier 2026 à 00:00": the end is where the last slot stops. */
export function spanText(from: string, to: string): string {
  return t("import.span", { from: formatDateTime(from), to: formatDateTime(to) });
}

export function flagText(flag: string): string {
  return t(`import.flag.${flag}` as MessageKey);
}

export function formatName(format: string): string {
  return t(`import.format.${format}` as MessageKey);
}
