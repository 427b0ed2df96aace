export * from "./audit.ts";
export * from "./auth.ts";
export * from "./households.ts";
export * from "./organisations.ts";
