import type { ClientResponse } from "hono/client";
import { t } from "./i18n/index.ts";

/** A failed call, as a person should read it: problem+json `title`/`detail` and one message per field. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** The problem's other members (RFC 9457 extensions), e.g. the figures of a jump to confirm. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string;
    fieldErrors?: Record<string, string>;
    extensions?: Record<string, unknown>;
  }) {
    super(init.title);
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? {};
    this.extensions = init.extensions ?? {};
  }
}

type SuccessStatus = 200 | 201 | 204;
type AnyResponse = ClientResponse<unknown, number, string>;
type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatus ? T : never) : never;

/** Awaits a typed-client call: the success body, or an ApiError for anything else. */
export async function request<R extends AnyResponse>(call: Promise<R>): Promise<SuccessBody<R>> {
  let response: R;
  try {
    response = await call;
  } catch {
    throw new ApiError({
      status: 0,
      code: "network",
      title: t("error.network.title"),
      detail: t("error.network.detail"),
    });
  }
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as SuccessBody<R>;
  throw await problemOf(response);
}

interface Problem {
  code?: string;
  title?: string;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
  [member: string]: unknown;
}

/** Members every problem has (RFC 9457 and the API's own); the others are the problem's extensions. */
const PROBLEM_MEMBERS = new Set([
  "type",
  "code",
  "title",
  "status",
  "detail",
  "errors",
  "instance",
  "requestId",
]);

/** The problem+json of a failed response, as an ApiError (for calls that do not go through `request`). */
export async function problemOf(response: AnyResponse | Response): Promise<ApiError> {
  const isProblem = response.headers.get("content-type")?.includes("json");
  const problem = (isProblem ? await response.json().catch(() => ({})) : {}) as Problem;
  const fieldErrors: Record<string, string> = {};
  for (const e of problem.errors ?? []) {
    fieldErrors[e.field] = fieldErrors[e.field] ? `${fieldErrors[e.field]} ${e.message}` : e.message;
  }
  const extensions = Object.fromEntries(Object.entries(problem).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
  return new ApiError({
    status: response.status,
    code: problem.code ?? "unexpected",
    title: problem.title ?? t("error.unexpected.title"),
    detail: problem.title ? problem.detail : t("error.unexpected.detail"),
    fieldErrors,
    extensions,
  });
}

/** Anything thrown in an action, as an ApiError a page can show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error(error);
  return new ApiError({
    status: 0,
    code: "unexpected",
    title: t("error.unexpected.title"),
    detail: t("error.unexpected.detail"),
  });
}
