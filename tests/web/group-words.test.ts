import { describe, expect, it } from "vitest";
import "../../web/lib/i18n/fr-groups.ts";
import { memberName } from "../../web/groups/group-words.ts";

describe("a member's name on the group screens", () => {
  it("is its pseudonym, and « Un ménage effacé » for a household erased since (its name is gone)", () => {
    expect(memberName({ pseudonym: "Famille Chêne" })).toBe("Famille Chêne");
    expect(memberName({ pseudonym: "" })).toBe("Un ménage effacé");
  });
});
