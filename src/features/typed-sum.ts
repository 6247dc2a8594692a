import { foldDiacritics, foldWords } from "../core/fold.ts";
import { type AnswerValue, type TextRef, t, text } from "../core/reply.ts";
import { vnd } from "../policy/answer-vars.ts";
import type { Outcome, Turn } from "./handler.ts";

// "1,366,200", "683.100", "1.366.200đ": an amount written with thousands separators.
const AMOUNT = /(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d.,]*\d)/g;
// "plus", "+", "cộng", "tổng", "total", "in all": the amounts are to be added.
const ADDED = /\+|\b(?:plus|total|sum|in all|altogether|together|cong|tong|tong cong|tat ca)\b/;
// (A salary with its allowances, or a bill, is summed by the topics that price them: "lương 5.000.000 + phụ cấp…".)
const PRICED_ELSEWHERE =
  /\b(?:dong|nop|tra|pay|pays|paid|luong|phu cap|thu nhap|salary|wage|allowance|income|vien phi|hoa don|bill|chi phi|costs?)\b/;
// "2 triệu 160", "1 triệu 366", "3 trieu": an amount said as people say it, the thousands after "triệu".
const MILLIONS_SPOKEN = /\b(\d{1,3}) ?(?:trieu|tr)(?: ?(\d{1,3}))?\b(?! ?(?:nguoi|thang|nam))/g;
// "683 nghìn", "500k": thousands said as such.
const THOUSANDS_SPOKEN = /(?<!\b(?:trieu|tr) )\b(\d{1,3}) ?(?:nghin|ngan|k)\b/g;
const millionsSpoken = (millions: string, rest: string | undefined) =>
  Number(millions) * 1_000_000 + (rest ? Number(rest.padEnd(3, "0")) * 1000 : 0);
const SUM_WORDS = 20;
const CHECKED_SUM_WORDS = 32;
// "A cộng B là C", "A + B = C đúng không", "A plus B is C, right?": the last amount is the writer's result.
const RESULT_SAID =
  /\d\s*(?:d|dong|vnd)?\s*,?\s*(?:=|\b(?:la|bang|thanh|ra|is|equals|makes|comes to|cong lai|tong cong|tong la|in total)\b)\s*\d[\d.,]*\s*(?:d|dong|vnd)?[\s,.]*(?:(?:dung|phai) (?:khong|ko|k|chua)|chu|a|nhi|right|correct|is that right|is that correct|yes or no|isn t it)?(?:\s+(?:e|em|a|ad|anh|chi|ban|chau|co|nhe|nha|nhi|oi|ha))*\W*$/;
const MOST_TERMS = 3;
// "683.100 x 2", "683.100đ × 2", "683,100 times 2": an amount taken a number of times.
const MULTIPLIED = /^\s*(?:đ|d|vnd|đồng)?\s*(?:x|×|\*|nhân|nhan|times)\s*(\d{1,2})\b/i;
type Shown = AnswerValue | TextRef;
interface Term {
  value: number;
  shown: Shown;
  times: number;
}
// "hai đứa mỗi đứa 683.100, là 1.366.200, cộng vợ 1.366.200": an amount that is the one before it taken a few times (or
// the amounts before it added) is their subtotal, said on the way, not one more term.
const MOST_TIMES = 9;
function withoutSubtotals(terms: Term[]): Term[] {
  const kept: Term[] = [];
  for (const term of terms) {
    const last = kept.at(-1);
    const times = last ? term.value / last.value : 0;
    const sum = kept.reduce((total, t) => total + t.value, 0);
    if (last && Number.isInteger(times) && times > 1 && times <= MOST_TIMES) {
      kept[kept.length - 1] = {
        value: term.value,
        shown: t("common:typed_sum.times", { amount: vnd(last.value), times }),
        times,
      };
    } else if (kept.length > 1 && term.value === sum) kept.splice(0, kept.length, term);
    else kept.push(term);
  }
  return kept;
}
const plainTerm = (value: number): Term => ({ value, shown: vnd(value), times: 1 });
function writtenTerm(said: string, match: RegExpMatchArray): Term {
  const amount = Number(match[0].replace(/[.,]/g, ""));
  const times = Number(MULTIPLIED.exec(said.slice(match.index! + match[0].length))?.[1] ?? 1);
  if (times <= 1) return plainTerm(amount);
  return { value: amount * times, shown: t("common:typed_sum.times", { amount: vnd(amount), times }), times };
}

/**
 * "wife 1,366,200 plus son 683,100, total per year?", "1.366.200 + 683.100 là bao nhiêu": amounts the user copied
 * from earlier answers, added up for them. Undefined unless two or three amounts are asked to be added.
 */
export function answerTypedSum(turn: Turn): Outcome | undefined {
  // "Cháu sinh viên đóng ở trường 683.100 mà. Vậy tổng là 1.366.200 cộng 683.100 bằng 2.049.300 phải không?": a
  // result said is checked in its own sentence, whatever the sentences before it say.
  const resultSaid = RESULT_SAID.test(foldDiacritics(turn.text).toLowerCase());
  // ("… = 3,688,740. Right?": the sentence with the amounts, not the question word after it.)
  const lastWithAmounts = turn.text.split(/(?<=[.!?])\s+(?=\S)/).findLast((sentence) => /\d/.test(sentence));
  const said = resultSaid ? (lastWithAmounts ?? turn.text) : turn.text;
  // (A result checked may come with who each amount is for: "2 vc mua hộ gđ 2.322.540, 2 đứa con 1.366.200, cộng lại…".)
  if (said.trim().split(/\s+/).length > (resultSaid ? CHECKED_SUM_WORDS : SUM_WORDS)) return undefined;
  const folded = ` ${foldWords(said)} `;
  // ("… = 4.508.460 đồng": the currency after an amount, which folds as "đóng" does, is no payment.)
  const unpriced = folded.replace(/(\d) (?:d|dong|vnd)\b/g, "$1");
  if ((!ADDED.test(folded) && !said.includes("+")) || PRICED_ELSEWHERE.test(unpriced)) return undefined;
  const terms = [
    ...[...said.matchAll(AMOUNT)].map((m) => writtenTerm(said, m)),
    ...[...folded.matchAll(MILLIONS_SPOKEN)].map((m) => plainTerm(millionsSpoken(m[1]!, m[2]))),
    ...[...folded.matchAll(THOUSANDS_SPOKEN)].map((m) => plainTerm(Number(m[1]) * 1000)),
  ];
  const amounts = terms.map((term) => term.value);
  // "4.371.840 cộng 683.100 là 5.054.940 đúng không?", "3.142.260 + 683.100 + 683.100 = 4.508.460 đúng không?": the
  // writer's own result, checked rather than added in.
  // ("1.366.200 + 683.100 x 2 = 2.732.400": a term times a count is one term.)
  const checked = resultSaid && (amounts.length >= MOST_TERMS || terms.some((term) => term.times > 1));
  if (checked && amounts.length >= 2 && amounts.length <= MOST_TERMS + 1) {
    const result = amounts.at(-1)!;
    const plain = terms.slice(0, -1);
    // (A subtotal is read as one only when that makes the writer's sum come out: "con 683.100 + vợ 1.366.200" is two.)
    const collapsed = withoutSubtotals(plain);
    const totalOf = (list: Term[]) => list.reduce((sum, term) => sum + term.value, 0);
    const added = totalOf(plain) !== result && totalOf(collapsed) === result ? collapsed : plain;
    const total = added.reduce((sum, term) => sum + term.value, 0);
    const key = total === result ? "common:typed_sum.checked_right" : "common:typed_sum.checked_wrong";
    const a =
      added.length === 2
        ? added[0]!.shown
        : t("common:typed_sum.terms", { first: added[0]!.shown, second: added[1]!.shown });
    return {
      replies: [text(t(key, { a, b: added.at(-1)!.shown, said: vnd(result), total: vnd(total) }))],
      session: { lastIntent: turn.session.lastIntent ?? "contribution.household", misses: 0 },
    };
  }
  if (amounts.length < 2 || amounts.length > MOST_TERMS) return undefined;
  const [a, b, c] = terms.map((term) => term.shown) as [Shown, Shown, Shown | undefined];
  const total = vnd(amounts.reduce((sum, amount) => sum + amount, 0));
  const line = c
    ? t("common:typed_sum.three", { a, b, c, total })
    : t("common:typed_sum.two", { a, b, total });
  return {
    replies: [text(line)],
    session: { lastIntent: turn.session.lastIntent ?? "contribution.household", misses: 0 },
  };
}

// "…chỉ phải đóng 1.366.200 thôi đúng không?", "so it's 2,049,300 in all, right?": a figure read back for a yes.
/** "…đúng không?", "right?": a yes asked for what the message reads back. */
export const CONFIRM_ASKED =
  /\b(?:(?:dung|phai) (?:khong|ko|k|hong|hem|chua)|dung roi chu|phai vay khong|right|correct|is that right|is that correct|yes or no)\b\W*$/;
const CONFIRM_WORDS = 30;
const SPOKEN_ROUNDING = 1000;

/**
 * "Vậy nhà tôi chỉ phải đóng cho con gái 1.366.200 thôi đúng không?": an amount this conversation gave (one sum, or
 * all of them together), read back for a yes: yes, with what it is. Undefined for any other amount.
 */
export function answerFigureConfirmed(turn: Turn): Outcome | undefined {
  const priced = turn.session.priced ?? [];
  if (priced.length === 0 || turn.text.trim().split(/\s+/).length > CONFIRM_WORDS) return undefined;
  if (!CONFIRM_ASKED.test(` ${foldWords(turn.text)}`)) return undefined;
  const written = [...turn.text.matchAll(AMOUNT)].map((m) => Number(m[0].replace(/[.,]/g, "")));
  // ("chỉ tốn 1tr366 thôi đúng ko": said to the thousand, the figure given is the one meant.)
  const spoken = [...foldWords(turn.text).matchAll(MILLIONS_SPOKEN)].map((m) => millionsSpoken(m[1]!, m[2]));
  if (written.length + spoken.length !== 1) return undefined;
  const all = priced.reduce((sum, p) => sum + p.year, 0);
  const given = [...priced.map((p) => p.year), all];
  const amount = written.length
    ? given.find((year) => year === written[0])
    : given.find((year) => Math.abs(year - spoken[0]!) < SPOKEN_ROUNDING);
  if (amount === undefined) return undefined;
  return {
    replies: [text(t("common:typed_sum.confirmed", { amount: vnd(amount) }))],
    session: { lastIntent: turn.session.lastIntent ?? "contribution.household", misses: 0 },
  };
}
