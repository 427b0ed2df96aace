/** What other modules may use of the meters module. */
export {
  listHouseholdMetersAndReadings,
  listReadingsForHousehold,
  listReadingsForHouseholds,
} from "./household-readings.ts";
export { NATIVE_UNITS } from "./meter-kinds.ts";
export { addMeter, getMeter, listMetersOfPlace, type MeterOwner, ownerIdOf } from "./meters.actions.ts";
export { listTopUpsOfHousehold } from "./meters.repo.ts";
export { CreateMeterInput, MeterSchema } from "./meters.schemas.ts";
export { listReadingsForBuilding } from "./place-readings.ts";
export { UNIT_LABELS } from "./unit-labels.ts";
