import type { TFunction } from "i18next";
import type { Locale } from "../content/content.ts";
import type { RenderedReply, Reply, TextRef } from "../core/reply.ts";
import { formatValue } from "./format-value.ts";

// The same answer is rendered for many people (its figures change only with the policy data), so translations
// are remembered per translator; the cache is bounded and simply starts over when full.
const CACHE_LIMIT = 10_000;
const caches = new WeakMap<TFunction, Map<string, string>>();

/** Translates replies into text for one locale; channels format the result, they never translate. */
export function renderReplies(replies: readonly Reply[], t: TFunction, locale: Locale): RenderedReply[] {
  const cache = caches.get(t) ?? new Map<string, string>();
  caches.set(t, cache);
  const translateOne = (ref: TextRef): string => {
    const cacheKey = ref.vars ? `${ref.key}\u0000${JSON.stringify(ref.vars)}` : ref.key;
    const known = cache.get(cacheKey);
    if (known !== undefined) return known;
    // `count` stays a number: i18next picks plural forms ("title_one", "title_other") only from a numeric count.
    const vars = Object.fromEntries(
      Object.entries(ref.vars ?? {}).map(([name, value]) => [
        name,
        name === "count" && typeof value === "number"
          ? value
          : typeof value === "object" && "key" in value
            ? translateOne(value)
            : formatValue(value, locale),
      ]),
    );
    const translated = t(ref.key, vars);
    // A missing key would show the key itself to a citizen; content check prevents it, this makes it loud.
    if (translated === ref.key || translated === ref.key.split(":").at(-1)) {
      throw new Error(`Missing translation "${ref.key}" for ${locale}.`);
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, translated);
    return translated;
  };
  const translate = (ref: TextRef): string =>
    ref.lines ? [translateOne(ref), ...ref.lines.map(translate)].join("\n") : translateOne(ref);
  return replies.map((reply) => ({
    text: reply.parts.map(translate).join("\n\n"),
    buttons:
      reply.kind === "choices"
        ? reply.choices.map((c) => ({ label: translate(c.label), action: c.action }))
        : [],
  }));
}
