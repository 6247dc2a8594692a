/** Thrown when more work waits than a queue holds; the caller answers 503 so the sender retries later. */
export class QueueFullError extends Error {
  override name = "QueueFullError";
}
