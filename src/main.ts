import { configOrExit, UsageError } from "./cli/bootstrap.ts";
import { chatCommand } from "./cli/commands/chat.ts";
import { serveCommand } from "./cli/commands/serve.ts";
import { ConfigError } from "./config/load-config.ts";

// `npm start`: with no channel token, the terminal chat (Redis required, as in production).
try {
  const config = configOrExit();
  if (config.channels.zaloOa || config.channels.zaloBot) {
    throw new UsageError(
      "Zalo tokens are set, but this version serves only the terminal chat and Telegram: Zalo arrives in the next release. Unset ZALO_* to start.",
    );
  }
  // With a channel token the bot serves its channels; without one it is a terminal chat.
  if (config.channels.telegram) await serveCommand();
  else await chatCommand(process.argv.slice(2), { requireRedis: true });
} catch (error) {
  if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
