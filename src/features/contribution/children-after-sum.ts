import { foldWords } from "../../core/fold.ts";
import { choices, t, text } from "../../core/reply.ts";
import { NOT_AT_SCHOOL } from "../../nlu/slots/school-age-children.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { pupilCard } from "./other-cards.ts";

// "what about my kids?", "còn mấy đứa nhỏ thì sao", "các con có phải đóng không": the children of the household just
// summed, asked about with no new figure.
const CHILDREN_ASKED =
  /^\s*(?:(?:and|so|what about|how about|con|vay con|the con|roi|a)\s+)*(?:my |our |the )?(?:kids|children|child|son|daughter|cac con|may dua(?: nho)?|2 dua|hai dua|cac chau|con toi|con em|con minh|tui nho|be|cac be|dua (?:lon|nho|ut|giua|be)|con (?:lon|nho|ut|giua)|chau (?:lon|nho)|(?:older|younger|eldest|youngest|big|little)(?: one| kid| boy| girl)?)\b(?:[^\d]{0,40}|[^\d]{0,20}\b(?:he|she) (?:s|is) [1-5]\W*)$/;
const NEWBORN =
  /\b(?:sinh ra|moi sinh|so sinh|chao doi|ra doi|newborn|new baby|once (?:she|he|the baby) is born)\b/;
const HOUSEHOLD_SUMS = new Set(["household", "near_poor", "agri_household"]);

/**
 * After a household's sum, "what about my kids?": children under 6 are paid for by the state, and children at school
 * join through it at the pupils' share (not on the household's ladder). Undefined for other messages.
 */
export function answerChildrenAfterSum(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // "our son dropped out of school": no question, but a child to count in (not-at-school.ts).
  if (!HOUSEHOLD_SUMS.has(before.group ?? "") || !CHILDREN_ASKED.test(folded) || NOT_AT_SCHOOL.test(folded))
    return undefined;
  // ("bé sinh ra thì làm thẻ thế nào": a baby to be born, whose card is the young children's own answer.)
  if (NEWBORN.test(folded)) return undefined;
  const province = before.province && before.province !== "none" ? before.province : turn.province;
  const pupil = pupilCard(turn, turn.today, province);
  return {
    replies: [
      choices(
        [
          t("common:calc.note.children_after_sum", {
            month: vnd(pupil.person.month),
            year: vnd(pupil.person.period),
          }),
        ],
        [intentChoice("contribution.child_under6"), intentChoice("contribution.student")],
      ),
    ],
    session: { lastIntent: "contribution.household", misses: 0 },
  };
}

// "vậy con nhỏ 3 tuổi có phải đóng không", "bé 4 tuổi có tính không", "is the 2-year-old free?": one young child,
// named by an age under 6, and whether they pay.
const YOUNG_CHILD_ASKED =
  /\b(?:con|be|chau|dua|thang|con be|em be|baby|son|daughter|kid|child|toddler)(?: (?:nho|ut|lon|gai|trai|toi|em|minh))*\s+([0-5]) ?(?:tuoi|t|years? old|yo)\b.*\b(?:(?:co )?phai (?:dong|mua|tra)|dong (?:khong|ko|k|bn|bao nhieu)|mat tien|co tinh|tinh (?:khong|ko|vao)|mien|free|pay|cost|counted|included)\b/;
const YOUNG_CHILD_WORDS = 16;

/** After a household's sum, one young child asked about: paid for by the state, not in the sum. Undefined otherwise. */
export function answerYoungChildAfterSum(turn: Turn, before: CalcDraft): Outcome | undefined {
  if (!HOUSEHOLD_SUMS.has(before.group ?? "") || turn.text.trim().split(/\s+/).length > YOUNG_CHILD_WORDS)
    return undefined;
  const asked = YOUNG_CHILD_ASKED.exec(` ${foldWords(turn.text)} `);
  if (!asked) return undefined;
  return {
    replies: [text(t("common:calc.note.young_child_after_sum", { age: asked[1]! }))],
    session: { ...turn.session, misses: 0 },
  };
}
