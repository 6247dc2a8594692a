import { configOrExit, UsageError } from "./cli/bootstrap.ts";
import { chatCommand } from "./cli/commands/chat.ts";
import { ConfigError } from "./config/load-config.ts";

// `npm start`: with no channel token, the terminal chat (Redis required, as in production).
try {
  const config = configOrExit();
  if (config.channels.telegram || config.channels.zaloOa || config.channels.zaloBot) {
    throw new UsageError(
      "Channel tokens are set, but this version serves only the terminal chat: Telegram and Zalo arrive in the next releases. Unset TELEGRAM_BOT_TOKEN / ZALO_* to chat here.",
    );
  }
  await chatCommand(process.argv.slice(2), { requireRedis: true });
} catch (error) {
  if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
