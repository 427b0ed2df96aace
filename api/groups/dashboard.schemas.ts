import { z } from "@hono/zod-openapi";
import { groupStatus } from "../../db/schema/groups.ts";
import { SAVINGS_ENERGIES } from "../savings/index.ts";

const Verdict = z.enum([
  "ok",
  "insufficient_baseline",
  "insufficient_reporting",
  "no_weather_data",
  "model_not_fit",
]);

const YearOnYear = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("compared"),
    kwhPerDay: z.number(),
    lastYearKwhPerDay: z.number(),
    changeShare: z
      .number()
      .openapi({ description: "−0.12: 12 % less per day than a year before; not weather-corrected" }),
  }),
  z.object({ status: z.literal("not_enough_data") }),
]);

const MemberSavings = z.object({
  energy: z.enum(SAVINGS_ENERGIES),
  verdict: Verdict,
  savingsKwh: z.number().nullable(),
  uncertaintyKwh90: z.number().nullable(),
  savingsEur: z.number().nullable(),
  savingsFraction: z.number().nullable(),
  withinMargin: z.boolean().nullable().openapi({
    description:
      "The saving is inside its own 90 % margin: no measurable difference (null without a figure or margin)",
  }),
  overConsumption: z
    .boolean()
    .openapi({ description: "Used more than expected at equal weather, beyond the 90 % interval" }),
  yearOnYear: YearOnYear.nullable().openapi({
    description: "When the savings verdict is not ok: use since joining against a year before",
  }),
});

const Restriction = z.object({
  status: z.enum(["possible_restriction", "no_sign", "not_assessable"]),
  reason: z.string().optional(),
});

const identity = {
  householdId: z.uuid(),
  code: z.string(),
  pseudonym: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
};

const SharingMember = z.object({
  ...identity,
  sharing: z.literal(true),
  readings: z.object({
    meters: z.array(z.object({ meterId: z.uuid(), kind: z.string(), lastReadingDay: z.string().nullable() })),
    lastReadingDay: z.string().nullable(),
    daysSinceLastReading: z.number().int().nullable().openapi({ description: "Null: never read" }),
    late: z.boolean().openapi({
      description:
        "Open meters and no reading for more than 45 days (READINGS_LATE_AFTER_DAYS), or none at all",
    }),
  }),
  attendance: z.object({
    present: z.number().int(),
    excused: z.number().int(),
    absent: z.number().int(),
    held: z.number().int().openapi({ description: "Sessions held while a member" }),
    rate: z.number().nullable(),
  }),
  commitments: z.object({ done: z.number().int(), planned: z.number().int(), dropped: z.number().int() }),
  kit: z.object({ totalEur: z.number(), capEur: z.number().nullable(), overCap: z.boolean() }),
  flags: z.object({
    restriction: Restriction,
    comfort: z.object({
      checkIns: z.number().int(),
      flaggedDays: z.array(z.string()),
    }),
    overConsumption: z.boolean(),
    lateReadings: z.boolean().openapi({ description: "readings.late" }),
  }),
  savings: z.array(MemberSavings),
});

const NotSharingMember = z.object({ ...identity, sharing: z.literal(false) });

export const GroupDashboardSchema = z
  .object({
    group: z.object({
      id: z.uuid(),
      name: z.string(),
      status: z.enum(groupStatus.enumValues),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
    }),
    today: z.string(),
    sessions: z.object({ held: z.number().int(), planned: z.number().int() }),
    attendanceRate: z
      .number()
      .nullable()
      .openapi({ description: "Present over sessions each member could attend" }),
    kitCapEur: z.number().nullable(),
    members: z.array(z.discriminatedUnion("sharing", [SharingMember, NotSharingMember])),
    savings: z.array(
      z.object({
        energy: z.enum(SAVINGS_ENERGIES),
        counted: z.number().int(),
        savingsKwh: z.number().nullable(),
        uncertaintyKwh90: z.number().nullable().openapi({ description: "Portfolio: √(Σ ΔU²), 90 %" }),
        withinMargin: z.boolean().nullable().openapi({
          description: "The total is inside its own margin: no measurable difference (null: none counted)",
        }),
        fsu: z.number().nullable(),
        expectedKwh: z
          .number()
          .nullable()
          .openapi({ description: "Σ use expected at equal weather of the members counted" }),
        savingsShare: z
          .number()
          .nullable()
          .openapi({ description: "Σ savings / Σ expected use of the members counted" }),
        savingsEur: z.number().nullable(),
        uncertaintyEur90: z.number().nullable(),
        notValued: z.number().int(),
        notCounted: z.array(
          z.object({
            householdId: z.uuid(),
            reason: z.enum([...Verdict.options.filter((v) => v !== "ok"), "no_interval", "no_consent"]),
          }),
        ),
      }),
    ),
  })
  .openapi("GroupDashboard");

export type GroupDashboard = z.infer<typeof GroupDashboardSchema>;
