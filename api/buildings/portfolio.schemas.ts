import { z } from "@hono/zod-openapi";
import { HEATING_SYSTEMS } from "./buildings.schemas.ts";

export const PORTFOLIO_SORTS = ["rank", "name", "code", "last_12_months_kwh", "open_alerts"] as const;

export const PortfolioQuery = z.object({
  sort: z.enum(PORTFOLIO_SORTS).default("rank").openapi({
    description: "`rank`: by normal-year kWh/m², the most consuming first (buildings without one last)",
  }),
  order: z.enum(["asc", "desc"]).default("asc"),
  q: z.string().trim().max(80).optional().openapi({ description: "Part of the name, code or commune" }),
  heatingSystem: z.enum(HEATING_SYSTEMS).optional(),
  alerts: z.enum(["open"]).optional().openapi({ description: "`open`: only buildings with an open alert" }),
  limit: z.coerce.number().int().min(1).max(2000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PortfolioSchema = z
  .object({
    total: z.number().openapi({ description: "Buildings matching the filters" }),
    months: z.array(z.string()).openapi({ description: "The 24 months of the trend, oldest first" }),
    buildings: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        name: z.string(),
        commune: z.string(),
        heatingSystem: z.enum(HEATING_SYSTEMS),
        heatedAreaM2: z.number(),
        rank: z
          .number()
          .nullable()
          .openapi({ description: "Among all the company's buildings; null without a normal year" }),
        normalYearKwh: z.number().nullable(),
        normalYearKwhPerM2: z.number().nullable(),
        last12MonthsKwh: z.number().nullable(),
        last12MonthsCovered: z
          .number()
          .openapi({ description: "Of the 12 months, how many have consumption" }),
        trendKwh: z.array(z.number().nullable()).openapi({ description: "Heating kWh of each of `months`" }),
        openAlerts: z.number(),
        stale: z.boolean().openapi({ description: "Being recomputed after a change" }),
      }),
    ),
  })
  .openapi("BuildingPortfolio");
