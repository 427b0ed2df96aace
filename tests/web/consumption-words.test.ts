import { describe, expect, it } from "vitest";
import { allMissingText, cellText, someTariffMissingText } from "../../web/consumption/consumption-words.ts";

const noPrice = { value: null, missing: "tariff_missing" as const, estimated: false, partial: false };
const followed = { adviserFollows: true };
const unadvised = { adviserFollows: false };

describe("a missing price in words", () => {
  it("sends a household heating with oil, pellets or wood to the price of its next delivery", () => {
    for (const fuel of ["heating_oil", "pellets", "wood"] as const) {
      for (const reader of [followed, unadvised])
        expect(someTariffMissingText(fuel, reader)).toBe(
          "Certains mois n'ont pas de prix. Indiquez le montant total payé quand vous notez une livraison.",
        );
      expect(allMissingText("tariff_missing", fuel, unadvised)).toMatch(
        /^Le prix n'est pas connu : vos livraisons n'ont pas de prix\. Indiquez le montant total payé quand vous notez une livraison\./,
      );
      expect(cellText(noPrice, "eur", fuel)).toBe("prix inconnu (prix des livraisons manquant)");
    }
  });

  it("still says a tariff is missing for the energies a supplier bills", () => {
    expect(someTariffMissingText("gas", followed)).toBe(
      "Certains mois n'ont pas de prix : tarif manquant. Votre conseiller peut l'ajouter.",
    );
    expect(allMissingText("tariff_missing", "water", followed)).toMatch(
      /tarif manquant\. Votre conseiller peut l'ajouter\./,
    );
    expect(cellText(noPrice, "eur", "electricity")).toBe("prix inconnu (tarif manquant)");
  });

  it("sends a household no adviser follows (a tenant outside any group) to its housing company for the tariff", () => {
    expect(someTariffMissingText("electricity", unadvised)).toBe(
      "Certains mois n'ont pas de prix : tarif manquant. Votre société de logement peut l'ajouter.",
    );
    expect(allMissingText("tariff_missing", "water", unadvised)).toBe(
      "Le prix n'est pas connu : tarif manquant. Votre société de logement peut l'ajouter. Choisissez « kWh » ou « unité du compteur » pour voir votre consommation.",
    );
    expect(allMissingText("no_data", "gas", unadvised)).toBe("Pas encore de relevés pour ces deux années.");
  });
});
