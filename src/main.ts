import { configOrExit, UsageError } from "./cli/bootstrap.ts";
import { chatCommand } from "./cli/commands/chat.ts";
import { serveCommand } from "./cli/commands/serve.ts";
import { ConfigError } from "./config/load-config.ts";
import { redactText } from "./infra/logger.ts";

// `npm start`: with no channel token, the terminal chat (Redis required, as in production).
try {
  const config = configOrExit();
  // With a channel token the bot serves its channels; without one it is a terminal chat.
  const { telegram, zaloOa, zaloBot } = config.channels;
  if (telegram || zaloOa || zaloBot) await serveCommand();
  else await chatCommand(process.argv.slice(2), { requireRedis: true });
} catch (error) {
  const known = error instanceof UsageError || error instanceof ConfigError;
  // An unexpected error may quote a Bot API URL (with the token) or a citizen's message.
  const shown = known
    ? error.message
    : error instanceof Error
      ? (error.stack ?? error.message)
      : String(error);
  process.stderr.write(`${redactText(shown)}\n`);
  process.exitCode = 1;
}
