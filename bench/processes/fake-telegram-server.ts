// A fake Bot API in its own process for the benchmark, so its work is not counted against the bot under test.
// Prints its base URL on stdout, then serves until killed.
import { startFakeTelegram } from "../../test/helpers/fake-telegram.ts";

const fake = await startFakeTelegram(process.argv[2] ?? "");
process.stdout.write(`${fake.apiRoot}\n`);
// Only the count of calls is kept: a long benchmark must not grow memory without bound.
setInterval(() => fake.reset(), 1000).unref();
process.on("SIGTERM", () => void fake.close().then(() => process.exit(0)));
