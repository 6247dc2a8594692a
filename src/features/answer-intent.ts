import type { LoadedIntent } from "../content/content.ts";
import { encodeAction } from "../core/actions.ts";
import { type Choice, choices, type Reply, type TextRef, t } from "../core/reply.ts";
import { ALWAYS_AVAILABLE, computeAnswerVars, law } from "../policy/answer-vars.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import type { Turn } from "./handler.ts";

/** What an answer needs from the turn: the content, the day, the language and the province. */
export type AnswerContext = Pick<Turn, "content" | "today" | "locale" | "province">;

/** The translatable title of an intent (its button label). */
export function intentTitle(intent: string): TextRef {
  return t(`answers:${intent}.title`);
}

/** A button that asks about an intent. */
export function intentChoice(intent: string): Choice {
  return { label: intentTitle(intent), action: encodeAction({ type: "intent", intent }) };
}

// The policy data at the turn's date (and in the user's province when known).
const policyAt = (turn: AnswerContext) => ({
  policy: turn.content.policy,
  date: turn.today,
  locale: turn.locale,
  hotline: turn.content.links.contacts.hotline,
  ...(turn.province ? { province: turn.province } : {}),
});

/** The figures an answer names, as in force today (and in the user's province when known). */
export function answerVarsFor(turn: AnswerContext, names: readonly string[]) {
  return computeAnswerVars(names, policyAt(turn));
}

/** A household's first member's monthly amount today (4.5% of the base salary), in dong. */
export function fullMonthToday(turn: AnswerContext): number {
  return (answerVarsFor(turn, ["full_month"]).full_month as { value: number }).value;
}

/**
 * An intent's text with figures from the policy data, then where they come from: its legal basis and, when it
 * states amounts, the base salary they are computed on (the figure that changes most often, by its own decree).
 */
export function answerTexts(
  turn: AnswerContext,
  intent: LoadedIntent,
  part: "body" | "more" = "body",
): TextRef[] {
  const vars = answerVarsFor(turn, [...intent.uses, ...ALWAYS_AVAILABLE]);
  const texts = [t(`answers:${intent.id}.${part}`, vars)];
  // Conversational answers carry "Không áp dụng (…)" as their basis: there is no law to cite.
  if (!/^không áp dụng/i.test(intent.meta.legal_basis))
    texts.push(
      t("common:source", {
        basis: law(intent.meta.legal_basis),
        from: { kind: "date", value: intent.meta.valid_from },
      }),
    );
  if (intent.meta.valid_to && intent.meta.valid_to < turn.today)
    texts.push(
      t("common:expired_basis", {
        to: { kind: "date", value: intent.meta.valid_to },
        hotline: turn.content.links.contacts.hotline,
      }),
    );
  // Only where the part shown states amounts, and not where it states the base salary itself: the "more" part
  // of an answer may name the base while its body only shows what people pay.
  const shown = turn.content.answers[turn.locale].get(intent.id)?.[part] ?? "";
  const amounts = Object.entries(vars).some(
    ([name, value]) => value.kind === "vnd" && shown.includes(`{{${name}}}`),
  );
  if (amounts && !shown.includes("{{base_salary}}")) {
    const at = policyAt(turn);
    const base = parameterAt(at.policy, "base_salary", at);
    texts.push(
      t("common:figures_basis", {
        base: { kind: "vnd", value: base.value },
        from: { kind: "date", value: base.from },
        basis: law(base.legalBasis),
      }),
    );
  }
  return texts;
}

/** The answer to an intent: its text with figures, where they come from, and follow-up buttons. */
export function answerIntent(turn: AnswerContext, intentId: string, part: "body" | "more" = "body"): Reply {
  const intent = turn.content.intents.get(intentId);
  if (!intent) throw new Error(`No intent "${intentId}" in the content.`);
  const hasMore = part === "body" && Boolean(turn.content.answers[turn.locale].get(intentId)?.more);
  const buttons: Choice[] = [
    ...(hasMore
      ? [{ label: t("common:button.more"), action: encodeAction({ type: "more", intent: intentId }) }]
      : []),
    ...intent.next.map(intentChoice),
  ];
  return choices(answerTexts(turn, intent, part), buttons);
}
