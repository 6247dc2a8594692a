// Failures that say nothing about the event itself: storage or a network briefly out of reach. The channel should
// send such an event again later, not be told it was handled.
const TRANSIENT =
  /MaxRetriesPerRequest|Connection is closed|Command timed out|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|Network request|fetch failed/i;

/** True when handling failed for a passing reason (Redis or the network out of reach, a 5xx or 429 from an API). */
export function isRetryable(error: unknown): boolean {
  // grammY wraps a middleware's error in a BotError (`.error`); fetch puts the network error in `.cause`.
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const {
      name,
      message,
      error_code: code,
    } = current as { name?: string; message?: string; error_code?: number };
    if (name === "HttpError" || name === "MaxRetriesPerRequestError" || name === "EventInProgressError")
      return true;
    if (typeof code === "number" && (code >= 500 || code === 429)) return true;
    if (TRANSIENT.test(`${name ?? ""} ${message ?? ""}`)) return true;
    current = (current as { error?: unknown }).error ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
