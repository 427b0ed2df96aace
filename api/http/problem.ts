import type { Context } from "hono";
import type { ZodError } from "zod";
import * as zodLocales from "zod/locales";
import type { AppEnv } from "./context.ts";
import { type AppError, BadRequest, type FieldError, type Params, RateLimited } from "./errors.ts";
import type { Language } from "./i18n.ts";
import { MESSAGES, message } from "./messages.ts";

const PROBLEM_BASE = "https://eco-watchers.example/problems/";

/** Renders any AppError as RFC 9457 problem+json in the caller's language. */
export function problemResponse(c: Context<AppEnv>, error: AppError): Response {
  const lang = c.get("lang") ?? "fr";
  const requestId = c.get("requestId");
  const { title, detail } = message(error.messageCode ?? error.code, lang, { ...error.params, requestId });
  const body = {
    type: `${PROBLEM_BASE}${error.code}`,
    code: error.code,
    title,
    status: error.status,
    ...(detail ? { detail } : {}),
    ...(error.fieldErrors.length
      ? { errors: error.fieldErrors.map((e) => ({ ...e, message: localise(e.message, lang, error.params) })) }
      : {}),
    ...error.extensions,
    instance: c.req.path,
    requestId,
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json; charset=utf-8" };
  if (error instanceof RateLimited) headers["retry-after"] = String(error.retryAfterSeconds);
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

function localise(text: string, lang: Language, params: Params = {}): string {
  return MESSAGES[text] ? message(text, lang, params).title : text;
}

type ZodIssue = ZodError["issues"][number];
const LOCALES: Record<Language, () => { localeError: (issue: never) => unknown }> = zodLocales;

/** A schema failure → 400 with one entry per field, in the caller's language. */
export function validationError(error: ZodError, lang: Language): BadRequest {
  const localeError = LOCALES[lang]().localeError;
  const fieldErrors: FieldError[] = error.issues.map((issue: ZodIssue) => ({
    field: issue.path.map(String).join("."),
    code: issue.code,
    message: MESSAGES[issue.message]
      ? issue.message
      : (decimalsMessage(issue) ?? zodMessage(localeError, issue)),
  }));
  return new BadRequest("request.invalid", fieldErrors);
}

// Finalised issues no longer carry the input; the English message still names what was received.
const SAMPLE_OF_TYPE: Record<string, unknown> = {
  number: 0,
  string: "",
  boolean: false,
  null: null,
  array: [],
  object: {},
};

/** `multipleOf(0.01)` and the like keep a column's decimals: said as digits, not as a divisor. */
function decimalsMessage(issue: ZodIssue): string | undefined {
  if (issue.code !== "not_multiple_of") return undefined;
  const digits = Math.round(-Math.log10(Number(issue.divisor)));
  const key = `validation.at_most_${digits}_decimals`;
  return MESSAGES[key] && Number(`1e-${digits}`) === Number(issue.divisor) ? key : undefined;
}

function zodMessage(localeError: (issue: never) => unknown, issue: ZodIssue): string {
  let raw: unknown = issue;
  if (issue.code === "invalid_type") {
    const received = /received (\w+)$/.exec(issue.message)?.[1];
    if (received === undefined || received === "undefined") return "validation.required";
    raw = { ...issue, input: SAMPLE_OF_TYPE[received] };
  }
  const out = localeError(raw as never);
  if (typeof out === "string") return out;
  if (out && typeof out === "object" && "message" in out) return String(out.message);
  return issue.message;
}
