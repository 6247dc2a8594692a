import { foldSpaced } from "../core/fold.ts";

const folded = foldSpaced;
// "below what amount is a visit paid in full", "khám dưới bao nhiêu tiền thì được trả 100%": the small-visit rule;
// "my clinic bill was 300,000 VND, how much do I pay myself": the rule applied to a bill.
const FULLY_PAID =
  /\b(?:paid in full|fully (?:paid|covered)|covered in full|free|100 ?%|100 phan tram|tra (?:het|du|100)|mien phi|khong mat tien|khong phai tra)\b/;
const VISIT =
  /\b(?:visit|consultation|check-up|checkup|check up|clinic|charged|bill|kham o|kham tai|lan kham|kham benh|di kham|luot kham|hoa don|chi phi kham|tien kham|vien phi|kham het|mo het|ca mo|phau thuat het|kham \d+ lan|kham duoi|kham mat|chua benh het|kham ngoai tru|ngoai tru|out-patient|outpatient|doctor s visit|nam vien|(?<!\b(?:hoc sinh|truong|lop|ban|ky tuc) )(?:nam |dieu tri )?noi tru|hospital bill|in hospital|hospital stay|(?:was |were )?admitted|inpatient|in-patient|mo (?:tim|ruot thua|ruot|da day|mat|soi|u|lay thai|de|noi soi|khop|xuong|gan|thoat vi|tui mat|cot song|dau goi|tuyen giap|bao tu|khoi u)|(?:sap|se|ca|di|phai|can|chi phi|tien) mo\b(?! (?:app|ung dung|tai khoan|the|tk))|phau thuat|dieu tri het|(?:sinh|de) (?:thuong|mo)|di sinh|di de|chi phi dieu tri|tien dieu tri|treatment (?:costs?|bill|will cost)|giving birth|gave birth|(?:the )?delivery|(?:the|a|my) birth|costs?(?= \d)|costing(?= \d)|(?:heart |an )?(?:surgery|operation)|caesarean|cesarean|c section|tien thuoc|lay thuoc|mua thuoc|xet nghiem|medicines?|(?:lab )?tests|(?:went|go|going) to (?:my |the |a )?(?:registered |local |district |provincial )?(?:hospital|clinic))\b/;
const SMALL =
  /\b(?:cheap|small|below what|under what|less than|what amount|duoi bao nhieu|it tien|re|nho|duoi muc|bao nhieu tien thi|threshold|limit|nguong)\b/;
const OWN_SHARE =
  /\b(?:how much do i pay|how much (?:should|shall|would|will|must) (?:i|we|he|she) pay|should (?:i )?(?:have )?(?:paid|pay)|pay myself|pay out of pocket|(?:have|need) to pay|must pay|pay the (?:rest|other|20|5)|tu tra|phai tra|minh tra|tra bao nhieu|tra bn|tra nhieu|tra duoc bao nhieu|tra duoc may|tra dong nao|mat bao nhieu|bu bao nhieu|tra may|insurance pay|does (?:it|insurance|bhyt) pay|do i (?:have to |need to )?pay \d{1,3}|(?:phai )?tra \d{1,3} (?:phan tram|%)|(?:does|will) (?:it|insurance|bhyt) cover|insurance covers?|what (?:do|does) (?:i|he|she|we|they) pay|(?:i|we|she|he) (?:would|will|should|d|ll) (?:have to )?pay(?= \d)|how much (?:of (?:the |it|that)(?:bill )?)?(?:does|do|will|would) (?:i |he |she |we |they )?pay|(?:what s |what is )?my share|(?:do|will|can|would) (?:i|we) get back|how (?:is|will) (?:it|the bill) (?:be )?split|phan (?:minh|toi|em) (?:tra|chiu))\b/;
// ("200,000" folds to "200 000": its thousands, spaced.)
const AMOUNT_VND =
  /\b\d{1,3}(?:[., ]\d{3})+\b|\b\d{1,3} ?(?:tr|trieu|m)\d\b|\b\d+(?:[.,]\d+)?\s?(?:k|nghin|ngan|dong|vnd|d|trieu|tr|million)\b/;

/** Whether a message names an amount of money ("3 triệu", "600k", "1.500.000 đ"). */
export const namesAmount = (text: string): boolean => AMOUNT_VND.test(folded(text));

/** Whether a message gives a visit's bill and asks what the writer pays of it. */
export function billGiven(text: string): boolean {
  const f = folded(text);
  return VISIT.test(f) && AMOUNT_VND.test(f.replace(INCOME_AMOUNT, " ")) && OWN_SHARE.test(f);
}
// "đang lãnh trợ cấp hưu trí xã hội 500 nghìn", "a 6 million pension": an income's amount, no bill (not "có lương hưu,
// mổ hết 50 triệu", a bill after the pension named).
const INCOME_AMOUNT =
  /\b(?:tro cap|luong huu|tien huu|luong|thu nhap|pension|allowance|salary|income)\b(?: (?!mo|het|vien|nam|kham|chi|surgery|bill|operation|hospital|costs?|treatment)[a-z]+){0,4} \d+(?:[.,]\d+)*\s?(?:k|nghin|ngan|dong|vnd|d|trieu|tr|million)?\b/g;

/** Whether a message asks about the small-visit rule (a cheap visit paid in full), or applies it to a bill. */
export function asksSmallVisit(text: string): boolean {
  const f = folded(text.replaceAll("%", " phan tram "));
  // ("khám hết 300 nghìn có được trả hết không": a bill's amount asked as paid in full is the rule applied.)
  return (FULLY_PAID.test(f) && VISIT.test(f) && (SMALL.test(f) || AMOUNT_VND.test(f))) || billGiven(text);
}

/** Whether a message names a visit's or a stay's bill with an amount ("what if my bill was only 300,000 VND"). */
export function namesBill(text: string): boolean {
  const f = folded(text);
  return VISIT.test(f) && AMOUNT_VND.test(f);
}

// "and 2 million?", "còn 5 triệu thì sao": an amount alone, right after a bill worked out.
const AMOUNT_ALONE = new RegExp(
  `^\\s*(?:(?:and|what about|how about|if|if it s|if it was|so|con|the|vay|neu|con neu|the con)\\s+)*(?:${AMOUNT_VND.source})(?:\\s+(?:thi sao|then|nhe|a|thi|instead))*\\s*$`,
);

/** "vậy 120tr thì e phải trả bao nhiêu": an amount and the writer's share of it asked, with no visit named. */
export const ownShareOfAmount = (text: string): boolean => {
  const f = folded(text);
  return AMOUNT_VND.test(f) && OWN_SHARE.test(f);
};

/** Whether a message is an amount alone ("and 2 million?"), which after a bill is another bill. */
export const amountAlone = (text: string): boolean =>
  AMOUNT_ALONE.test(folded(text).replace(/[?!.]/g, " ").trim());

// "tham gia liên tục 10 năm", "miễn cùng chi trả", "5 years in a row": the five-year rule asked, not one more bill.
const FIVE_YEAR_RULE =
  /\b(?:lien tuc (?:duoc |roi )?\d{1,2} nam|\d{1,2} nam (?:\w+ ){0,2}lien tuc|mien (?:phan )?cung chi tra|vuot (?:muc|nguong)|\d{1,2} years? in a row|five[- ]year)\b/;

/** Whether a message asks about the five-year rule (years in a row, co-payments waived), which a bill only feeds. */
export const namesFiveYearRule = (text: string): boolean => FIVE_YEAR_RULE.test(folded(text));

// "lấy lại tiền", "refund", "money back": asking to be paid back, not what a bill costs.
const PAID_BACK =
  /\b(?:lay lai|thanh toan lai|hoan tien|hoan lai|tra lai|refund\w*|money back|reimburs\w*|claim)\b/;

/** Whether a message asks for money back (not how a bill is shared). */
export const asksPaidBack = (text: string): boolean => PAID_BACK.test(folded(text));

// "my share would be 3 million", "the 3 million is already my 20% share", "phần tôi phải trả khoảng 3 triệu", "3 triệu
// là phần tôi tự trả": the amount given is the writer's own share of a bill, not the bill.
const SHARE_STATED = new RegExp(
  [
    `\\b(?:my|our|his|her) (?:\\d{1,3} ?(?:%|percent|phan tram)? )?(?:share|co[- ]?payment)(?: of (?:it|the bill))? (?:would be|will be|is|comes to|of)(?: about| around| roughly)? (${AMOUNT_VND.source})`,
    `(${AMOUNT_VND.source}) (?:is|was|would be) (?:already |only )?(?:my|our|the) (?:\\d{1,3} ?(?:%|percent|phan tram)? )?(?:share|co[- ]?payment)\\b`,
    `\\bphan (?:toi|minh|em|tui|e) (?:phai )?(?:tu )?(?:tra|chi tra|dong|chiu)(?: la)?(?: khoang| tam| chung| co)? (${AMOUNT_VND.source})`,
    `(${AMOUNT_VND.source}) (?:la|da la|do la) (?:phan (?:cua )?(?:toi|minh|em|tui|e)(?: phai)?(?: tu)? (?:tra|chi tra|chiu)|phan (?:tu tra|cung chi tra|dong chi tra)|tien (?:cung chi tra|dong chi tra))\\b`,
  ].join("|"),
);

/** The amount a message gives as the writer's own share of a bill ("my share would be 3 million"), if it does. */
export function shareStated(text: string): string | undefined {
  const found = SHARE_STATED.exec(folded(text));
  return found?.slice(1).find((amount) => amount !== undefined);
}

// "sai r, 1tr2 là 1 triệu 2 trăm nghìn", "no, 1.2m means 1,200,000": an amount said again in other words.
const AMOUNT_RESTATED = new RegExp(
  `^\\s*(?:(?:sai r(?:oi)?|sai|khong phai|ko phai|k phai|no|not|nham)[ ,]+)?(?:${AMOUNT_VND.source}) (?:la|nghia la|tuc la|is|means|=) ((?:\\d|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|one|two)[^?!]*)$`,
);

/** The amount an earlier one is said to be ("1tr2 là 1 triệu 2 trăm nghìn" → "1 trieu 2 tram nghin"), if any. */
export function amountRestated(text: string): string | undefined {
  return AMOUNT_RESTATED.exec(folded(text).replace(/[.!]+\s*$/, ""))?.[1];
}
