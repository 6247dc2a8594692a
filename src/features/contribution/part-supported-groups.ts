import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { PART_SUPPORTED_WORDS } from "../../nlu/slots/payer-group.ts";
import { law, pct, vnd } from "../../policy/answer-vars.ts";
import { percentOf } from "../../policy/money.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { fullMonthToday, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

const PARAMETER = {
  trafficking_victim: "support.trafficking_victim",
  grassroots_worker: "support.grassroots_worker",
} as const;

/** One person's own share of a month's full contribution, in đồng, when the state supports `percent` of it. */
export function ownShareOf(turn: Turn, percent: number): number {
  const full = fullMonthToday(turn);
  return full - percentOf(full, percent);
}

/** Own share of one month's full contribution for a group the state supports by `support` percent. */
export function ownShareVars(turn: Turn, support: { value: number; legalBasis: string }) {
  const own = ownShareOf(turn, support.value);
  return {
    support: pct(support.value),
    own: vnd(own),
    own_year: vnd(own * 12),
    basis: law(support.legalBasis),
  };
}

/**
 * "em là nhân viên y tế thôn bản, nhà nước có hỗ trợ không, 1 năm tự đóng bao nhiêu": village health workers,
 * non-specialised village workers, grassroots security members, artisans and trafficking victims get part of the card
 * paid (at least 50%), not all of it. Undefined when the message names none of them.
 */
export function answerPartSupported(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("'", " "))} `;
  const kind = (Object.keys(PARAMETER) as (keyof typeof PARAMETER)[]).find((k) =>
    PART_SUPPORTED_WORDS[k].test(folded),
  );
  if (!kind) return undefined;
  const support = parameterAt(turn.content.policy, PARAMETER[kind], { date: turn.today });
  return {
    replies: [
      choices(
        [t(`common:calc.note.part_supported.${kind}`, ownShareVars(turn, support))],
        [intentChoice("enroll.where"), intentChoice("benefit.levels")],
      ),
    ],
    session: { lastIntent: "contribution.other_group", misses: 0 },
  };
}
