// Remembered clients at most: past it the memory starts over (an attacker with that many addresses is not slowed by
// this anyway; it is friction against guessing from one place).
const MAX_CLIENTS = 10_000;

/** Counts a client's wrong attempts at a secret in the current minute and says when it has used them up. */
export interface FailureThrottle {
  /** True while the client has used up its wrong attempts for this minute. */
  blocked(client: string): Promise<boolean>;
  /** Counts one wrong attempt. */
  failed(client: string): Promise<void>;
}

/** Makes the throttle of one kind of secret (`scope`), allowing `perMinute` wrong attempts per client. */
export type ThrottleMaker = (scope: string, perMinute: number) => FailureThrottle;

/** The current one-minute window, shared by the kept-in-process and the Redis throttles. */
export const minuteNow = () => Math.floor(Date.now() / 60_000);

/**
 * Friction against guessing a secret: a client with `perMinute` wrong attempts in its current minute is refused
 * until the minute ends. Kept in the process, for a server without Redis (tests); `serve` shares one in Redis.
 */
export function createFailureThrottle(_scope: string, perMinute: number): FailureThrottle {
  const failures = new Map<string, { minute: number; count: number }>();
  return {
    async blocked(client) {
      const entry = failures.get(client);
      return entry !== undefined && entry.minute === minuteNow() && entry.count >= perMinute;
    },
    async failed(client) {
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
