export * from "./audit.ts";
export * from "./auth.ts";
export * from "./households.ts";
export * from "./meters.ts";
export * from "./organisations.ts";
