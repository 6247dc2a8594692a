/** Languages the bot speaks. */
export const LOCALES = ["vi", "en"] as const;
/** One of the bot's languages. */
export type Locale = (typeof LOCALES)[number];
