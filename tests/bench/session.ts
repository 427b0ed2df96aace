import { DEMO_LOGINS, DEMO_PASSWORD } from "../../seeds/demo.ts";

/** A demo coordinator: one membership, an active organisation, so GET /api/me does its full work. */
export const BENCH_USER = DEMO_LOGINS.staff[1] as string;

/** Signs in through POST /api/auth/login and returns the `ew_session=…` cookie. */
export async function signIn(origin: string, email = BENCH_USER): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("ew_session=") && !c.endsWith("="));
  if (res.status !== 200 || !cookie) throw new Error(`sign-in of ${email} failed: HTTP ${res.status}`);
  return cookie;
}

/** Headers for a path (a session cookie for /api/me), after checking one request answers 200. */
export async function headersFor(origin: string, path: string): Promise<Record<string, string>> {
  const headers: Record<string, string> = path.startsWith("/api/me") ? { cookie: await signIn(origin) } : {};
  const res = await fetch(`${origin}${path}`, { headers });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status} before the load started`);
  return headers;
}
