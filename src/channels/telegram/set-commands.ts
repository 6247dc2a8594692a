import type { Api } from "grammy";
import type { TFunction } from "i18next";
import { LOCALES, type Locale } from "../../content/content.ts";

/** The commands shown in Telegram's menu. */
export const TELEGRAM_COMMANDS = ["start", "help", "lang", "nhacnho", "xoadulieu"] as const;

// grammY types its signal with a polyfill's AbortSignal; Node's is the same thing at run time.
type ApiSignal = Parameters<Api["setMyCommands"]>[2];

/** Registers the command menu in each language; Vietnamese is also the default for every other language. */
export async function registerCommands(
  api: Api,
  translator: (locale: Locale) => TFunction,
  signal?: AbortSignal,
): Promise<void> {
  for (const locale of LOCALES) {
    const t = translator(locale);
    const commands = TELEGRAM_COMMANDS.map((command) => ({
      command,
      description: t(`common:commands.${command}`),
    }));
    await api.setMyCommands(commands, { language_code: locale }, signal as ApiSignal);
    if (locale === "vi") await api.setMyCommands(commands, {}, signal as ApiSignal);
  }
}
