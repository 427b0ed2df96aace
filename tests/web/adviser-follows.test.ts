import { describe, expect, it } from "vitest";
import { adviserFollows } from "../../web/lib/adviser-follows.ts";

describe("whether an adviser follows a household (one rule for every page that sends it somewhere)", () => {
  it("is not so for a housing company's household outside a group that is not closed", () => {
    const follows = (organisationKind: string, groupStatus: "planned" | "running" | "closed" | null) =>
      adviserFollows({ organisationKind, groupStatus });
    expect(follows("cpas", null)).toBe(true);
    expect(follows("commune", null)).toBe(true);
    expect(follows("asbl", "closed")).toBe(true);
    expect(follows("slsp", null)).toBe(false);
    expect(follows("sisp", "closed")).toBe(false);
    expect(follows("slsp", "running")).toBe(true);
    expect(follows("sisp", "planned")).toBe(true);
  });
});
