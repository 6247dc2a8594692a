import { foldWords } from "../core/fold.ts";
import { asksHowMuch } from "./how-much.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { householdSizeOf } from "./slots/household-size.ts";
import { insuredElsewhereOf } from "./slots/insured-elsewhere.ts";
import { childAgesOf } from "./slots/school-age-children.ts";

// "có phải mua bhyt cho con không", "do I have to buy health insurance for them", "need to buy anything for the kids":
// "2 bé có phải mua ko": whether the children need a card bought, not what the household pays.
// "cháu 9 tuổi với thằng cu 5 tuổi thì sao, có phải đóng không": the children named, then asked of.
const BUY_FOR_CHILDREN =
  /\b(?:(?:(?:2|hai|3|ba|cac|may) (?:be|con|dua|chau)|(?:be|con|chau|dua) (?:lon|nho|ut)) (?:co |thi )?(?:phai|can) (?:mua|dong)|(?:co )?(?:phai|can|nen) (?:mua|dong|lam)(?: (?:bhyt|bh|bao hiem(?: y te)?|the(?: bhyt)?))? cho (?:(?:2|hai|3|ba|cac|may) )?(?:con|chau|be|dua|tui nho)|mua (?:bhyt |bao hiem |the )?cho (?:(?:2|hai|3|ba|cac) )?(?:con|chau|be|dua)(?: \w+){0,2} (?:khong|ko|k|chua)|(?:have|need) to (?:buy|get|pay for)\b[^.?!]{0,40}\bfor (?:them|the kids|my kids|our kids|the children|my children|our children|both(?: of them)?)|(?:do|does) (?:the kids|my kids|our kids|they|the children|my children|our children) need (?:health insurance|insurance|a card|cards)|(?:thi sao|the nao)(?: ,)? (?:co )?(?:phai|can) (?:mua|dong)(?: (?:bhyt|bh|the))? (?:khong|ko|k)|(?:be|con|chau|dua)(?: trai| gai)? \d{1,2} ?(?:tuoi|t) (?:co |thi )?(?:phai|can) (?:mua|dong)|(?:bhyt|bao hiem|the) (?:cho )?(?:2|hai|3|ba) (?:dua|be|chau|con)\b[^.?!]{0,60}\b(?:bao nhieu|bn)|(?:health insurance|insurance|cards?) for (?:my|our) (?:two|2|three|3) (?:kids|children)\b[^?!]{0,80}\bhow much)\b/;

/**
 * The ages of the children a message asks about when it asks whether they need a card bought ("2 con 7 tuổi và 2
 * tuổi thì có phải mua bhyt cho con không"), two or more named by age; undefined for any other message.
 */
export function childrenAskedAbout(message: string): number[] | undefined {
  if (!BUY_FOR_CHILDREN.test(` ${foldWords(message)} `)) return undefined;
  const ages = childAgesOf(foldForSlots(message));
  return ages.length >= 2 ? ages : undefined;
}

/**
 * The children's cards asked about alone: not beside the parent's own price ("e mua hết bao nhiêu, 2 bé có phải mua
 * ko" is the household's sum, with each child's card under it).
 */
export function childrenAskedAlone(message: string): boolean {
  if (!childrenAskedAbout(message)) return false;
  if (!asksHowMuch(message)) return true;
  const folded = foldForSlots(message);
  const size = householdSizeOf(folded);
  return size === undefined || (insuredElsewhereOf(folded) ?? 0) >= size;
}
