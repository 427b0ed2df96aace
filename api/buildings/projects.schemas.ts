import { z } from "@hono/zod-openapi";
import { buildingProjectObjectiveKind } from "../../db/schema/participation.ts";
import { EventSchema } from "./buildings.schemas.ts";

export const PROJECT_OBJECTIVE_KINDS = buildingProjectObjectiveKind.enumValues;

const Text = (max: number) => z.string().trim().min(1).max(max);

const ObjectiveInput = z.object({
  label: Text(200).openapi({ example: "Moins de gaz à météo égale" }),
  targetText: Text(200).openapi({ example: "−25 % à météo égale" }),
  kind: z.enum(PROJECT_OBJECTIVE_KINDS).default("manual").openapi({
    description:
      "What the building report measures: savings_pct (the works' savings at equal weather, %), comfort_ok_pct (survey answers just right or a bit warm, %), consultation_turnout_pct (occupied dwellings that answered the project's consultations, %), manual (the manager's assessment)",
  }),
  targetValue: z.number().min(-1e9).max(1e9).nullable().default(null).openapi({
    description: "In % for the measured kinds; a savings target of 25 or −25 both mean save 25 %",
  }),
  assessment: Text(2000).nullable().default(null),
});

const projectFields = {
  name: Text(120).openapi({ example: "Rénovation des façades" }),
  description: Text(2000).nullable(),
  eventId: z
    .uuid()
    .nullable()
    .openapi({ description: "The works of this building whose before/after savings measure the project" }),
  objectives: z
    .array(ObjectiveInput)
    .max(20)
    .openapi({ description: "The whole list: it replaces the stored one" }),
};

export const ProjectInput = z.object({
  ...projectFields,
  description: projectFields.description.default(null),
  eventId: projectFields.eventId.default(null),
  objectives: projectFields.objectives.default([]),
});

export const UpdateProjectInput = z.object(projectFields).partial();

export const ProjectSchema = z
  .object({
    id: z.uuid(),
    buildingId: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    eventId: z.uuid().nullable(),
    event: EventSchema.nullable(),
    objectives: z.array(
      z.object({
        id: z.uuid(),
        label: z.string(),
        targetText: z.string(),
        kind: z.enum(PROJECT_OBJECTIVE_KINDS),
        targetValue: z.number().nullable(),
        assessment: z.string().nullable(),
      }),
    ),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .openapi("BuildingProject");

export type Project = z.infer<typeof ProjectSchema>;
export type ProjectObjectiveKind = (typeof PROJECT_OBJECTIVE_KINDS)[number];
