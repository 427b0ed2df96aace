import { describe, expect, it } from "vitest";
import { householdNames } from "../../../api/groups/household-names.ts";
import { message } from "../../../api/http/messages.ts";

describe("households named in a refusal", () => {
  it("gives the codes, then the erased households (blank codes) as one label", () => {
    expect(householdNames([{ code: "AB-12" }, { code: "CD-34" }])).toEqual({
      households: ["AB-12", "CD-34"],
      erasedHouseholds: 0,
    });
    expect(householdNames([{ code: "" }, { code: "AB-12" }])).toEqual({
      households: ["AB-12", "group.household_erased"],
      erasedHouseholds: 1,
    });
    expect(householdNames([{ code: "" }, { code: "" }, { code: "" }])).toEqual({
      households: ["group.households_erased"],
      erasedHouseholds: 3,
    });
  });

  it("reads plainly in the four languages", () => {
    const title = (lang: "fr" | "nl" | "en" | "de", codes: string[]) =>
      message("group.members_in_running_group", lang, householdNames(codes.map((code) => ({ code })))).title;
    expect(title("fr", ["AB-12", ""])).toBe(
      "Ces ménages participent déjà à un autre groupe en cours : AB-12, un ménage effacé.",
    );
    expect(title("nl", ["", ""])).toBe(
      "Deze gezinnen nemen al deel aan een andere lopende groep: 2 gewiste gezinnen.",
    );
    expect(title("en", [""])).toBe(
      "These households are already in another running group: an erased household.",
    );
    expect(title("de", ["AB-12", "", ""])).toBe(
      "Diese Haushalte sind schon in einer anderen laufenden Gruppe: AB-12, 2 gelöschte Haushalte.",
    );
    expect(title("fr", ["AB-12", "CD-34"])).toBe(
      "Ces ménages participent déjà à un autre groupe en cours : AB-12, CD-34.",
    );
  });
});
