import { t, text } from "../../core/reply.ts";
import type { Outcome, Turn } from "../handler.ts";
import { showHelp } from "../help.ts";

/**
 * Admin content commands in chat: `/answer` (the intents), `/answer <intent>` (its text as stored, with its
 * {{variables}}), `/setanswer <intent> <vi|en> <text>` and `/example <intent> <vi|en> <text>`. Each change goes
 * through the same checks and versions as the admin API. Anyone else gets the ordinary help.
 */
export async function contentCommand(turn: Turn, name: string, argument = ""): Promise<Outcome> {
  const editor = turn.contentEditor;
  if (!editor || turn.role !== "admin") return showHelp(turn);
  const [intentId = "", locale = "", ...words] = argument.split(/\s+/);
  if (name === "answer") {
    if (!intentId)
      return {
        replies: [text(t("common:admin.intents", { ids: [...turn.content.intents.keys()].join(", ") }))],
      };
    const answer = turn.content.answers[turn.locale].get(intentId);
    if (!answer) return { replies: [text(t("common:admin.no_intent", { id: intentId }))] };
    return {
      replies: [text(t("common:admin.answer", { id: intentId, title: answer.title, body: answer.body }))],
    };
  }
  if ((locale !== "vi" && locale !== "en") || words.length === 0)
    return { replies: [text(t("common:admin.usage"))] };
  const current = turn.content.answers[locale].get(intentId);
  const result =
    name === "setanswer"
      ? await editor.change(
          {
            type: "answer",
            intent: intentId,
            locale,
            text: {
              title: current?.title ?? intentId,
              body: words.join(" "),
              ...(current?.more ? { more: current.more } : {}),
            },
          },
          `${turn.message.ref.channel}:${turn.message.ref.userId}`,
        )
      : await editor.change(
          { type: "example", intent: intentId, locale, text: words.join(" ") },
          `${turn.message.ref.channel}:${turn.message.ref.userId}`,
        );
  return "issues" in result
    ? { replies: [text(t("common:admin.rejected", { issues: result.issues.join("\n") }))] }
    : { replies: [text(t("common:admin.saved", { version: result.version }))] };
}
