import "../lib/i18n/fr-household.ts";
import { useAdviserFollows } from "../lib/adviser-follows.ts";
import { formatEuros, formatNumber } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import type { MoneyState } from "./reading-after-save.ts";
import type { Money } from "./reading-money.ts";

/** Under this change, per-day use is "about the same" as last year: readings are not that precise. */
const SAME = 0.05;

/** Who can add a missing tariff, said to the one who reads: the adviser, the housing company, or staff. */
type TariffKey = Extract<MessageKey, `feedback.tariffMissing${string}`>;

function lines(money: Money, tariffMissing: TariffKey): string[] {
  const said: string[] = [];
  if (money.eur !== null)
    said.push(
      money.eurPerDay !== null
        ? t("feedback.euros", { eur: formatEuros(money.eur), perDay: formatEuros(money.eurPerDay) })
        : t("feedback.eurosShort", { eur: formatEuros(money.eur) }),
    );
  else if (money.missing === "tariff_missing") said.push(t(tariffMissing));
  else if (money.missing === "delivery_price_missing") said.push(t("feedback.deliveryPriceMissing"));
  if (money.fromDeliveries) said.push(t("consumption.priceFromDeliveries"));
  if (money.kwh !== null) said.push(t("feedback.kwh", { kwh: formatNumber(money.kwh) }));
  if (!money.comparable) return said;
  if (money.change === null) said.push(t("feedback.noLastYear"));
  else if (Math.abs(money.change) < SAME) said.push(t("feedback.sameAsLastYear"));
  else {
    const percent = Math.round(Math.abs(money.change) * 100);
    said.push(t(money.change < 0 ? "feedback.lessThanLastYear" : "feedback.moreThanLastYear", { percent }));
  }
  return said;
}

/**
 * Euros and the comparison with last year, once the server has worked them out. A live region from
 * the start, so the lines are read out when they arrive after the "saved" heading.
 */
export function ReadingMoneyView({ state }: { state: MoneyState | null }) {
  const householdId = session.me.value?.householdId ?? null;
  const adviserFollows = useAdviserFollows(householdId);
  const tariffMissing: TariffKey =
    householdId === null
      ? "feedback.tariffMissingStaff"
      : adviserFollows
        ? "feedback.tariffMissing"
        : "feedback.tariffMissingCompany";
  return (
    <div class="feedback-money" role="status">
      {state?.status === "loading" && <p>{t("feedback.moneyLoading")}</p>}
      {state?.status === "failed" && <p>{t("feedback.moneyFailed")}</p>}
      {state?.status === "done" &&
        state.money &&
        lines(state.money, tariffMissing).map((line) => (
          <p key={line} class="feedback-line">
            {line}
          </p>
        ))}
    </div>
  );
}
