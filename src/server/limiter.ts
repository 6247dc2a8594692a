import { QueueFullError } from "../core/queue-full.ts";

export { QueueFullError };

/** Thrown for a task refused or taken out of the queue because the server is stopping; the caller answers 503. */
export class StoppingError extends Error {}

interface Waiting {
  resolve: () => void;
  reject: (error: Error) => void;
  refusable: boolean;
}

/**
 * Runs at most `max` tasks at once; up to `queue` others wait in order; `idle()` resolves when none is left.
 * `close()` (at a stop) refuses new refusable tasks and takes the refusable ones out of the queue: a sender that
 * waits for the answer (Telegram) is told to send again, to another instance; tasks already acknowledged to their
 * sender (Zalo OA) still run.
 */
export function createLimiter(max: number, queue = 10_000) {
  let running = 0;
  let closed = false;
  let waiting: Waiting[] = [];
  let idleWaiters: (() => void)[] = [];
  const settle = () => {
    if (running > 0 || waiting.length > 0) return;
    for (const wake of idleWaiters) wake();
    idleWaiters = [];
  };
  async function run<T>(task: () => Promise<T>, options: { refusable?: boolean } = {}): Promise<T> {
    const refusable = options.refusable ?? false;
    if (closed && refusable) throw new StoppingError("stopping");
    if (running >= max) {
      if (waiting.length >= queue) throw new QueueFullError("too many events waiting");
      // A finishing task hands its slot straight to the next in line, so the count never dips in between.
      await new Promise<void>((resolve, reject) => waiting.push({ resolve, reject, refusable }));
    } else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next.resolve();
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
    /** Stops taking refusable tasks, and gives the queued ones back (they reject with StoppingError). */
    close() {
      closed = true;
      const refused = waiting.filter((w) => w.refusable);
      waiting = waiting.filter((w) => !w.refusable);
      for (const w of refused) w.reject(new StoppingError("stopping"));
      settle();
    },
  });
}

/** A limiter as created by `createLimiter`. */
export type Limiter = ReturnType<typeof createLimiter>;
