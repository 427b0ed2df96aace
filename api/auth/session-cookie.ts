import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv, Role } from "../http/context.ts";
import { languageFromHeader } from "../http/i18n.ts";
import { isHttps } from "../http/request-origin.ts";
import * as repo from "./auth.repo.ts";
import { keyedHash } from "./secrets.ts";
import { isSessionAlive, needsTouch, SESSION_LIMITS } from "./session-rules.ts";

export const SESSION_COOKIE = "ew_session";

export function setSessionCookie(c: Context<AppEnv>, token: string, persistent: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c),
    path: "/",
    // A standard session ends with the browser; "stay signed in" survives it.
    ...(persistent ? { maxAge: SESSION_LIMITS.persistent.absoluteMs / 1000 } : {}),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}

/** Resolves the caller from the cookie (or none), and the language its answers are written in. */
export const loadActor: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("actor", null);
  c.set("lang", languageFromHeader(c.req.header("accept-language")));
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const db = c.get("db");
    const now = c.get("now");
    const tokenHash = keyedHash(c.get("config").sessionSecret, token);
    const session = await repo.findSessionActor(db, tokenHash);
    if (session && isSessionAlive(session, now)) {
      if (needsTouch(session, now)) await repo.touchSession(db, tokenHash, now);
      c.set("actor", {
        userId: session.userId,
        sessionTokenHash: tokenHash,
        isPlatformAdmin: session.isPlatformAdmin,
        language: session.language,
        activeOrganisationId: session.role ? session.activeOrganisationId : null,
        role: (session.role as Role | null) ?? null,
        householdId: session.householdId,
      });
      c.set("lang", session.language);
    } else {
      if (session) await repo.deleteSession(db, tokenHash);
      clearSessionCookie(c);
    }
  }
  return next();
};
