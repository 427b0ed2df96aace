/** The closed set of errors domain code throws; `problem.ts` maps them to HTTP in one place. */
export interface FieldError {
  field: string;
  code: string;
  /** A message key from `messages.ts`, or text already in the caller's language. */
  message: string;
}

/**
 * Values for a message's `{placeholders}`. A list is said as its items joined by commas, an item
 * that is itself a message code (a label such as "group.household_erased") in the caller's language.
 */
export type Params = Record<string, string | number | readonly string[]>;

export class AppError extends Error {
  /** Extra top-level members of the problem document (RFC 9457), e.g. the `line` of a refused file. */
  extensions: Record<string, string | number> = {};
  /** The message said instead of the code's own: a variant of the same refusal (clients still see `code`). */
  messageCode?: string;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Params = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
  }
}

export class Unauthenticated extends AppError {
  constructor(code = "auth.required") {
    super(401, code);
  }
}

export class Forbidden extends AppError {
  constructor(code = "auth.forbidden", params: Params = {}) {
    super(403, code, params);
  }
}

export class NotFound extends AppError {
  constructor(code = "resource.not_found") {
    super(404, code);
  }
}

export class Conflict extends AppError {
  constructor(code: string, params: Params = {}, fieldErrors: FieldError[] = []) {
    super(409, code, params, fieldErrors);
  }
}

/** A broken business rule: 422, with the fields at fault. */
export class Validation extends AppError {
  constructor(code: string, fieldErrors: FieldError[] = [], params: Params = {}) {
    super(422, code, params, fieldErrors);
  }
}

/** A request that cannot be read or fails its schema: 400. */
export class BadRequest extends AppError {
  constructor(code: string, fieldErrors: FieldError[] = []) {
    super(400, code, {}, fieldErrors);
  }
}

export class RateLimited extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    code = "auth.too_many_attempts",
  ) {
    super(429, code, { minutes: Math.ceil(retryAfterSeconds / 60) });
  }
}
