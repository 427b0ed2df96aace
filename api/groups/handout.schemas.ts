import { z } from "@hono/zod-openapi";
import { sessionTheme } from "../../db/schema/groups.ts";
import { meterKind, register } from "../../db/schema/meters.ts";
import { SessionSchema } from "./sessions.schemas.ts";

const ReadingCardMeter = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(meterKind.enumValues),
  readingMode: z
    .enum(["cumulative_index", "stock_level", "deliveries_only"])
    .openapi({ description: "stock_level: a tank gauge, read as a level rather than an index" }),
  unit: z.string().openapi({ example: "kwh", description: "kwh, m3, litre, kg or units" }),
  registers: z.array(
    z.object({
      register: z.enum(register.enumValues),
      lastIndex: z
        .number()
        .nullable()
        .openapi({ description: "The last index entered, in the meter's unit" }),
      lastReadAt: z.date().nullable(),
    }),
  ),
});

export const HandoutSchema = z
  .object({
    session: z.object({
      id: z.uuid(),
      groupId: z.uuid(),
      groupName: z.string(),
      startsAt: z.date(),
      place: z.string().nullable(),
      theme: z.enum(sessionTheme.enumValues),
      themeText: z.string().nullable(),
      tips: SessionSchema.shape.tips,
    }),
    cards: z
      .array(
        z.object({
          householdId: z.uuid(),
          code: z.string(),
          pseudonym: z.string(),
          shared: z.boolean().openapi({
            description: "False: no consent to share with the adviser, so no meters are printed",
          }),
          meters: z.array(ReadingCardMeter),
        }),
      )
      .openapi({ description: "One reading card per household that is a member on the session's day" }),
  })
  .openapi("SessionHandout");
