/** The organisation's cap on kit items per household (e.g. €300 in Wallonia's PAPE), in cents to add up exactly. */
export function kitCapCheck({
  capEur,
  alreadyEur,
  addingEur,
}: {
  capEur: number | null;
  alreadyEur: number;
  addingEur: number;
}): { totalEur: number; overCap: boolean } {
  const cents = (eur: number) => Math.round(eur * 100);
  const totalCents = cents(alreadyEur) + cents(addingEur);
  return { totalEur: totalCents / 100, overCap: capEur !== null && totalCents > cents(capEur) };
}

/** Quantity × unit price, to the cent. */
export function lineEur(quantity: number, unitPriceEur: number): number {
  return (quantity * Math.round(unitPriceEur * 100)) / 100;
}
