/** Members as the membership queries give them: an erased household's code is blank (GDPR). */
type Named = { code: string };

/**
 * The households a refusal names (the `households` param of a 409): their codes, then the erased
 * ones as one plain label ("un ménage effacé", "2 ménages effacés"), never a blank or a stray comma.
 */
export function householdNames(members: readonly Named[]): {
  households: string[];
  erasedHouseholds: number;
} {
  const codes = members.flatMap((m) => (m.code === "" ? [] : [m.code]));
  const erasedHouseholds = members.length - codes.length;
  const label =
    erasedHouseholds === 0
      ? []
      : [erasedHouseholds === 1 ? "group.household_erased" : "group.households_erased"];
  return { households: [...codes, ...label], erasedHouseholds };
}
