/*
 * Times stamped ahead of the clock. Every value is stamped by this browser's own clock when it is read, so a
 * stamp ahead of it means the clock was wrong then or is wrong now: such a value is never fresh and never
 * hides a value read since.
 */

/** How far ahead a stamp may be and still be trusted: a little skew between the extension's contexts. */
export const FUTURE_TOLERANCE_MS = 60_000;

/** Stamped ahead of `now` by more than the tolerance. (A time that is not a number is not; it is stale.) */
export function isFutureStamped(at: number, now: number): boolean {
  return at - now > FUTURE_TOLERANCE_MS;
}

/** Whole minutes a stamp is ahead of `now` (at least 1 when it is ahead at all). */
export function minutesAhead(at: number, now: number): number {
  const ahead = Math.ceil((at - now) / 60_000);
  return Number.isFinite(ahead) ? Math.max(1, ahead) : 1;
}
