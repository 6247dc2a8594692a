import { COUNT } from "./numbers.ts";

// "chồng chị mất năm ngoái", "bố mẹ em ly hôn", "my late husband": someone named who is no longer in the household.
const DIED =
  /^\s*(?:(?:toi|em|minh|tui|chi|anh|co|ba|ong)\s+)?(?:da |moi |vua )?(?:mat|qua doi|tu tran|chet|died|passed away|passed)\b(?!\s*(?:the|viec|suc|kha nang|tien))/;
const APART =
  /^\s*(?:(?:toi|em|minh|tui)\s+)?(?:da |moi )?(?:ly hon|ly di|ly than|chia tay|bo nhau|divorced|separated|split up)\b/;
// "mẹ vợ 66 tuổi ở chung nhưng có hộ khẩu riêng", "registered as a separate household": on another household's card.
const OWN_REGISTRATION =
  /^[^,.;]{0,40}\b(?:(?:co|la|thuoc|o) )?(?:ho khau rieng|so ho khau rieng|khac ho khau|tach ho(?: rieng)?|ho rieng|(?:his|her|their) own household registration|(?:a )?separate(?:ly)? (?:household|registered)|registered (?:at|in|to) (?:a |another )(?:different )?(?:address|household))\b/;
// How far after the person named the death or the parting is looked for.
const REACH = 25;

const SURVIVORS_OF = /\b(?:tu tuat|tuat|tien tuat)\b(?: \w+){0,5} (?:cua|tu) $/;

/** Whether the person named at `named` is said, right after, to have died or to live apart, or is "late". */
export function goneFromHousehold(folded: string, named: RegExpMatchArray): boolean {
  const end = named.index! + named[0].length;
  const after = folded.slice(end, end + REACH);
  return (
    DIED.test(after) ||
    APART.test(after) ||
    OWN_REGISTRATION.test(folded.slice(end)) ||
    /\blate $/.test(folded.slice(Math.max(0, named.index! - 5), named.index!)) ||
    // ("mẹ tôi hưởng chế độ tử tuất hằng tháng của bố tôi": the one whose survivors' allowance it is has died.)
    SURVIVORS_OF.test(folded.slice(Math.max(0, named.index! - 40), named.index!))
  );
}

/** "what about my wife? … if we buy together", "both of us": the one relative named and the writer, together. */
export const WITH_WRITER =
  /\b(?:(?:we|i) (?:\w+ )?(?:buy|pay|get|join) (?:it |one |them |cards? )?together|both of us|the two of us|(?:toi|em|minh|tui) (?:va|voi) (?:vo|chong)(?: (?:toi|em|minh|tui))? (?:cung |mua chung|dong chung)|mua chung voi (?:toi|em|minh|tui)|(?:toi|em|minh|tui) mua chung)\b/;

// Words the household's count reads: people bought for, taken together, a parent with children, a spouse, a child.
export const BOUGHT_FOR =
  /\b(?:for (?:her|him|my wife|my husband)|cho (?:vo|chong) (?:toi|em|minh|tui)?)\b.{0,40}\b(?:and|va|voi)\b/;
// "my wife is 33, housewife, and our kids are 4 and 8": the spouse and the children the writer lists as theirs.
export const SPOUSE_AND_OUR_KIDS =
  /\bmy (?:wife|husband) is \d{2}\b.*\bour (?:kids|children|sons|daughters|boys|girls)\b/;
export const TAKEN_AS_US = /\b(?:we|us|both of us|together|chung toi|chung em|vo chong|hai dua|ca hai)\b/;
export const TAKEN_TOGETHER =
  /\b(?:both|both of them|neither|they|them|their|together|ca hai|ca 2|hai nguoi|2 nguoi|hai ong ba|2 ong ba)\b/;
export const PARENT_AND_CHILDREN = new RegExp(`\\b${COUNT} (?:me con|bo con|ba con|cha con)\\b`);
export const SPOUSE = /\b(?:chong|vo|husband|wife)\b/;
export const CHILD_CLAUSE =
  /\b(?:grade|pupil|student|school|hoc lop|hoc sinh|di hoc|year old|\d{1,2}[- ]year[- ]old|chau|be|con|child|kid|son|daughter)\b/;

const PEOPLE_COUNT = "(?:\\d{1,2}|hai|ba|bon|nam|sau|two|three|four|five|six) (?:nguoi|ng|people|persons)\\b";
/** "sao có 2 người, … là 3 người mà": a count the citizen questions, with the one they mean said after it. */
export const QUESTIONED_COUNT = new RegExp(
  `\\b(?:sao|why)(?: (?:lai|co|chi|tinh|only|just|did you (?:say|count)))* ${PEOPLE_COUNT}(?=.*\\b${PEOPLE_COUNT})`,
  "g",
);

/** "khác sổ hộ khẩu", "not on the same household registration": not one household. */
export const NOT_SAME_HOUSEHOLD =
  /\b(?:(?:khong|ko|k|chua) (?:cung|chung|o chung|o cung) (?:(?:so )?ho khau|ho|dia chi|nha|cho o|noi o)|khac (?:so )?ho(?: khau)?|(?:khong|ko|k) o chung|(?:not|aren t|isn t|are not|is not) (?:registered )?(?:on|in|at) (?:the )?same (?:household|address|residence|registration|household book|family book)|(?:different|separate) (?:household|address|residence)s?)\b/;

/** "5 adults …, plus grandma", "5 người lớn…, thêm bà nội": grown-ups counted, then one elder beside them. */
export const ADULTS_PLUS =
  /\b(\d|hai|ba|bon|nam|sau|two|three|four|five|six) (?:adults|grown ups|nguoi lon)\b[^.?!]{0,60}?\b(?:plus|besides|as well as|and also|them|cong them|ngoai ra (?:con|co)|con co)\s+(?:(?:my|our|the) )?(?:grandma|grandpa|grandmother|grandfather|granny|ba noi|ba ngoai|ong noi|ong ngoai|cu|ba cu|ong cu)\b/;

const KIN =
  "(?:vo|chong|me|bo|ba|ma|cha|con(?: trai| gai)?|anh(?: trai)?|chi(?: gai)?|em(?: trai| gai)?|ong|no|chau)";
const MINE_AGED = "(?: (?:toi|em|minh|tui|e))?(?: \\d{1,3}(?: tuoi)?)?";
const TWO_TOGETHER = new RegExp(
  `\\b${KIN}${MINE_AGED} (?:voi|va) ${KIN}${MINE_AGED} (?:mua|dong|tham gia) chung\\b`,
);
const FOR_ME_AND_ONE =
  /\b(?:mua|dong|tham gia)(?: \w+){0,4}? cho (?:minh|toi|em|tui) (?:va|voi) (?:chau|con|em|me|bo|vo|chong|ba|ong)(?: (?:gai|trai|noi|ngoai))?(?: (?:toi|em|minh|tui))?(?: \d{1,2} ?(?:tuoi|t)\b)?(?!\s*,?\s*(?:va|voi|\d|con|chau|em|me|bo|vo|chong|nha)\b)/;
const FOR_BOTH = /\b(?:for both|both of us|cho ca (?:hai|2))\b/;
const SCHOOL_NAMED = /\b(?:student|pupil|sinh vien|hoc sinh|school|truong|university|dai hoc)\b/;

/**
 * Two people bought for together: "vợ tôi với nó mua chung", "total for both", "cho cả hai ông bà" (not with a pupil or
 * student beside, whose card is their own: "total for both, me plus the student"), or the writer and one relative
 * ("mua BHYT hộ gia đình cho mình và cháu gái 19 tuổi (con anh trai…)").
 */
export function twoBoughtFor(folded: string): boolean {
  return (
    TWO_TOGETHER.test(folded) ||
    (FOR_BOTH.test(folded) && !SCHOOL_NAMED.test(folded)) ||
    FOR_ME_AND_ONE.test(folded)
  );
}
