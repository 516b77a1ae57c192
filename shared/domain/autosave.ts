/**
 * How long to wait before sending what was typed: `delay` after the last keystroke, but never
 * later than `maxWait` after the oldest keystroke not yet sent, so continuous typing is still
 * saved at least once per `maxWait`.
 */
export function nextSaveDelay({
  now,
  dirtySince,
  delay,
  maxWait,
}: {
  now: number;
  dirtySince: number;
  delay: number;
  maxWait: number;
}): number {
  const untilMax = dirtySince + maxWait - now;
  return Math.max(0, Math.min(delay, untilMax));
}
