const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Shared computers (CPAS desks, libraries): short idle limit. A household's own phone may stay signed in. */
export const SESSION_LIMITS = {
  standard: { idleMs: 2 * HOUR_MS, absoluteMs: 12 * HOUR_MS },
  persistent: { idleMs: 90 * DAY_MS, absoluteMs: 90 * DAY_MS },
} as const;

/** Writing last_seen_at on every request would turn each read into a write. */
const TOUCH_EVERY_MS = MINUTE_MS;

export interface SessionTimes {
  persistent: boolean;
  lastSeenAt: Date;
  expiresAt: Date;
}

export function sessionExpiry(now: Date, persistent: boolean): Date {
  const limits = persistent ? SESSION_LIMITS.persistent : SESSION_LIMITS.standard;
  return new Date(now.getTime() + limits.absoluteMs);
}

export function isSessionAlive(session: SessionTimes, now: Date): boolean {
  const limits = session.persistent ? SESSION_LIMITS.persistent : SESSION_LIMITS.standard;
  return now < session.expiresAt && now.getTime() - session.lastSeenAt.getTime() < limits.idleMs;
}

export function needsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS;
}
