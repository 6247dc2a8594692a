import type { Outcome, Turn } from "../handler.ts";
import { answerStatedCase, type StatedCase } from "../stated-cases.ts";

// "Do I pay the 683,100 all at once?", "đóng một lần hay chia ra mấy đợt": whether a school card is paid in one go.
const AT_ONCE =
  /\b(?:all at once|at once|in one go|in one payment|in (?:parts|instal+ments)|instal+ments?|split (?:it|the payment)|(?:dong|tra|nop) (?:mot|1) lan|mot cuc|tra gop|chia (?:ra|lam) (?:may |nhieu )?(?:dot|lan|ky)|(?:dong|nop) (?:theo|tung) (?:dot|ky)|may dot)\b/;
const INSTALMENT_WORDS = 25;

/** A school card's price paid through the school for 3, 6 or 12 months at a time, as it collects. */
const SCHOOL_CARD_INSTALMENTS: StatedCase = {
  maxWords: INSTALMENT_WORDS,
  needs: [AT_ONCE],
  key: "school_card_instalments",
  next: ["enroll.where", "card.validity"],
  topic: "contribution.student",
  uses: ["student_person_month", "student_person_year"],
};

/** Whether a school card is paid at once, asked a few questions after a pupil's or student's price. */
export function answerSchoolCardInstalments(turn: Turn): Outcome | undefined {
  // (Right after the price, the students' own answer gives each period's figure: this is for later in the talk.)
  if (turn.session.lastIntent === "contribution.student") return undefined;
  const schoolPriced = (turn.session.priced ?? []).some((sum) => sum.group === "student");
  return schoolPriced ? answerStatedCase(turn, SCHOOL_CARD_INSTALMENTS) : undefined;
}
