import { saidBefore } from "../../core/session.ts";
import { foldForSlots, type Slots } from "../../nlu/slots/extract-slots.ts";
import { PARENT_AND_CHILDREN } from "../../nlu/slots/household-words.ts";
import type { Turn } from "../handler.ts";
import { slotExtractorOf } from "./calc-figures.ts";

const SHORT = 16;

/**
 * "vậy 3 mẹ con mình đóng tổng bao nhiêu" after a story that named the children ("nuôi 2 con 8 tuổi (lớp 3) và 2
 * tuổi"): those counted are the story's, so who among them is covered (a pupil, a young child) is read from the story
 * and this question together. The slots unchanged when the message is longer, counts no parent and children, or the
 * story adds no one covered.
 */
export function withStoryBefore(turn: Turn, slots: Slots): Slots {
  if (slots.householdSize === undefined || slots.insuredElsewhere !== undefined) return slots;
  if (turn.text.trim().split(/\s+/).length > SHORT || !PARENT_AND_CHILDREN.test(foldForSlots(turn.text)))
    return slots;
  const story = saidBefore(turn.session)[0];
  if (!story) return slots;
  const both = slotExtractorOf(turn)(`${story}. ${turn.text}`, turn.today);
  if (both.householdSize !== slots.householdSize || both.insuredElsewhere === undefined) return slots;
  const { insuredElsewhere, schoolCards, ages, coveredAges, schoolAges } = both;
  return { ...slots, insuredElsewhere, schoolCards, ages, coveredAges, schoolAges };
}
