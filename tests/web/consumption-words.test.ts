import { describe, expect, it } from "vitest";
import { allMissingText, cellText, someTariffMissingText } from "../../web/consumption/consumption-words.ts";

const noPrice = { value: null, missing: "tariff_missing" as const, estimated: false, partial: false };

describe("a missing price in words", () => {
  it("sends a household heating with oil, pellets or wood to the price of its next delivery", () => {
    for (const fuel of ["heating_oil", "pellets", "wood"] as const) {
      expect(someTariffMissingText(fuel)).toBe(
        "Certains mois n'ont pas de prix. Indiquez le prix payé quand vous notez une livraison.",
      );
      expect(allMissingText("tariff_missing", fuel)).toMatch(
        /^Le prix n'est pas connu : vos livraisons n'ont pas de prix\. Indiquez le prix payé quand vous notez une livraison\./,
      );
      expect(cellText(noPrice, "eur", fuel)).toBe("prix inconnu (prix des livraisons manquant)");
    }
  });

  it("still says a tariff is missing for the energies a supplier bills", () => {
    expect(someTariffMissingText("gas")).toBe(
      "Certains mois n'ont pas de prix : tarif manquant. Votre conseiller peut l'ajouter.",
    );
    expect(allMissingText("tariff_missing", "water")).toMatch(
      /tarif manquant\. Votre conseiller peut l'ajouter\./,
    );
    expect(cellText(noPrice, "eur", "electricity")).toBe("prix inconnu (tarif manquant)");
  });
});
