import "../lib/i18n/fr-household.ts";
import { dotReadings } from "../lib/decimal.ts";
import { intlLocale } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { FieldProblem } from "./entry-field.tsx";

/** Digits without grouping ("1100", "1,1"): a grouped "1.100" on a Dutch screen would ask again. */
const plain = (value: number) =>
  new Intl.NumberFormat(intlLocale(), { useGrouping: false, maximumFractionDigits: 3 }).format(value);

/** What goes back into the field once chosen: a form `parseDecimal` reads one way only. */
const unambiguous = (value: number) => String(value).replace(".", ",");

/**
 * "1.100" is 1 100 for a Belgian used to « 29.045,8 kWh » and 1,1 for one used to a decimal point:
 * asked, never guessed. The question is said next to the field, with both numbers to tap.
 */
export function numberQuestion(text: string, unit: string): FieldProblem | null {
  const readings = dotReadings(text);
  if (!readings) return null;
  const { thousands, decimal } = readings;
  return {
    title: t("number.whichOne", { typed: text.trim(), thousands: plain(thousands), decimal: plain(decimal) }),
    detail: t("number.whichOneHint"),
    choices: [thousands, decimal].map((value) => ({
      label: `${plain(value)}\u00a0${unit}`,
      text: unambiguous(value),
    })),
  };
}
