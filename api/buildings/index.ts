/** What other modules may use of the buildings module: who may reach a building, and the heating cost split (pure). */

export { assertBuildingAccess } from "./building-access.ts";
export { meterDataChanged, refreshAfterMeterWrite } from "./building-months.refresh.ts";
export {
  markOrganisationBuildingsStale as conversionSettingsChanged,
  markStationBuildingsStale as weatherChanged,
} from "./building-months.repo.ts";
export { PROBLEMS as COMFORT_PROBLEM_LABELS } from "./building-report.csv.ts";
export {
  listFinalStatementsOf as householdCostStatements,
  listOccupancyHistoryOf as householdOccupancies,
} from "./cost-split.repo.ts";
export {
  type CostSplit,
  type EstimateReason,
  type Statement,
  splitHeatingCosts,
  type VariableBasis,
} from "./cost-split.ts";
export {
  type AllocatorReading,
  COST_SPLIT_ERROR_CODES,
  type CostSplitInput,
  type DwellingInput,
  type DwellingMeasurement,
  type Occupancy,
  type SeasonBill,
} from "./cost-split-input.ts";
export { COST_SPLIT_MESSAGES } from "./cost-split-messages.ts";
export { statementLines } from "./cost-split-words.ts";
export { eraseHouseholdParticipation, householdParticipation } from "./participation-privacy.repo.ts";
