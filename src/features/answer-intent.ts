import { encodeAction } from "../core/actions.ts";
import { type Choice, choices, type Reply, type TextRef, t } from "../core/reply.ts";
import { computeAnswerVars } from "../policy/answer-vars.ts";
import type { Turn } from "./handler.ts";

/** The translatable title of an intent (its button label). */
export function intentTitle(intent: string): TextRef {
  return t(`answers:${intent}.title`);
}

/** A button that asks about an intent. */
export function intentChoice(intent: string): Choice {
  return { label: intentTitle(intent), action: encodeAction({ type: "intent", intent }) };
}

/** The answer to an intent: its text with figures from the policy data, its legal basis, and follow-up buttons. */
export function answerIntent(turn: Turn, intentId: string, part: "body" | "more" = "body"): Reply {
  const intent = turn.content.intents.get(intentId);
  if (!intent) throw new Error(`No intent "${intentId}" in the content.`);
  const vars = computeAnswerVars(intent.uses, {
    policy: turn.content.policy,
    date: turn.today,
    locale: turn.locale,
    hotline: turn.content.links.contacts.hotline,
    ...(turn.province ? { province: turn.province } : {}),
  });
  // Conversational answers carry "Không áp dụng (…)" as their basis: there is no law to cite.
  const cites = !/^không áp dụng/i.test(intent.meta.legal_basis);
  const source = t("common:source", {
    basis: intent.meta.legal_basis,
    from: { kind: "date", value: intent.meta.valid_from },
  });
  const hasMore = part === "body" && Boolean(turn.content.answers[turn.locale].get(intentId)?.more);
  const buttons: Choice[] = [
    ...(hasMore
      ? [{ label: t("common:button.more"), action: encodeAction({ type: "more", intent: intentId }) }]
      : []),
    ...intent.next.map(intentChoice),
  ];
  return choices([t(`answers:${intentId}.${part}`, vars), ...(cites ? [source] : [])], buttons);
}
