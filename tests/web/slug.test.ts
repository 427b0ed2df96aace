import { describe, expect, it } from "vitest";
import { slugFrom } from "../../web/organisations/slug.ts";

describe("slugFrom", () => {
  it("makes the short name of an organisation from its name", () => {
    expect(slugFrom("CPAS de Namur")).toBe("cpas-de-namur");
    expect(slugFrom("  Logis Liégeois — Société ")).toBe("logis-liegeois-societe");
    expect(slugFrom("ÖSHZ Eupen")).toBe("oshz-eupen");
  });

  it("matches the API's slug pattern and length", () => {
    const slug = slugFrom(`${"Très long nom ".repeat(10)}!`);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});
