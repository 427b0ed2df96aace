import { z } from "@hono/zod-openapi";
import { isLocalDay } from "../consumption/brussels-days.ts";

const Day = z
  .string()
  .refine(isLocalDay, { error: "building.invalid_day" })
  .openapi({ example: "2026-12-20" });

const OptionInput = z.object({
  label: z.string().trim().min(1).max(80).openapi({ example: "Chauffage de 6 h à 22 h" }),
  explanation: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .openapi({ description: "What it means for the tenant, in plain words" }),
  costText: z.string().trim().min(1).max(300).openapi({ example: "Environ 5 € de plus par mois" }),
  comfortText: z.string().trim().min(1).max(300).openapi({ example: "Chaud le matin dès le lever" }),
  costEurPerDwellingPerYear: z
    .number()
    .min(-100_000)
    .max(100_000)
    .multipleOf(0.01)
    .nullable()
    .default(null)
    .openapi({ description: "Estimated cost per dwelling and year, € (negative: a saving); when known" }),
});

const Options = z
  .array(OptionInput)
  .min(2, { error: "consultation.options_count" })
  .max(6, { error: "consultation.options_count" });

export const ConsultationInput = z.object({
  title: z.string().trim().min(1).max(120),
  question: z.string().trim().min(1).max(500),
  closesOn: Day.openapi({ description: "The last day tenants may answer (Brussels)" }),
  status: z.enum(["draft", "open"]).default("draft"),
  projectId: z.uuid().nullable().default(null).openapi({ description: "The building project it is about" }),
  options: Options,
});

export const UpdateConsultationInput = z.object({
  title: ConsultationInput.shape.title.optional(),
  question: ConsultationInput.shape.question.optional(),
  closesOn: Day.optional(),
  status: z.enum(["open", "closed"]).optional().openapi({ description: "Open a draft, close an open one" }),
  projectId: z.uuid().nullable().optional(),
  options: Options.optional().openapi({ description: "Only while a draft: frozen once open" }),
});

export const AnswerInput = z.object({ optionId: z.uuid() });

const ResultsSchema = z
  .object({
    answeredDwellings: z.number(),
    occupiedDwellings: z
      .number()
      .openapi({ description: "Dwellings with a household now, and any that answered since left empty" }),
    turnout: z.number().nullable().openapi({ description: "answeredDwellings / occupiedDwellings" }),
    options: z.array(z.object({ optionId: z.uuid(), count: z.number(), share: z.number().nullable() })),
  })
  .openapi("ConsultationResults");

export const ConsultationSchema = z
  .object({
    id: z.uuid(),
    buildingId: z.uuid(),
    projectId: z.uuid().nullable(),
    title: z.string(),
    question: z.string(),
    status: z
      .enum(["draft", "open", "closed"])
      .openapi({ description: "As of today: an open one past its last day is closed" }),
    closesOn: z.string(),
    options: z.array(
      z.object({
        id: z.uuid(),
        position: z.number(),
        label: z.string(),
        explanation: z.string(),
        costText: z.string(),
        comfortText: z.string(),
        costEurPerDwellingPerYear: z.number().nullable(),
      }),
    ),
    results: ResultsSchema.nullable().openapi({
      description: "Staff: always; a tenant: once closed (null before)",
    }),
    myAnswer: z
      .object({ optionId: z.uuid() })
      .nullable()
      .openapi({ description: "A tenant: its dwelling's answer; staff: always null" }),
  })
  .openapi("Consultation");

export const StoredAnswerSchema = z
  .object({ consultationId: z.uuid(), optionId: z.uuid() })
  .openapi("ConsultationAnswer");
