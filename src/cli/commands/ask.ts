import { parseArgs } from "node:util";
import { CONSOLE_CAPABILITIES } from "../../channels/console/console-chat.ts";
import { formatForChannel, NUMBERED_HINT } from "../../core/format-for-channel.ts";
import { cliLogger, createCliBot, openSessions, settingsOrExit, UsageError } from "../bootstrap.ts";
import { parseLocale } from "./options.ts";

/** `ask [--lang vi|en] [--json] [--user ID] <text>`: one message in, the reply out. */
export async function askCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      json: { type: "boolean", default: false },
      user: { type: "string", default: "cli" },
    },
  });
  const text = positionals.join(" ").trim();
  if (!text) throw new UsageError('Usage: bhyt ask [--lang vi|en] [--json] "your question"');
  const locale = parseLocale(values.lang);
  const { config, content } = await settingsOrExit();
  const logger = cliLogger(config);
  const sessions = await openSessions(config, logger, { allowMemory: true });
  try {
    const { bot, flush } = await createCliBot(config, content, sessions, logger);
    const response = await bot.handle({
      ref: { channel: "console", userId: values.user },
      text,
      receivedAt: new Date(),
      ...(locale ? { forcedLocale: locale } : {}),
    });
    await flush();
    if (values.json) {
      const output = {
        intent: response.understood?.intent ?? null,
        confidence: response.understood?.confidence ?? null,
        band: response.understood?.band ?? null,
        locale: response.locale,
        text: response.replies.map((r) => r.text).join("\n\n"),
        buttons: response.replies.flatMap((r) => r.buttons),
      };
      process.stdout.write(`${JSON.stringify(output)}\n`);
      return;
    }
    for (const message of formatForChannel(
      response.replies,
      CONSOLE_CAPABILITIES,
      NUMBERED_HINT[response.locale],
    ))
      process.stdout.write(`${message.text}\n\n`);
  } finally {
    await sessions.close();
  }
}
