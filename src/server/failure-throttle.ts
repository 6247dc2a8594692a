// Remembered clients at most: past it the memory starts over (an attacker with that many addresses is not slowed by
// this anyway; it is friction against guessing from one place).
const MAX_CLIENTS = 10_000;

/**
 * Friction against guessing a secret: a client with `perMinute` wrong attempts in its current minute is refused
 * until the minute ends. Kept in the process (per instance).
 */
export function createFailureThrottle(perMinute: number) {
  const failures = new Map<string, { minute: number; count: number }>();
  const minuteNow = () => Math.floor(Date.now() / 60_000);
  return {
    /** True while the client has used up its wrong attempts for this minute. */
    blocked(client: string): boolean {
      const entry = failures.get(client);
      return entry !== undefined && entry.minute === minuteNow() && entry.count >= perMinute;
    },
    /** Counts one wrong attempt. */
    failed(client: string): void {
      const minute = minuteNow();
      const entry = failures.get(client);
      if (failures.size >= MAX_CLIENTS && !entry) failures.clear();
      failures.set(
        client,
        entry?.minute === minute ? { minute, count: entry.count + 1 } : { minute, count: 1 },
      );
    },
  };
}
