import type { TFunction } from "i18next";
import type { Locale } from "../content/content.ts";
import type { RenderedReply, Reply, TextRef } from "../core/reply.ts";
import { formatValue } from "./format-value.ts";

/** Translates replies into text for one locale; channels format the result, they never translate. */
export function renderReplies(replies: readonly Reply[], t: TFunction, locale: Locale): RenderedReply[] {
  const translate = (ref: TextRef): string => {
    const vars = Object.fromEntries(
      Object.entries(ref.vars ?? {}).map(([name, value]) => [name, formatValue(value, locale)]),
    );
    const translated = t(ref.key, vars);
    // A missing key would show the key itself to a citizen; content check prevents it, this makes it loud.
    if (translated === ref.key || translated === ref.key.split(":").at(-1)) {
      throw new Error(`Missing translation "${ref.key}" for ${locale}.`);
    }
    return ref.lines ? [translated, ...ref.lines.map(translate)].join("\n") : translated;
  };
  return replies.map((reply) => ({
    text: reply.parts.map(translate).join("\n\n"),
    buttons:
      reply.kind === "choices"
        ? reply.choices.map((c) => ({ label: translate(c.label), action: c.action }))
        : [],
  }));
}
