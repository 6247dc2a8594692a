import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Locale } from "../../content/content.ts";
import { type ChannelCapabilities, formatForChannel, NUMBERED_HINT } from "../../core/format-for-channel.ts";
import type { ConsoleInbox } from "../../core/types.ts";
import type { Bot } from "../../dialogue/create-bot.ts";

/** The terminal has no buttons and no length limit: choices become a numbered list. */
export const CONSOLE_CAPABILITIES: ChannelCapabilities = {
  textLimit: Number.POSITIVE_INFINITY,
  maxButtons: 0,
};

// How often an interactive chat looks for staff messages between the user's own lines.
const INBOX_POLL_MS = 3000;

/** Options for a terminal chat. */
export interface ConsoleChatOptions {
  input: Readable;
  output: Writable;
  userId: string;
  locale?: Locale;
  /** Interactive: show a prompt and greet first. */
  interactive: boolean;
  /** Ends the chat (Ctrl+C, SIGTERM). */
  signal?: AbortSignal;
  /** Where staff replies to this user wait; shown after each reply and, interactively, as they come. */
  inbox?: ConsoleInbox;
}

/** Chats on stdin/stdout: one reply per line; resolves at end of input. */
export async function runConsoleChat(bot: Bot, options: ConsoleChatOptions): Promise<void> {
  const ref = { channel: "console" as const, userId: options.userId };
  const forced = options.locale ? { forcedLocale: options.locale } : {};
  const lines = createInterface({ input: options.input, terminal: false });
  // A closed output (e.g. piped into `head`) or a stop signal ends the chat instead of crashing it.
  options.output.on("error", () => lines.close());
  options.signal?.addEventListener("abort", () => lines.close());
  const write = (line: string) => {
    if (!options.output.destroyed) options.output.write(`${line}\n`);
  };
  const say = async (text: string) => {
    const response = await bot.handle({ ref, text, receivedAt: new Date(), ...forced });
    for (const message of formatForChannel(
      response.replies,
      CONSOLE_CAPABILITIES,
      NUMBERED_HINT[response.locale],
    )) {
      write(options.interactive ? `\n🤖 ${message.text}\n` : message.text);
    }
    await showInbox();
    if (!options.interactive) write("");
  };
  const showInbox = async () => {
    for (const message of (await options.inbox?.take(options.userId).catch(() => [])) ?? [])
      write(options.interactive ? `\n👩‍💼 ${message}\n` : `👩‍💼 ${message}`);
  };
  const poll =
    options.interactive && options.inbox
      ? setInterval(() => void showInbox().then(() => options.output.write("")), INBOX_POLL_MS)
      : undefined;
  poll?.unref();
  if (options.interactive) {
    await say("/start");
    options.output.write("> ");
  }
  for await (const line of lines) {
    if (line.trim() === "" && !options.interactive) continue;
    if (options.interactive && /^(\/quit|\/exit|exit|quit|thoát)$/i.test(line.trim())) break;
    await say(line);
    if (options.interactive) options.output.write("> ");
  }
  if (poll) clearInterval(poll);
  lines.close();
}
