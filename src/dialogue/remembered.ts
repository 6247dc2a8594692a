import type { TFunction } from "i18next";
import { LOCALES, type Locale } from "../content/content.ts";
import { foldWords } from "../core/fold.ts";
import type { Reply } from "../core/reply.ts";
import type { PendingChoice, Session } from "../core/session.ts";
import { renderReplies } from "../i18n/render.ts";

// A label as it may be typed, in both languages: whole, and each part of a label made of several ("Hưởng trợ cấp xã
// hội, hưu trí xã hội; …" is picked by typing "hưởng trợ cấp xã hội").
function labelForms(labels: (string | undefined)[]): string[] {
  const given = labels.filter((label): label is string => label !== undefined);
  // A part of one word ("Tây Ninh" in "…, Tây Ninh") would be too easy to type by chance.
  const parts = given
    .flatMap((label) => (/[,;]/.test(label) ? label.split(/[,;]/) : []))
    .map(foldWords)
    .filter((part) => part.includes(" "));
  return [...new Set([...given.map(foldWords), ...parts])].slice(0, MAX_LABEL_FORMS);
}

// The offered choices with their labels in both languages: a user may type either ("6 tháng", "6 months").
const MAX_LABEL_FORMS = 8;

/** The choices a reply offers, each with every form of its label a user may type back. */
export function rememberChoices(reply: Reply, translator: (locale: Locale) => TFunction): PendingChoice[] {
  const [vi, en] = LOCALES.map((locale) => renderReplies([reply], translator(locale), locale)[0]!.buttons);
  const offered = reply.kind === "choices" ? reply.choices : [];
  return offered.map((choice, i) => ({
    action: choice.action,
    labels: labelForms([vi?.[i]?.label, en?.[i]?.label]),
    ...(choice.means ? { means: choice.means } : {}),
  }));
}

// At most this many relatives are remembered; the one just named goes last.
const PEOPLE_KEPT = 6;
/** The relatives remembered with their groups, the one just named added last. */
export const rememberPerson = (
  people: Session["people"],
  said: { relative: string; group: string },
): NonNullable<Session["people"]> => {
  const { [said.relative]: _before, ...others } = people ?? {};
  return Object.fromEntries([...Object.entries(others), [said.relative, said.group]].slice(-PEOPLE_KEPT));
};

// Every topic's button label in both languages, folded, per content version (a live edit brings new labels).
const titlesByContent = new WeakMap<object, Map<string, string>>();

/**
 * The topic whose button label the message is, typed whole in either language ("Đóng BHYT trực tuyến" from buttons
 * offered turns ago): that topic is asked, as if tapped. Undefined for any other message.
 */
export function topicTitled(
  text: string,
  intents: ReadonlyMap<string, unknown>,
  translator: (locale: Locale) => TFunction,
): string | undefined {
  let titles = titlesByContent.get(intents);
  if (!titles) {
    titles = new Map();
    for (const id of intents.keys())
      for (const locale of LOCALES) {
        const title = translator(locale)(`answers:${id}.title`, { defaultValue: "" });
        if (title.includes(" ")) titles.set(foldWords(title), id);
      }
    titlesByContent.set(intents, titles);
  }
  return titles.get(foldWords(text));
}
