import { parseArgs } from "node:util";
import { runConsoleChat } from "../../channels/console/console-chat.ts";
import { cliLogger, createCliBot, openSessions, settingsOrExit } from "../bootstrap.ts";
import { parseLocale } from "./options.ts";

/** `chat [--lang vi|en] [--user ID]`: the terminal chat; with piped input, answers each line and exits. */
export async function chatCommand(argv: string[], options: { requireRedis?: boolean } = {}): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { lang: { type: "string" }, user: { type: "string", default: "local" } },
  });
  const locale = parseLocale(values.lang);
  const { config, content } = await settingsOrExit();
  const logger = cliLogger(config);
  const sessions = await openSessions(config, logger, { allowMemory: !options.requireRedis });
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const { bot, inbox, flush } = await createCliBot(config, content, sessions, logger);
    await runConsoleChat(bot, {
      input: process.stdin,
      output: process.stdout,
      userId: values.user,
      interactive: Boolean(process.stdin.isTTY),
      signal: stop.signal,
      ...(locale ? { locale } : {}),
      ...(inbox ? { inbox } : {}),
    });
    await flush();
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await sessions.close();
  }
}
