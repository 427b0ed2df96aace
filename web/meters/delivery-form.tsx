import { useSignal } from "@preact/signals";
import { useRef } from "preact/hooks";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { asApiError } from "../lib/api.ts";
import { newClientId } from "../lib/client-id.ts";
import { parseDecimal } from "../lib/decimal.ts";
import { brusselsDay, formatDay, formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { EntryField, type FieldProblem } from "./entry-field.tsx";
import { unitLabel } from "./meter-words.ts";
import { type Meter, metersApi } from "./meters-api.ts";
import { numberQuestion } from "./number-choice.ts";

type DeliveryField = "deliveredOn" | "quantity" | "costEur";

/**
 * "J'ai reçu une livraison": heating oil, pellets or wood, with its day, quantity and the invoice's
 * total. A total that makes an implausible price per litre or kg (typed as the price per litre,
 * mostly) comes back refused on its field: corrected, or sent again as confirmed with the second button.
 */
export function DeliveryForm({ meter }: { meter: Meter }) {
  const today = brusselsDay(new Date());
  const unit = unitLabel(meter.unit);
  const day = useSignal(today);
  const quantity = useSignal("");
  const cost = useSignal("");
  const problems = useSignal<Partial<Record<DeliveryField, FieldProblem>>>({});
  /** The server found the price per unit implausible: "C'est bien le montant total" sends it confirmed. */
  const mustConfirm = useSignal(false);
  const done = useSignal<string | null>(null);
  const clientId = useRef(newClientId());
  const { pending, problem, run } = useAction();

  /** A changed quantity or cost answers the refusal: it is checked again, unconfirmed. */
  function edited(field: "quantity" | "costEur", value: string) {
    if (field === "quantity") quantity.value = value;
    else cost.value = value;
    mustConfirm.value = false;
  }

  /** "1.100": the number tapped goes into its field, and the delivery is sent. */
  function choose(field: "quantity" | "costEur", text: string) {
    edited(field, text);
    send(false);
  }

  function send(confirm: boolean) {
    done.value = null;
    const found: Partial<Record<DeliveryField, FieldProblem>> = {};
    const amount = parseDecimal(quantity.value);
    const price = cost.value.trim() === "" ? undefined : parseDecimal(cost.value);
    const quantityQuestion = numberQuestion(quantity.value, unit);
    const costQuestion = numberQuestion(cost.value, "€");
    if (quantityQuestion) found.quantity = quantityQuestion;
    else if (amount === null || amount <= 0) found.quantity = { title: t("delivery.quantityMissing") };
    if (costQuestion) found.costEur = costQuestion;
    else if (price === null) found.costEur = { title: t("reading.invalidNumber") };
    if (day.value === "" || day.value > today) found.deliveredOn = { title: t("reading.dateFuture") };
    problems.value = found;
    if (Object.keys(found).length || amount === null) return;
    void run(async () => {
      try {
        const delivery = await metersApi.addDelivery(meter.id, {
          deliveredOn: day.value,
          quantity: amount,
          ...(price == null ? {} : { costEur: price }),
          clientId: clientId.current,
          ...(confirm ? { confirm: true } : {}),
        });
        done.value = t("delivery.saved", {
          quantity: formatNumber(delivery.quantity),
          unit,
          date: formatDay(delivery.deliveredOn),
        });
        clientId.current = newClientId();
        mustConfirm.value = false;
        quantity.value = "";
        cost.value = "";
        day.value = today;
      } catch (error) {
        const apiError = asApiError(error);
        if (apiError.code === "delivery.price_implausible") {
          // Said next to the cost, with what to do; not repeated above the form.
          problems.value = { costEur: { title: apiError.title, detail: apiError.detail } };
          mustConfirm.value = true;
          return;
        }
        const fields = apiError.fieldErrors;
        const known = (Object.keys(fields) as DeliveryField[]).filter((f) =>
          ["deliveredOn", "quantity", "costEur"].includes(f),
        );
        if (known.length)
          problems.value = Object.fromEntries(known.map((f) => [f, { title: fields[f] as string }]));
        throw error;
      }
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send(false);
      }}
      noValidate
    >
      <ProblemAlert problem={problem.value} shownFields={["deliveredOn", "quantity", "costEur"]} />
      <EntryField
        type="date"
        name="deliveredOn"
        label={t("delivery.date")}
        value={day.value}
        max={today}
        problem={problems.value.deliveredOn}
        onInput={(v) => (day.value = v)}
      />
      <EntryField
        type="decimal"
        name="quantity"
        label={t("delivery.quantity", { unit })}
        value={quantity.value}
        problem={problems.value.quantity}
        onInput={(v) => edited("quantity", v)}
        onChoose={(text) => choose("quantity", text)}
      />
      <EntryField
        type="decimal"
        name="costEur"
        label={t("delivery.cost")}
        hint={meter.unit === "litre" ? t("delivery.costHintLitre") : t("delivery.costHintKg")}
        value={cost.value}
        problem={problems.value.costEur}
        onInput={(v) => edited("costEur", v)}
        onChoose={(text) => choose("costEur", text)}
      />
      <p role="status" class={done.value ? "done" : "alert-empty"}>
        {done.value}
      </p>
      <div class="button-row">
        <button type="submit" class="button primary" disabled={pending.value}>
          {t("delivery.save")}
        </button>
        {mustConfirm.value && (
          <button type="button" class="button secondary" disabled={pending.value} onClick={() => send(true)}>
            {t("delivery.confirmCost")}
          </button>
        )}
      </div>
    </form>
  );
}
