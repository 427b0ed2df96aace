/** The consumption module's public surface: pure methods over already-fetched rows, and the household's figures. */
export * from "./aggregate.ts";
export * from "./brussels-days.ts";
export * from "./co2.ts";
export { computeHouseholdConsumption } from "./consumption.actions.ts";
export * from "./conversion.ts";
export * from "./cost.ts";
export * from "./daily-split.ts";
export * from "./delivery-intervals.ts";
export * from "./delivery-prices.ts";
export * from "./household-consumption.ts";
export * from "./index-intervals.ts";
export * from "./meter-intervals.ts";
export * from "./reference-factors.ts";
export * from "./stock-intervals.ts";
export * from "./tariff-rules.ts";
export * from "./types.ts";
