import type { TFunction } from "i18next";
import type { Logger } from "pino";
import { type Config, ConfigError } from "./config/load-config.ts";
import type { Content, Locale } from "./content/content.ts";
import type { ContentEditor } from "./content/content-editor.ts";
import type { Clock } from "./core/clock.ts";
import type { SessionStore } from "./core/session.ts";
import { type Bot, type BotDeps, createBot, type LiveParts } from "./dialogue/create-bot.ts";
import type { ReminderBook } from "./features/reminders/reminder-book.ts";
import type { HandoffDesk, Notifier } from "./features/staff/handoff-desk.ts";
import type { StaffDesk } from "./features/staff/staff-desk.ts";
import { createI18n } from "./i18n/create-i18n.ts";
import { buildRecognizer } from "./nlu/build-recognizer.ts";
import type { Understanding } from "./nlu/recognize.ts";
import { trainInBackground } from "./nlu/train-in-background.ts";

/** What the app is assembled from; tests pass their own. */
export interface AppDeps {
  config: Pick<Config, "DEFAULT_LOCALE" | "PROVINCE">;
  content: Content;
  sessions: SessionStore;
  logger?: Logger;
  clock?: Clock;
  reminders?: ReminderBook;
  staffDesk?: StaffDesk;
  handoff?: HandoffDesk;
  notifier?: Notifier;
  contentEditor?: () => ContentEditor | undefined;
  rateLimit?: BotDeps["rateLimit"];
  chatLock?: BotDeps["chatLock"];
  consoleLink?: BotDeps["consoleLink"];
  /** Where prebuilt models are read from (and written to after training), keyed by what they are trained on. */
  modelDir?: string;
}

/** Why PROVINCE names no province of the content, or undefined when it does (or is unset). */
export function provinceProblem(content: Content, province: string | undefined): string | undefined {
  if (!province || content.policy.provinces.some((p) => p.code === province)) return undefined;
  const codes = content.policy.provinces.map((p) => p.code).join(", ");
  return `PROVINCE: "${province}" is not a province code in intents/policy/provinces.yaml (${codes})`;
}

/** The composition root: content → recognizer → translations → bot. Does no I/O of its own. */
export async function createApp(deps: AppDeps): Promise<{
  bot: Bot;
  modelBuildMs: number;
  /** Whether the intent model was read prebuilt or trained at start. */
  modelSource: "prebuilt" | "trained";
  translator: (locale: Locale) => TFunction;
  reload: (content: Content) => Promise<void>;
  current: () => Content;
  understand: (text: string) => Understanding;
}> {
  const provinceWrong = provinceProblem(deps.content, deps.config.PROVINCE);
  if (provinceWrong) throw new ConfigError([provinceWrong]);
  const { recognize, buildMs, source } = buildRecognizer(deps.content, {}, deps.modelDir);
  deps.logger?.debug({ ms: Math.round(buildMs), content: deps.content.version }, "intent model built");
  const translator = await createI18n(deps.content);
  let live: LiveParts = { content: deps.content, recognize, translator };
  const bot = createBot({
    ...live,
    live: () => live,
    sessions: deps.sessions,
    defaultLocale: deps.config.DEFAULT_LOCALE,
    ...(deps.config.PROVINCE ? { province: deps.config.PROVINCE } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.reminders ? { reminders: deps.reminders } : {}),
    ...(deps.staffDesk ? { staffDesk: deps.staffDesk } : {}),
    ...(deps.handoff ? { handoff: deps.handoff } : {}),
    ...(deps.notifier ? { notifier: deps.notifier } : {}),
    ...(deps.contentEditor ? { contentEditor: deps.contentEditor } : {}),
    ...(deps.consoleLink ? { consoleLink: deps.consoleLink } : {}),
    ...(deps.rateLimit ? { rateLimit: deps.rateLimit } : {}),
    ...(deps.chatLock ? { chatLock: deps.chatLock } : {}),
    onFault: (error) => deps.logger?.error({ err: error }, "a message failed in the bot's own code"),
  });
  // Reloads apply in the order they were asked for: a slower, earlier one never lands after a later one.
  let reloading: Promise<void> = Promise.resolve();
  /**
   * Switches the bot to new content: the model is retrained in a worker thread (the bot keeps answering with the
   * current one) and the translations rebuilt, then both are swapped in at once.
   */
  function reload(content: Content): Promise<void> {
    const next = reloading.then(() => swapIn(content));
    reloading = next.catch(() => {});
    return next;
  }
  async function swapIn(content: Content): Promise<void> {
    const [rebuilt, nextTranslator] = await Promise.all([
      trainInBackground(content, deps.modelDir),
      createI18n(content),
    ]);
    live = { content, recognize: rebuilt.recognize, translator: nextTranslator };
    deps.logger?.info(
      { content: content.version, ms: Math.round(rebuilt.buildMs), trained: rebuilt.where },
      "content reloaded",
    );
  }
  return {
    bot,
    modelBuildMs: buildMs,
    modelSource: source,
    // Follows reloads, so messages the bot starts itself (reminders, notes to staff) use the edited texts too.
    translator: (locale) => live.translator(locale),
    reload,
    current: () => live.content,
    /** What the live model makes of a message (the console's "best guess"); follows reloads. */
    understand: (text) => live.recognize(text),
  };
}
