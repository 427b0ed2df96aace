/** Per account: 5 failures in 15 minutes. Per address far more: a whole group shares one Wi-Fi. */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  maxAccountFailures: 5,
  maxAddressFailures: 50,
} as const;

/**
 * Given the failure times inside the window (any order), says whether another attempt is refused
 * and for how long: until the oldest failure that keeps the count at the limit leaves the window.
 */
export function throttleVerdict(
  failures: readonly Date[],
  limit: number,
  now: Date,
): { blocked: false } | { blocked: true; retryAfterSeconds: number } {
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => now.getTime() - t < THROTTLE.windowMs)
    .sort((a, b) => b - a);
  if (recent.length < limit) return { blocked: false };
  const freesAt = (recent[limit - 1] as number) + THROTTLE.windowMs;
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)) };
}
