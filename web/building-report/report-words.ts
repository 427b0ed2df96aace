import "../lib/i18n/fr-building-report.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import type { ObjectiveKind } from "./report-api.ts";

/** What the report measures an objective with, in words. */
export const objectiveKindName = (kind: ObjectiveKind) => t(`projects.kind.${kind}` as MessageKey);
