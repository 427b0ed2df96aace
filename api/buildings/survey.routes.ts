import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { BUILDING_READERS } from "./building-access.ts";
import { answerSurvey, surveyResults } from "./survey.actions.ts";
import { SurveyAnswerSchema, SurveyInput, SurveyQuery, SurveyResultsSchema } from "./survey.schemas.ts";

const tags = ["buildings"];

const answer = defineRoute(["household"], {
  method: "post",
  path: "/api/buildings/{id}/survey",
  tags,
  summary:
    "A tenant household says how warm its home was this week (one answer per household and week, Monday in Brussels; again the same week replaces it)",
  request: { params: IdParam, body: jsonBody(SurveyInput) },
  responses: {
    201: jsonResponse("Stored", SurveyAnswerSchema),
    200: jsonResponse("Replaced this week's answer", SurveyAnswerSchema),
    ...problems(400, 401, 403, 404),
  },
});

const results = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}/survey",
  tags,
  summary:
    "The building's comfort survey aggregated per week and month (no names), beside its monthly heating kWh from the rollup",
  request: { params: IdParam, query: SurveyQuery },
  responses: { 200: jsonResponse("Results", SurveyResultsSchema), ...problems(400, 401, 403, 404, 422) },
});

export const surveyRoutes = moduleRouter()
  .openapi(answer, async (c) => {
    const out = await answerSurvey({
      ctx: ctxOf(c),
      buildingId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return out.created ? c.json(out.answer, 201) : c.json(out.answer, 200);
  })
  .openapi(results, async (c) =>
    c.json(
      await surveyResults({
        ctx: ctxOf(c),
        buildingId: c.req.valid("param").id,
        query: c.req.valid("query"),
      }),
      200,
    ),
  );
