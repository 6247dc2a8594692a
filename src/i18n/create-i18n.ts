import i18next, { type TFunction } from "i18next";
import { type Content, LOCALES, type Locale } from "../content/content.ts";

/** Builds an i18next instance holding the `common` UI strings and the `answers` of every intent. */
export async function createI18n(content: Content): Promise<(locale: Locale) => TFunction> {
  const resources = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      { common: content.common[locale], answers: nestAnswers(content, locale) },
    ]),
  );
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    supportedLngs: [...LOCALES],
    fallbackLng: false,
    ns: ["common", "answers"],
    defaultNS: "common",
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  // One fixed t per locale avoids i18next's shared-language race between concurrent turns.
  const fixed = Object.fromEntries(LOCALES.map((locale) => [locale, instance.getFixedT(locale)])) as Record<
    Locale,
    TFunction
  >;
  return (locale) => fixed[locale];
}

function nestAnswers(content: Content, locale: Locale): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [id, answer] of content.answers[locale]) {
    const path = id.split(".");
    let node = root;
    for (const segment of path.slice(0, -1)) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    node[path.at(-1)!] = answer;
  }
  return root;
}
