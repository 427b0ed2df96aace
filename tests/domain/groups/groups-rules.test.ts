import { describe, expect, it } from "vitest";
import {
  attendanceNonMembers,
  commitmentDates,
  isMemberOn,
  isWritable,
  mayMoveTo,
  membershipOn,
  runningGroupConflict,
  themesNotCovered,
} from "../../../api/groups/groups.rules.ts";

describe("membership dates", () => {
  const member = { joinedOn: "2026-01-15", leftOn: "2026-03-01" };

  it("counts a household from its joining day through its last day", () => {
    expect(isMemberOn(member, "2026-01-14")).toBe(false);
    expect(isMemberOn(member, "2026-01-15")).toBe(true);
    expect(isMemberOn(member, "2026-03-01")).toBe(true);
    expect(isMemberOn(member, "2026-03-02")).toBe(false);
    expect(isMemberOn({ joinedOn: "2026-01-15", leftOn: null }, "2030-01-01")).toBe(true);
  });

  it("lists, by their place in the attendance list, the households that were not members that day", () => {
    const members = [
      { householdId: "a", joinedOn: "2026-01-01", leftOn: null },
      { householdId: "b", joinedOn: "2026-02-01", leftOn: null },
      { householdId: "c", joinedOn: "2026-01-01", leftOn: "2026-01-20" },
    ];
    expect(attendanceNonMembers({ householdIds: ["a", "b", "c", "z"], members, day: "2026-01-20" })).toEqual([
      { index: 1, householdId: "b" },
      { index: 3, householdId: "z" },
    ]);
  });
});

describe("group status", () => {
  it("keeps a closed group read-only", () => {
    expect(isWritable("planned")).toBe(true);
    expect(isWritable("running")).toBe(true);
    expect(isWritable("closed")).toBe(false);
  });

  it("moves forward only: planned → running → closed, or a planned group closed", () => {
    expect(mayMoveTo("planned", "running")).toBe(true);
    expect(mayMoveTo("planned", "closed")).toBe(true);
    expect(mayMoveTo("running", "closed")).toBe(true);
    expect(mayMoveTo("running", "planned")).toBe(false);
    expect(mayMoveTo("closed", "running")).toBe(false);
    expect(mayMoveTo("running", "running")).toBe(true);
  });
});

describe("one running group per household", () => {
  const other = { groupId: "g1", groupName: "Les Castors", status: "running" as const, leftOn: null };

  it("finds the running group the household is still in", () => {
    expect(runningGroupConflict([other], "2026-03-01")).toBe(other);
  });

  it("lets it join once it has left, and ignores planned or closed groups", () => {
    expect(runningGroupConflict([{ ...other, leftOn: "2026-02-28" }], "2026-03-01")).toBeUndefined();
    expect(runningGroupConflict([{ ...other, leftOn: "2026-03-01" }], "2026-03-01")).toBeDefined();
    expect(runningGroupConflict([{ ...other, status: "planned" }], "2026-03-01")).toBeUndefined();
    expect(runningGroupConflict([{ ...other, status: "closed" }], "2026-03-01")).toBeUndefined();
  });
});

describe("session themes", () => {
  it("proposes the categories not covered yet, in the library's order", () => {
    expect(themesNotCovered(["heating", "free", "bills_contracts"])).toEqual([
      "hot_water",
      "electricity_appliances",
      "social_tariff_aid",
      "comfort_humidity",
      "collective_heating",
    ]);
  });
});

describe("commitments", () => {
  const membership = (groupId: string, status: "planned" | "running" | "closed", joinedOn: string) => ({
    groupId,
    status,
    householdId: "h",
    joinedOn,
    leftOn: null,
  });

  it("belong to the running group the household is in that day, before a planned or closed one", () => {
    const found = membershipOn(
      [membership("old", "closed", "2025-01-01"), membership("now", "running", "2026-01-01")],
      "2026-02-01",
    );
    expect(found?.groupId).toBe("now");
    expect(membershipOn([membership("next", "planned", "2026-06-01")], "2026-02-01")).toBeUndefined();
  });

  it("carry the day they were done or dropped, and only that one", () => {
    expect(commitmentDates("done", "2026-03-01")).toEqual({ doneOn: "2026-03-01", droppedOn: null });
    expect(commitmentDates("dropped", "2026-03-01")).toEqual({ doneOn: null, droppedOn: "2026-03-01" });
    expect(commitmentDates("planned", "2026-03-01")).toEqual({ doneOn: null, droppedOn: null });
  });
});
