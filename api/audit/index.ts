export { type AuditEntry, listAuditEntries, recordAudit } from "./audit.repo.ts";
export { type HouseholdReadAction, READ_AUDIT_WINDOW_MS, recordHouseholdRead } from "./household-reads.ts";
