import { z } from "@hono/zod-openapi";
import { objectiveKind, referralPartner } from "../../db/schema/groups.ts";
import { SAVINGS_ENERGIES } from "../savings/index.ts";
import { Day } from "./groups.schemas.ts";

export const ProgrammeReportQuery = z.object({
  from: Day.optional().openapi({ description: "First day (default: 1 January of this year)" }),
  to: Day.optional().openapi({ description: "Last day, included (default: today)" }),
  format: z.enum(["json", "csv"]).default("json"),
});

export const ProgrammeReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    householdsFollowed: z
      .number()
      .int()
      .openapi({ description: "In a group, or visited, referred, equipped or committed in the period" }),
    householdsInGroups: z.number().int(),
    groups: z.number().int(),
    sessionsHeld: z.number().int(),
    attendanceRate: z.number().nullable(),
    visits: z.number().int(),
    referrals: z.record(z.enum(referralPartner.enumValues), z.number().int()),
    commitmentsDone: z.number().int(),
    kit: z.object({
      totalEur: z.number(),
      households: z.number().int(),
      overCap: z.number().int().openapi({ description: "Hand-outs confirmed over the cap" }),
    }),
    savings: z
      .array(
        z.object({
          energy: z.enum(SAVINGS_ENERGIES),
          counted: z.number().int(),
          notCounted: z.number().int(),
          savingsKwh: z.number().nullable(),
          uncertaintyKwh90: z.number().nullable(),
          withinMargin: z.boolean().nullable().openapi({
            description:
              "The total is inside its own 90 % margin: no measurable difference (null: none counted)",
          }),
          savingsShare: z.number().nullable(),
          savingsEur: z.number().nullable(),
          uncertaintyEur90: z.number().nullable(),
        }),
      )
      .openapi({
        description: "Group members' savings since joining, up to their last data (portfolio uncertainty)",
      }),
    flags: z.object({
      assessed: z.number().int().openapi({ description: "Households in groups who share their data" }),
      possibleRestriction: z.number().int(),
      comfort: z.number().int().openapi({ description: "Households with a cold or damp home in the period" }),
    }),
    objectives: z.array(
      z.object({
        groupId: z.uuid(),
        groupName: z.string(),
        label: z.string(),
        targetText: z.string(),
        kind: z.enum(objectiveKind.enumValues),
        targetValue: z.number().nullable(),
        measured: z.number().nullable().openapi({
          description:
            "attendance_pct: %; commitments_done_per_household: per household; savings_pct: change of the heating use in % of the use expected at equal weather, negative when less was used (a target of 10 or −10 is met at −10 or below)",
        }),
        met: z.boolean().nullable(),
        assessment: z.string().nullable(),
        heating: z
          .array(
            z.object({
              energy: z.enum(SAVINGS_ENERGIES),
              counted: z.number().int().openapi({ description: "Sharing members this energy heats" }),
              savingsKwh: z.number(),
              uncertaintyKwh90: z.number(),
              expectedKwh: z.number(),
              withinMargin: z
                .boolean()
                .openapi({ description: "Inside its own margin: counted as no change in `measured`" }),
            }),
          )
          .nullable()
          .openapi({
            description:
              "savings_pct: the heating energies behind `measured`, each the portfolio of the members it heats (their declared heating; gas, heat and heating oil when none is declared); null for other kinds",
          }),
      }),
    ),
  })
  .openapi("ProgrammeReport");

export type ProgrammeReport = z.infer<typeof ProgrammeReportSchema>;
