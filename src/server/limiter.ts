/** Thrown when more events wait than the queue holds; the caller answers 503 so the sender retries later. */
export class QueueFullError extends Error {}

/** Runs at most `max` tasks at once; up to `queue` others wait in order; `idle()` resolves when none is left. */
export function createLimiter(max: number, queue = 10_000) {
  let running = 0;
  const waiting: (() => void)[] = [];
  let idleWaiters: (() => void)[] = [];
  const settle = () => {
    if (running > 0 || waiting.length > 0) return;
    for (const wake of idleWaiters) wake();
    idleWaiters = [];
  };
  async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= max) {
      if (waiting.length >= queue) throw new QueueFullError("too many events waiting");
      // A finishing task hands its slot straight to the next in line, so the count never dips in between.
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else {
        running--;
        settle();
      }
    }
  }
  return Object.assign(run, {
    /** True when a new task would be refused. */
    full: () => running >= max && waiting.length >= queue,
    /** Resolves once every task started or queued so far has finished. */
    idle: () =>
      running === 0 && waiting.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => idleWaiters.push(resolve)),
  });
}

/** A limiter as created by `createLimiter`. */
export type Limiter = ReturnType<typeof createLimiter>;
