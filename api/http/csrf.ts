import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context.ts";
import { Forbidden } from "./errors.ts";
import { ownOrigin } from "./request-origin.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie-authenticated writes must come from our own pages. Browsers send `Origin` on every
 * cross-origin write and `Sec-Fetch-Site` on modern ones; a client without either (curl, a script
 * with no cookie of a victim) is not a CSRF vector.
 */
export const csrfGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header("origin");
    const fetchSite = c.req.header("sec-fetch-site");
    if (fetchSite === "cross-site" || (origin !== undefined && origin !== ownOrigin(c))) {
      throw new Forbidden("auth.cross_site");
    }
  }
  return next();
};
