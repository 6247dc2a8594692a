import { foldWords } from "../core/fold.ts";
import { type AnswerValue, t, text } from "../core/reply.ts";
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
const MILLIONS_SPOKEN = /\b(\d{1,3}) ?(?:trieu|tr)(?: (\d{1,3}))?\b(?! ?(?:nguoi|thang|nam))/g;
// "683 nghìn", "500k": thousands said as such.
const THOUSANDS_SPOKEN = /(?<!\b(?:trieu|tr) )\b(\d{1,3}) ?(?:nghin|ngan|k)\b/g;
const millionsSpoken = (millions: string, rest: string | undefined) =>
  Number(millions) * 1_000_000 + (rest ? Number(rest.padEnd(3, "0")) * 1000 : 0);
const SUM_WORDS = 20;
const MOST_TERMS = 3;

/**
 * "wife 1,366,200 plus son 683,100, total per year?", "1.366.200 + 683.100 là bao nhiêu": amounts the user copied
 * from earlier answers, added up for them. Undefined unless two or three amounts are asked to be added.
 */
export function answerTypedSum(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > SUM_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if ((!ADDED.test(folded) && !turn.text.includes("+")) || PRICED_ELSEWHERE.test(folded)) return undefined;
  const amounts = [
    ...[...turn.text.matchAll(AMOUNT)].map((m) => Number(m[0].replace(/[.,]/g, ""))),
    ...[...folded.matchAll(MILLIONS_SPOKEN)].map((m) => millionsSpoken(m[1]!, m[2])),
    ...[...folded.matchAll(THOUSANDS_SPOKEN)].map((m) => Number(m[1]) * 1000),
  ];
  if (amounts.length < 2 || amounts.length > MOST_TERMS) return undefined;
  const [a, b, c] = amounts.map(vnd) as [AnswerValue, AnswerValue, AnswerValue | undefined];
  const total = vnd(amounts.reduce((sum, amount) => sum + amount, 0));
  const line = c
    ? t("common:typed_sum.three", { a, b, c, total })
    : t("common:typed_sum.two", { a, b, total });
  return {
    replies: [text(line)],
    session: { lastIntent: turn.session.lastIntent ?? "contribution.household", misses: 0 },
  };
}
