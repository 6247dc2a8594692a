import { ADULTS_PLUS } from "./household-words.ts";
import { saysPensioner } from "./insured-members.ts";
import { countValue } from "./numbers.ts";
import { socialPensionAgeMentions } from "./social-pension-mentions.ts";

// "nhà có 5 người: tôi 47 tuổi, vợ 44, …, cháu nội 3 tuổi.": a count, then its members listed up to the sentence's end.
const COUNTED_LIST = /\b(\d{1,2}) (?:nguoi|thanh vien|people|members)\s*[,:]\s*([^.?!;]+)/;
const PERSON =
  /\b(?:toi|em|minh|vo|chong|con|chau|be|bo|me|ba|ong|anh|chi|thang|dua|i|me|my|wife|husband|son|daughter|mother|father|grand\w+)\b/;

/**
 * The household's count when someone covered is told beside the count said: after the members listed with it ("nhà
 * có 5 người: …, cháu nội 3 tuổi. Ông nội 79 tuổi đang lãnh trợ cấp xã hội.": one more for each), or "5 adults …, plus
 * grandma who gets the social pension" (one more). Undefined when the message is not told so.
 */
export function sizeWithMemberBeside(folded: string, size: number | undefined): number | undefined {
  const listed = sizeWithMemberAfterList(folded, size);
  if (listed) return listed;
  const plus = ADULTS_PLUS.exec(folded);
  return plus && size !== undefined && size === countValue(plus[1]!) ? size + 1 : undefined;
}

function sizeWithMemberAfterList(folded: string, size: number | undefined): number | undefined {
  const list = COUNTED_LIST.exec(folded);
  if (!list || size === undefined || Number(list[1]) !== size) return undefined;
  const listed = list[2]!.split(",").filter((item) => PERSON.test(item)).length;
  if (listed !== size) return undefined;
  const after = folded.slice(list.index + list[0].length);
  const extra = socialPensionAgeMentions(after) + (saysPensioner(after) ? 1 : 0);
  return extra > 0 ? size + extra : undefined;
}
