import { foldWords } from "../core/fold.ts";
import type { Outcome, Turn } from "./handler.ts";
import { showMore } from "./show-more.ts";

// "thẻ bị gián đoạn 2 tháng thì có mất 5 năm liên tục không": a gap is what the details say, so they come first.
const GAP =
  /\b(?:gian doan|dut quang|dut|ngat quang|bo cach|khong lien tuc|tre han|qua han|gap|lapsed?|break|interrupted|missed)\b/;

/** The five-years answer's details first when the question is about a gap in the years. */
export function answerFiveYearGap(turn: Turn, intent: string): Outcome | undefined {
  return GAP.test(` ${foldWords(turn.text)} `) ? showMore(turn, intent) : undefined;
}
