import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { AppEnv } from "./context.ts";

/** The caller's address: the last hop a trusted proxy added, or the socket's peer. */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get("config").trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown"; // in-process requests (tests, app.request) have no socket
  }
}

/** The app's own origin as the browser sees it (behind a trusted proxy, as the proxy says). */
export function ownOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  if (c.get("config").trustProxy) {
    const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim();
    const host = c.req.header("x-forwarded-host")?.split(",")[0]?.trim();
    return `${proto ?? url.protocol.replace(":", "")}://${host ?? url.host}`;
  }
  return url.origin;
}

export function isHttps(c: Context<AppEnv>): boolean {
  return ownOrigin(c).startsWith("https:");
}
