// A reminder worker in its own process, for the crash test: it delivers by appending the entry id to a Redis
// list (a stand-in channel), slowly, until it is killed.
import { Redis } from "ioredis";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisReminderStore } from "../../src/infra/redis-reminder-store.ts";
import { createReminderWorker } from "../../src/reminders/reminder-worker.ts";

const [url, now, delayMs] = process.argv.slice(2) as [string, string, string];
const redis = new Redis(url);
const worker = createReminderWorker({
  store: createRedisReminderStore(redis),
  delivery: {
    async deliver(entry) {
      await new Promise((resolve) => setTimeout(resolve, Number(delayMs)));
      await redis.rpush("test:delivered", entry.id);
      return "sent";
    },
  },
  logger: createLogger("silent"),
  now: () => Number(now),
  leaseMs: 30_000,
  batch: 50,
});
process.stdout.write("ready\n");
await worker.tick();
process.stdout.write("done\n");
await redis.quit();
