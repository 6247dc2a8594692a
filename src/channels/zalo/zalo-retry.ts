import { ZaloApiError } from "./zalo-errors.ts";

// Three tries in all: the first gets a shorter time limit, so a slow Zalo is tried again soon, and the waits between
// tries grow. The whole stays within a webhook handler's lease.
const ATTEMPT_TIMEOUTS_MS = [5_000, 10_000, 10_000];
const WAITS_MS = [500, 2_000];

/** True for a failure worth trying again: Zalo's rate limit (-32) or a 5xx, a network error or a time-out. */
export function zaloRetryable(error: unknown): boolean {
  if (error instanceof ZaloApiError) return error.kind === "retry";
  const name = (error as { name?: string }).name;
  return name === "TimeoutError" || name === "AbortError" || error instanceof TypeError;
}

/** True for a Zalo refusal no retry cures (the window closed, the OA not allowed to send): the job is given up. */
export function zaloPermanent(error: unknown): boolean {
  return error instanceof ZaloApiError && !zaloRetryable(error) && error.kind !== "refresh";
}

/**
 * Runs a Zalo call with up to three tries for passing failures, giving each its time limit; any other failure, or
 * the last one, is thrown. `stop` ends the tries early (the server is stopping).
 */
export async function withZaloRetries<T>(
  call: (timeoutMs: number) => Promise<T>,
  stop?: AbortSignal,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(ATTEMPT_TIMEOUTS_MS[attempt]!);
    } catch (error) {
      const wait = WAITS_MS[attempt];
      if (wait === undefined || !zaloRetryable(error) || stop?.aborted) throw error;
      await sleep(wait);
    }
  }
}
