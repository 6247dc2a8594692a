import type { TypedRepliesFile } from "../content/schemas/shared.schema.ts";
import { encodeAction } from "../core/actions.ts";
import { foldWords } from "../core/fold.ts";
import { choices, t } from "../core/reply.ts";
import type { PendingChoice, Session } from "../core/session.ts";
import { CALC_FLOW } from "../features/contribution/calc-draft.ts";
import type { Outcome } from "../features/handler.ts";
import { leadingYesOrNo, yesOrNo } from "../features/typed-lexicon.ts";
import { PAYMENT_MONTHS } from "../policy/contribution/contribution-types.ts";

/** What a typed message means as a reply to the choices the bot last offered. */
export type TypedReading =
  | { kind: "pick"; action: string }
  /** A number with no choice of that number: the bot says which numbers it offered. */
  | { kind: "out_of_range"; count: number }
  /** A number after a sum that is as likely a count of people as the button of that number: asked back. */
  | { kind: "count_or_pick"; count: number; action: string };

/**
 * Reads a typed reply to the bot's own question, the one place every flow's choices are read from: a number in
 * range, yes or no in any register ("ok", "dạ được", "thôi khỏi", "sure") when one choice means it, or a choice's
 * label or a unique part of it ("đặt nhắc", "6 tháng"), in either language. Undefined when the message is none of
 * these (a new question, an answer the flow reads itself).
 */
export function readTypedReply(
  text: string,
  pending: readonly PendingChoice[],
  lexicon: TypedRepliesFile,
  options: { numbers: boolean; people?: readonly number[] },
): TypedReading | undefined {
  if (pending.length === 0) return undefined;
  const typed = foldWords(text);
  if (!typed) return undefined;
  // ("80%" is a card's level, not the 80th button.)
  const number = text.includes("%") ? null : /^(\d{1,2})$/.exec(typed);
  if (number) {
    if (!options.numbers) return undefined;
    const index = Number(number[1]);
    // Under a sum (its buttons offer other periods), "12" past the buttons is the months to pay for.
    const underSum =
      pending.some((choice) => choice.action.startsWith(PERIOD_ACTION)) &&
      !pending.some((choice) => choice.action.startsWith(COUNT_ACTION));
    if (underSum && index > pending.length && PAYMENT_PERIODS.includes(index))
      return { kind: "pick", action: `${PERIOD_ACTION}${index}` };
    if (index < 1 || index > pending.length) return { kind: "out_of_range", count: pending.length };
    const action = pending[index - 1]!.action;
    // Under a sum (its buttons offer other periods) "2" may be two people as well as the second button, "6 tháng",
    // which would change the sum without a word: asked back. (With a count of people among the buttons, as when
    // this is asked back, the number is the button.)
    // (A count equal to the sum's own people changes nothing: the button, "1" under a sum one person pays.)
    return underSum &&
      action.startsWith(PERIOD_ACTION) &&
      action !== `${PERIOD_ACTION}${index}` &&
      !options.people?.includes(index)
      ? { kind: "count_or_pick", count: index, action }
      : { kind: "pick", action };
  }
  const means = leadingYesOrNo(text, lexicon);
  // A button labelled "Có"/"Không"/"Yes" means what its label says, so "ừ" or "ko" picks it too.
  const meant = means && only(pending.filter((choice) => meaningOfChoice(choice, lexicon) === means));
  if (meant) return meant;
  const exact = only(pending.filter((choice) => choice.labels.includes(typed)));
  if (exact) return exact;
  // "đặt nhắc cho em đi", "set them please": a whole label said with a few words of asking around it.
  const asked = only(
    pending.filter((choice) =>
      choice.labels.some(
        (label) =>
          label.includes(" ") &&
          typed.startsWith(`${label} `) &&
          typed.slice(label.length).trim().split(" ").length <= ASKING_WORDS,
      ),
    ),
  );
  if (asked) return asked;
  // A part of one label, whole words, at least two fifths of it ("đặt nhắc" for "Đặt nhắc gia hạn"), or the
  // label's first words when they say enough ("referrals" for "Referrals, other hospitals"), or its first word alone
  // when no other label starts with it ("set" for "Set reminders").
  return only(
    pending.filter((choice) =>
      choice.labels.some(
        (label) =>
          (` ${label} `.includes(` ${typed} `) && typed.length * 5 >= label.length * 2) ||
          (`${label} `.startsWith(`${typed} `) &&
            (typed.length >= LEADING_PART || (typed.length >= LEADING_WORD && !typed.includes(" ")))),
      ),
    ),
  );
}

const PERIOD_ACTION = "calc:months=";
const COUNT_ACTION = "calc:members=";

/** "2 người, hay “6 tháng”?": a bare number under a sum, asked back with both readings as buttons. */
export function countOrPick(typed: { count: number; action: string }): Outcome {
  const people = t("common:input.count_people", { count: typed.count });
  const months = Number(typed.action.slice(PERIOD_ACTION.length));
  const picked = { label: t("common:calc.button.months", { months }), action: typed.action };
  return {
    replies: [
      choices(
        [t("common:input.count_or_pick", { count: typed.count })],
        [
          {
            label: people,
            action: encodeAction({ type: "calc", field: "members", value: String(typed.count) }),
          },
          picked,
        ],
      ),
    ],
  };
}

const PAYMENT_PERIODS: readonly number[] = PAYMENT_MONTHS;
const LEADING_PART = 6;
const ASKING_WORDS = 3;
const LEADING_WORD = 3;

function meaningOfChoice(choice: PendingChoice, lexicon: TypedRepliesFile): "yes" | "no" | undefined {
  return choice.means ?? choice.labels.map((label) => yesOrNo(label, lexicon)).find(Boolean);
}

function only(found: readonly PendingChoice[]): TypedReading | undefined {
  return found.length === 1 ? { kind: "pick", action: found[0]!.action } : undefined;
}

/** The people of the sum just made (its flow, or the one kept after it), all and those who pay, for a typed number. */
export function sumPeople(session: Session): number[] {
  const data = session.flow?.id === CALC_FLOW ? session.flow.data : session.lastSum?.data;
  const members = Number(data?.members ?? 0);
  const elsewhere = Number(data?.insuredElsewhere ?? 0);
  // (Those the sum had pay for: a member the province pays for is no payer.)
  const payers = session.priced?.at(-1)?.payers;
  return members > 0 ? [members, members - elsewhere, ...(payers ? [payers] : [])] : [];
}
