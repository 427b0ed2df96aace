import { describe, expect, it } from "vitest";
import { message } from "../../../api/http/messages.ts";
import { implausibleDeliveryPrice } from "../../../api/meters/delivery-rules.ts";

describe("a delivery's price per unit", () => {
  it("is plausible within 0.30–3.00 €/l of heating oil and 0.05–2.00 €/kg of pellets and wood", () => {
    const oil = (quantity: number, costEur?: number | null) =>
      implausibleDeliveryPrice({ kind: "heating_oil", quantity, costEur });
    expect(oil(1000, 950)).toBeNull();
    expect(oil(1000, 300)).toBeNull();
    expect(oil(1000, 3000)).toBeNull();
    expect(oil(1000, 0.95)).toEqual({ eurPerUnit: 0.00095, side: "low" });
    expect(oil(1000, 299.99)?.side).toBe("low");
    expect(oil(1000, 3000.01)?.side).toBe("high");
    for (const kind of ["pellets", "wood"] as const) {
      expect(implausibleDeliveryPrice({ kind, quantity: 2000, costEur: 760 })).toBeNull();
      expect(implausibleDeliveryPrice({ kind, quantity: 2000, costEur: 100 })).toBeNull();
      expect(implausibleDeliveryPrice({ kind, quantity: 2000, costEur: 0.38 })?.side).toBe("low");
      expect(implausibleDeliveryPrice({ kind, quantity: 100, costEur: 250 })?.side).toBe("high");
    }
  });

  it("is not checked without a cost, or at 0 € (which says nothing of the price)", () => {
    for (const costEur of [undefined, null, 0])
      expect(implausibleDeliveryPrice({ kind: "heating_oil", quantity: 1000, costEur })).toBeNull();
  });

  it("is said in the four languages, per litre or per kg", () => {
    const params = { eurPerUnit: 0.2, costEur: 200, per: ["delivery.per_litre"] };
    expect(message("delivery.price_implausible", "nl", params).title).toBe("Dat zou 0,20 € per liter zijn.");
    expect(message("delivery.price_implausible", "de", params).detail).toBe(
      "Geben Sie den Gesamtbetrag der Rechnung ein, nicht den Preis pro Liter, und prüfen Sie die Menge (eine Null zu viel?). Stimmen 200,00 € und die Menge, bestätigen Sie sie.",
    );
    expect(
      message("delivery.price_implausible_below_a_cent", "en", { ...params, per: ["delivery.per_kg"] }).title,
    ).toBe("That would be less than a cent per kg.");
  });
});
