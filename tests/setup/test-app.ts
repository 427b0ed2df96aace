import pino, { type Logger } from "pino";
import { createApp } from "../../api/app.ts";
import { TEST_PASSWORD, TEST_PIN } from "../factories/index.ts";
import { createTestDatabase } from "./test-db.ts";

export interface CallOptions {
  body?: unknown;
  /** Raw body, sent as is (for malformed JSON). */
  rawBody?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the API answered.
  body: any;
  /** `name=value` of the session cookie the answer set, if any. */
  setCookie?: string;
}

export interface SetupOptions {
  log?: Logger;
  trustProxy?: boolean;
}

/** The real app on a fresh migrated database, with a clock tests can move. */
export async function setupTestApp({
  log = pino({ level: "silent" }),
  trustProxy = false,
}: SetupOptions = {}) {
  const database = await createTestDatabase();
  const clock = { now: new Date("2026-03-10T09:00:00Z") };
  const app = createApp({
    db: database.db,
    config: {
      sessionSecret: "test-session-secret-0123456789abcdef",
      trustProxy,
      version: "test",
      clock: () => clock.now,
    },
    log,
  });

  async function call(method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    } else if (body !== undefined) headers["content-type"] ??= "application/json";
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    const setCookie = res.headers.get("set-cookie")?.split(";")[0];
    return {
      status: res.status,
      headers: res.headers,
      body: text && res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text,
      setCookie: setCookie && !setCookie.endsWith("=") ? setCookie : undefined,
    };
  }

  async function signIn(email: string, password = TEST_PASSWORD): Promise<string> {
    const res = await call("POST", "/api/auth/login", { body: { email, password } });
    if (res.status !== 200 || !res.setCookie) throw new Error(`sign-in of ${email} failed: ${res.status}`);
    return res.setCookie;
  }

  async function signInHousehold(code: string, pin = TEST_PIN): Promise<string> {
    const res = await call("POST", "/api/auth/household-login", { body: { code, pin } });
    if (res.status !== 200 || !res.setCookie)
      throw new Error(`sign-in of household ${code} failed: ${res.status}`);
    return res.setCookie;
  }

  return {
    app,
    db: database.db,
    database,
    clock,
    call,
    signIn,
    signInHousehold,
    close: () => database.close(),
  };
}

export type TestApp = Awaited<ReturnType<typeof setupTestApp>>;
