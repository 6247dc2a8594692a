import { foldWords } from "../core/fold.ts";
import { choices, t } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { answerVarsFor, intentChoice } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/** A case a message states in words that all its patterns find, answered with one text and the topics after it. */
export interface StatedCase {
  /** Longer messages tell a story of their own: left to the topic reading. */
  maxWords: number;
  /** Every one must match the folded message (a pattern, or a reading with the same `test`). */
  needs: readonly Pick<RegExp, "test">[];
  /** The answer's text key (common namespace). */
  key: string;
  /** Topics offered after it, as buttons. */
  next: readonly string[];
  /** The topic the conversation is on afterwards. */
  topic: string;
  /** Only as a follow-up: the topic the last answer must have been on. */
  after?: string;
  /** Figures the text fills in from the policy data in force today ("full_month", "full_year"). */
  uses?: readonly string[];
}

/** A need met when no price is asked: a price asked beside the case is the sum's question, not the case's. */
export const NO_PRICE_ASKED: Pick<RegExp, "test"> = { test: (folded) => !asksHowMuch(folded) };

/** The case's answer when the message states it; undefined otherwise. */
export function answerStatedCase(turn: Turn, stated: StatedCase): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > stated.maxWords) return undefined;
  if (stated.after !== undefined && turn.session.lastIntent !== stated.after) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!stated.needs.every((pattern) => pattern.test(folded))) return undefined;
  return {
    replies: [
      choices(
        [
          t(`common:${stated.key}`, {
            hotline: turn.content.links.contacts.hotline,
            ...answerVarsFor(turn, stated.uses ?? []),
          }),
        ],
        stated.next.map(intentChoice),
      ),
    ],
    session: { lastIntent: stated.topic, misses: 0 },
  };
}

// "con trai đi nghĩa vụ quân sự rồi thì có phải mua bhyt hộ gia đình cho nó nữa không", "my son is doing his
// military service, do we still buy his card?": a conscript's card, which the state pays.
const CONSCRIPT =
  /\b(?:nghia vu quan su|di nghia vu|nhap ngu|di bo doi|dang tai ngu|nghia vu cong an|conscript\w*|military service|national service|(?:joined|in) the army)\b/;
const STILL_BUY =
  /\b(?:phai (?:mua|dong)|co (?:can|phai) (?:mua|dong)|mua (?:\w+ ){0,5}nua|dong (?:\w+ ){0,5}nua|bo (?:ra|khoi)|(?:still|need to|have to|must) (?:buy|pay|include|keep)|take (?:him|her) off|who pays)\b/;
const CONSCRIPT_WORDS = 40;

/** A conscript's card: the state budget pays it during the service (Law on Health Insurance Art. 12 §3). */
export const CONSCRIPT_CARD: StatedCase = {
  maxWords: CONSCRIPT_WORDS,
  needs: [CONSCRIPT, STILL_BUY],
  key: "conscript_card",
  next: ["contribution.household"],
  topic: "contribution.other_group",
};

// "con vừa vào đại học năm nhất, thẻ lớp 12 hết 30/9, có bị đóng trùng tiền không", "first-year student, will we pay
// twice?": a grade-12 card and a first-year card overlapping.
const FIRST_YEAR =
  /\b(?:nam nhat|sinh vien nam (?:1|mot)|sv nam (?:1|mot)|vao dai hoc|vao cao dang|nhap hoc|tan sinh vien|first[- ]year|freshman|(?:starts?|started|starting) (?:university|college))\b/;
const TWICE =
  /\b(?:dong trung|trung tien|thu trung|bi trung|2 lan|hai lan|pay(?:ing)? twice|double|overlap\w*|twice)\b/;
const OVERLAP_WORDS = 45;

/** A first-year student's card after the grade-12 one: it follows on from 1 October, nothing paid twice. */
export const FIRST_YEAR_CARD: StatedCase = {
  maxWords: OVERLAP_WORDS,
  needs: [FIRST_YEAR, TWICE],
  key: "first_year_card",
  next: ["contribution.refund", "contribution.student"],
  topic: "card.validity",
};

// "con 2 tháng, đã làm khai sinh rồi nhưng chưa có thẻ bhyt", "birth registered but no card yet": a young child whose
// card did not come with the birth registration.
const REGISTERED =
  /\b(?:da (?:lam |dang ky )?(?:giay )?khai sinh|lam (?:giay )?khai sinh (?:roi|xong)|khai sinh (?:roi|xong)|co giay khai sinh|birth (?:is |was )?registered|registered (?:the |his |her |my |our )?(?:birth|baby|child)|has a birth certificate)\b/;
const NO_CARD =
  /\b(?:chua (?:co|duoc cap|thay) (?:the|bhyt)|khong (?:co|thay) the|no (?:health insurance )?card|(?:card|insurance) (?:has not|hasn t|never) (?:come|arrived|been issued))\b/;
const REGISTERED_WORDS = 40;

/** A young child registered at birth with no card yet: the commune office or BHXH cơ sở issues it, free. */
export const REGISTERED_CHILD_CARD: StatedCase = {
  maxWords: REGISTERED_WORDS,
  needs: [REGISTERED, NO_CARD],
  key: "registered_child_card",
  next: ["contribution.child_under6"],
  topic: "contribution.child_under6",
};

// "lúc e sinh chồng có được hưởng gì ko, e ko đi làm thì có được tiền thai sản ko": social insurance's maternity pay.
const MATERNITY_PAY =
  /\b(?:tien thai san|che do thai san|tro cap thai san|tro cap (?:mot lan )?khi sinh|(?:chong|bo) (?:\w+ ){0,5}(?:duoc )?huong (?:gi|che do)|maternity (?:pay|allowance|benefit)|paternity (?:leave|pay|benefit))\b/;
const MATERNITY_WORDS = 40;

/** Whether a message asks about maternity pay (social insurance's), which no sum's follow-up answers. */
export const asksMaternityPay = (text: string): boolean => MATERNITY_PAY.test(` ${foldWords(text)} `);

/** Maternity pay is social insurance's, not health insurance's: where to ask, and what BHYT pays at the birth. */
export const MATERNITY_ALLOWANCE: StatedCase = {
  maxWords: MATERNITY_WORDS,
  needs: [MATERNITY_PAY],
  key: "outside.maternity",
  next: ["benefit.maternity", "contribution.child_under6", "contact.hotline"],
  topic: "benefit.maternity",
};

// "chồng tôi là quân nhân chuyên nghiệp, tôi và con có được nhà nước đóng bhyt không", "my husband is an army
// officer, do the kids and I have to buy?": a serving soldier's or police officer's family.
const SERVING_RELATIVE =
  /\b(?:chong|vo|bo|ba|cha|me|con|con trai|con gai|anh trai|em trai|chi gai|em gai|(?:anh|chi) (?:hai|ca|ba)|(?:anh|chi)(?= (?:toi|em|minh|tui|e)\b)|husband|wife|father|dad|son|daughter|brother|sister)(?: (?:toi|em|minh|tui|e))? (?:(?:la|lam|dang la|dang lam|dang|is|is an?|works as an?|serves|is serving) )?(?:(?:dai|thuong|trung|thieu) (?:uy|ta|tuong)(?: (?:quan doi|cong an|bo doi|bien phong|canh sat|hai quan))?|bo doi bien phong|bien phong|canh sat|(?:army|police|military) (?:captain|major|lieutenant|colonel|sergeant)|quan nhan|si quan|ha si quan|bo doi|quan doi|cong an|professional soldier|army officer|soldier|officer in the army|in the army|police officer|in the police)\b(?! (?:xuat ngu|nghi huu|ve huu|da nghi))|\b(?:than nhan|gia dinh|vo con|vo|chong|con|bo me|family|relatives?|wife|husband|children|kids) (?:cua )?(?:(?:a|an|the|of a|of an|of the) )?(?:quan nhan|si quan|ha si quan|bo doi|cong an|soldiers?|army officers?|police officers?)\b/;
const FAMILY_PAYS =
  /\b(?:thu tuc|(?:nop|lam|dang ky) (?:\w+ )?o dau|where (?:do|can) (?:i|we) (?:apply|register)|phai (?:tu )?(?:mua|dong)|(?:dc|duoc) (?:nha nuoc |nn )?(?:dong|cap|mien)|co (?:can|phai) (?:mua|dong)|nha nuoc (?:co )?(?:dong|tra|ho tro)|duoc (?:nha nuoc )?(?:dong|cap|mien)|mien phi|bao nhieu|(?:have|need) to (?:buy|pay)|must (?:we |i )?(?:buy|pay)|free|(?:state|government) (?:pay|pays|give|gives|provide|provides|cover|covers)|who pays|how much)\b/;
const SERVING_WORDS = 60;

// "bố mẹ chồng em … có được luôn không" right after: more relatives of the same serving member.
// ("còn con dâu bà thì sao", "vợ của đại úy đó … có được cấp thẻ không", "cháu nội 8 tuổi, con của đại úy".)
const MORE_RELATIVES =
  /\b(?:bo me|ba me|cha me|ba ma|bo|me|vo|chong|con)(?: (?:chong|vo|toi|em|minh|anh ay|chi ay))?\b.*\b(?:co )?(?:duoc|dc) (?:luon|nua|khong|ko|k|not)\b|\b(?:what about|and) (?:his|her|my) (?:parents|mother|father|kids|children)\b|\b(?:con dau|con re|chau(?: noi| ngoai)?|vo|chong|con)\b[^.?!]{0,40}\b(?:thi sao|(?:duoc|dc) (?:\w+ ){0,2}(?:khong|ko|k)|cua (?:(?:dai|thuong|trung|thieu) (?:uy|ta|tuong)|quan nhan|si quan|bo doi|cong an))\b/;

/** More relatives of the serving member the last question was about: the same answer (it lists the relatives). */
export function answerServingFamilyAfter(turn: Turn): Outcome | undefined {
  // (The serving member may have been told two or three messages back, more relatives asked since.)
  const told = saidBefore(turn.session).slice(0, 3).some(saysServingFamily);
  if (turn.session.lastIntent !== "contribution.other_group" || !told) return undefined;
  return answerStatedCase(turn, { ...SERVING_FAMILY_CARD, maxWords: 30, needs: [MORE_RELATIVES] });
}

/** A serving soldier's or police officer's relatives: the state budget pays their cards (Art. 12 §3; ND 70/2015). */
export const SERVING_FAMILY_CARD: StatedCase = {
  maxWords: SERVING_WORDS,
  needs: [SERVING_RELATIVE, FAMILY_PAYS],
  key: "serving_family_card",
  next: ["contribution.other_group", "contribution.student"],
  topic: "contribution.other_group",
};

// "em trai đi nghĩa vụ công an, ba mẹ có được cấp thẻ theo em không", "can his parents get free cards because of
// him?": the family of a conscript, who are a serving soldier's or police member's relatives.
const CONSCRIPT_RELATIVES =
  /\b(?:ba me|bo me|cha me|ba ma|vo (?:no|anh ay|cau ay)|vo chong (?:toi|em|minh|tui)|(?:chong|vo) (?:toi|em|minh|tui|e)|my (?:husband|wife)|theo (?:con|chau|no)|(?:my|our) (?:wife|husband) and (?:i|me)|(?:his|her|their|our|my) (?:parents|mother|father|mum|mom|dad|wife)|parents)\b/;

/** Whether a message tells of a serving soldier's, police officer's or conscript's relatives. */
export function saysServingFamily(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return SERVING_RELATIVE.test(folded) || (CONSCRIPT.test(folded) && CONSCRIPT_RELATIVES.test(folded));
}

/** A conscript's parents or wife: state-paid as a serving member's relatives (ND 70/2015), not the conscript's card. */
export const CONSCRIPT_FAMILY_CARD: StatedCase = {
  ...SERVING_FAMILY_CARD,
  needs: [CONSCRIPT, CONSCRIPT_RELATIVES, FAMILY_PAYS],
};

// "công ty nợ bảo hiểm 3 tháng rồi thẻ có dùng được không", "my employer hasn't paid social insurance for 3 months":
// the employer behind on its payments.
const EMPLOYER_BEHIND =
  /\b(?:cong ty|cty|chu|doanh nghiep|co quan|employer|company|boss)\b(?: \w+){0,3}? (?:no|chua dong|khong dong|ko dong|cham dong|tron dong|hasn t paid|has not paid|haven t paid|didn t pay|did not pay|stopped paying|owes|(?:is |are |s |has been )?(?:\w+ )?behind (?:on|with|in))\b(?: \w+){0,2}? (?:bao hiem|bhxh|bhyt|bh|social insurance|health insurance|insurance|contributions?)\b/;
const CARD_STILL =
  /\b(?:dung duoc|con dung|co dung|di kham|con han|het han|bi khoa|use|valid|still work|see a doctor|covered|(?:doesn t|does not|don t|won t) work|not working|blocked)\b/;
const BEHIND_WORDS = 40;

/** An employer behind on its payments: check the card; the employer owes what the card would have paid. */
export const EMPLOYER_BEHIND_CARD: StatedCase = {
  maxWords: BEHIND_WORDS,
  needs: [EMPLOYER_BEHIND, CARD_STILL],
  key: "employer_behind_card",
  next: ["card.lookup", "contact.hotline"],
  topic: "contribution.employee",
};

// "bv bắt em trả tiền thuốc, em tưởng bhyt trả hết mà, vậy là sao": charged at the hospital though insured.
const CHARGED =
  /\b(?:bat|phai|bi|doi) (?:(?:e|em|toi|minh|tui|me|bo|ba|ong|con|vo|chong) ){0,2}(?:tu )?(?:ra ngoai |di )?(?:tra|dong|mua|tu mua|thu) (?:them )?(?:tien|thuoc|vien phi)\b|\b(?:made|asked|charged|told) (?:me|us|my \w+) (?:to )?(?:pay|buy|for)\b/;
const WHY =
  /\b(?:tuong|sao|vi sao|tai sao|la sao|the nao|dung khong|co dung|khieu nai|phan anh|why|thought|supposed|is that right|normal|complain)\b/;
const CHARGED_WORDS = 40;
// (…at a place of care: "hộ nghèo, thẻ có phải đóng tiền ko" asks what the card costs, no bill.)
const AT_CARE =
  /\b(?:bv|benh vien|vien phi|kham|thuoc|tram y te|phong kham|nha thuoc|nam vien|cap cuu|mo|sinh|hospital|clinic|pharmacy|medicine|doctor|bill|hoa don|treatment|surgery)\b/;

/** Charged at the hospital though insured: the co-payment, what the fund does not cover, and whom to ask. */
export const CHARGED_AT_HOSPITAL: StatedCase = {
  maxWords: CHARGED_WORDS,
  needs: [CHARGED, WHY, AT_CARE],
  key: "charged_at_hospital",
  next: ["benefit.levels", "benefit.direct_reimbursement", "contact.hotline"],
  topic: "benefit.levels",
};

// "nhân viên thử việc có phải đóng ko", "is an employee on probation insured?".
const PROBATION = /\b(?:thu viec|probation\w*|trial period)\b/;
const MUST_PAY =
  /\b(?:phai (?:dong|mua|tham gia)|co (?:dong|phai dong)|bat buoc|dong bhyt|(?:have|need) to (?:pay|be insured|insure)|must (?:we |i )?(?:pay|insure)|compulsory|insured|covered)\b/;
const PROBATION_WORDS = 35;

/** An employee on probation: a separate probation contract is not insured; probation inside the labour contract is. */
export const PROBATION_CARD: StatedCase = {
  maxWords: PROBATION_WORDS,
  needs: [PROBATION, MUST_PAY],
  key: "probation_card",
  next: ["contribution.employee"],
  topic: "contribution.employee",
};

// "em cần giấy tờ gì để chứng minh với trường là hộ cận nghèo", "what papers does the school need to show we're
// near-poor": the proof a school asks for.
const POOR_LISTED = /\b(?:can ngheo|ho ngheo|near[- ]poor|poor household)\b/;
const PROOF =
  /\b(?:chung minh|giay to gi|giay to nao|giay xac nhan|giay chung nhan|proof|prove|what papers|which papers|documents?)\b/;
const SCHOOL = /\b(?:truong(?! hop)|nha truong|school|university|college)\b/;
const PROOF_WORDS = 35;

/** The papers that show a school a pupil's household is near-poor: the commune's certificate. */
export const NEAR_POOR_PROOF: StatedCase = {
  maxWords: PROOF_WORDS,
  needs: [POOR_LISTED, PROOF, SCHOOL],
  key: "near_poor_proof_school",
  next: ["contribution.near_poor", "contribution.student"],
  topic: "contribution.student",
};

// "đang đóng BHXH tự nguyện, có cần mua thêm BHYT không", "does voluntary social insurance include health
// insurance?": voluntary social insurance…
const VOLUNTARY_SI = /\b(?:bhxh|bao hiem xa hoi) tu nguyen\b|\bvoluntary social insurance\b/;
// …asked whether it brings a health insurance card.
const INCLUDES_BHYT =
  /\b(?:bhyt|bao hiem y te|the|health insurance|health card|insurance card)\b.*\b(?:khong|ko|k|chua|nua|them|include\w*|cover\w*|come with|also)\b|\b(?:co|duoc|gom|kem|include\w*|cover\w*|come with)\b.*\b(?:bhyt|bao hiem y te|health insurance)\b/;
const VOLUNTARY_WORDS = 40;

/** Voluntary social insurance pays pensions and death benefits only: health insurance is bought on its own. */
export const VOLUNTARY_SI_ONLY: StatedCase = {
  maxWords: VOLUNTARY_WORDS,
  needs: [VOLUNTARY_SI, INCLUDES_BHYT],
  key: "voluntary_si_only",
  next: ["contribution.household", "enroll.where"],
  topic: "contribution.household",
};

// "muốn gia hạn cho cả mẹ nữa, làm chung 1 lần được ko", "can I renew for my mother too in one payment?": several
// members of one household paid for together…
const PAID_TOGETHER =
  /\b(?:chung (?:1|mot) lan|cung (?:1|mot) lan|cung luc|mot lan luon|dong chung|lam chung|together|at the same time|in one (?:go|payment|transaction))\b/;
const ANOTHER_MEMBER =
  /\b(?:cho ca|ca (?:me|bo|ba|vo|chong|con|nha)|(?:me|bo|vo|chong) (?:e|em|toi|minh) nua|for (?:my |our )?(?:mother|mum|mom|father|dad|wife|husband|parents|kids|children) (?:too|as well)|both of us|the whole family)\b/;
const RENEWS = /\b(?:gia han|dong|mua|nop|renew\w*|pay\w*|buy\w*)\b/;
const TOGETHER_WORDS = 35;

/** Members of one household renewed in one payment: yes, each at their place on the ladder. */
export const RENEWED_TOGETHER: StatedCase = {
  maxWords: TOGETHER_WORDS,
  needs: [RENEWS, PAID_TOGETHER, ANOTHER_MEMBER],
  key: "renewed_together",
  next: ["enroll.online_payment", "enroll.where"],
  topic: "enroll.renew",
};
