import { describe, expect, it } from "vitest";
import { parseReadAt } from "../../../api/meters/read-at-rules.ts";

describe("parseReadAt", () => {
  it("takes a plain date as 00:00 Brussels time that day, in winter and in summer", () => {
    expect(parseReadAt("2024-01-12")).toEqual({
      ok: true,
      readAt: new Date("2024-01-11T23:00:00Z"),
      plainDate: true,
    });
    expect(parseReadAt("2024-10-12")).toEqual({
      ok: true,
      readAt: new Date("2024-10-11T22:00:00Z"),
      plainDate: true,
    });
  });

  it("takes a plain date on a daylight-saving Sunday as its (existing, unambiguous) midnight", () => {
    expect(parseReadAt("2024-03-31")).toMatchObject({ readAt: new Date("2024-03-30T23:00:00Z") });
    expect(parseReadAt("2024-10-27")).toMatchObject({ readAt: new Date("2024-10-26T22:00:00Z") });
  });

  it("takes ISO 8601 with an offset or Z as is", () => {
    expect(parseReadAt("2024-10-12T18:30:00+02:00")).toEqual({
      ok: true,
      readAt: new Date("2024-10-12T16:30:00Z"),
      plainDate: false,
    });
    expect(parseReadAt("2024-10-12T18:30Z")).toMatchObject({ readAt: new Date("2024-10-12T18:30:00Z") });
    expect(parseReadAt("2024-10-12T18:30:00.123-05:00")).toMatchObject({
      readAt: new Date("2024-10-12T23:30:00.123Z"),
    });
  });

  it.each([
    "2024-10-12T18:30:00", // no offset: which time zone?
    "2024-02-30",
    "2024-02-30T10:00:00Z",
    "2024-10-12T24:00:00Z",
    "12/10/2024",
    "2024-10-12 18:30:00+02:00",
    "",
  ])("refuses %j", (text) => {
    expect(parseReadAt(text)).toEqual({ ok: false, code: "reading.invalid_date" });
  });
});
