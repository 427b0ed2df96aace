/** The consumption module's public surface: pure methods over already-fetched rows. */
export * from "./aggregate.ts";
export * from "./brussels-days.ts";
export * from "./co2.ts";
export * from "./conversion.ts";
export * from "./cost.ts";
export * from "./daily-split.ts";
export * from "./delivery-intervals.ts";
export * from "./index-intervals.ts";
export * from "./meter-intervals.ts";
export * from "./reference-factors.ts";
export * from "./stock-intervals.ts";
export * from "./tariff-rules.ts";
export * from "./types.ts";
