import { recentlyRead } from "../../core/recently-read.ts";
import { COUNT, countValue, UNIT_GAP } from "./numbers.ts";

// Who in a household already has a card from another group is said clause by clause ("nhà 4 người, anh cả đi làm
// công ty có bảo hiểm rồi, bà nội có lương hưu"): each clause that says someone is covered elsewhere counts its
// people. Read on folded text (no diacritics), so "còn" and "con" look alike: clauses are not cut at "con".
// "… có bhyt cty rồi còn con 4 tuổi": "còn" after "rồi" starts another clause (folded, "còn" is "con").
// "2 đứa con 1 đứa 4 tuổi 1 đứa 9 tuổi học lớp 3", "con lớn học lớp 8 con nhỏ 4 tuổi": each child of a list starts a
// clause of its own.
/** Where one clause about a household's people ends and the next begins. */
export const CLAUSE_BREAK =
  /[,.;:!?()]|(?<!\b(?:toi|tui|minh) )\b(?:va|voi)\b(?!(?<=\b\d{1,2} (?:va|voi)) \d{1,2}\b(?! (?:dua|nguoi|ng|be|chau|con|em|tre)\b))|\b(?:nhung|ma(?! \d)|trong do|gom|and|but|with|including)\b|(?<=\broi) (?=con\b)|(?<=[a-z0-9]) (?=(?:1|mot) (?:dua|be|chau|thang)\b)|(?<=[a-z0-9]) (?=(?:con|be|chau|dua|thang) (?:lon|nho|ut|ca|giua)\b)/;

const COVER = "(?:the|bhyt|bh|bao hiem(?: y te)?|insurance|health insurance|a card|cards?)";
const SOURCE =
  "(?:cong ty|cty|co quan|truong|nha may|xi nghiep|ngan hang|doanh nghiep|noi lam|cho lam|quan doi|cong an|huu|work|(?:his|her|their|the|a|my|our) (?:[a-z]+ )?(?:company|work|school|job|university|college|employer)|company|school|university|college|employer|job|(?:the |a |my |his |her )?(?:hospital|clinic|factory|firm|office|bank) (?:i|he|she|we|they) work)";
// "bố tôi đang hưởng lương hưu", "she receives a pension": a pensioner, whose card social insurance pays for.
const PENSION_CUES = [
  "\\b(?:co|huong|lanh|linh|an|nhan|la|da) (?:(?:can bo|giao vien|quan nhan|cong chuc|nha giao) )?(?:luong huu|huu tri|tien huu|che do huu)\\b(?! xa hoi)",
  // "bố 66 tuổi, lương hưu 6 triệu/tháng": the pension said with its amount.
  "(?:^|[,.]) ?luong huu (?:la |khoang |tam )?\\d",
  // "mẹ tôi lương hưu 8 triệu": a relative's pension with its amount.
  "\\b(?:me|bo|ba|ong|cha|ma|chong|vo)(?: (?:toi|em|minh|tui|e))? luong huu (?:la |khoang |tam )?\\d",
  // "is 77 with a 3 million pension": the clause after "with" (a clause break) names the pension alone.
  "^\\s*(?:a|his|her) (?:\\d+(?:[.,]\\d+)? ?(?:million|m|k|vnd|dong) )?(?:small |monthly |retirement |state )?pension\\b",
  // (…not a foreign one: "a 60-year-old Australian retiree" has no Vietnamese pension to pay his card.)
  "\\b(?:nghi huu|ve huu|(?<!\\b(?:australian|american|british|canadian|french|german|dutch|japanese|korean|chinese|taiwanese|singaporean|foreign|overseas),? )(?:pensioners?|retirees?|retired)|(?:has|have|gets?|getting|receives?|receiving|draws?|drawing|on|with) (?:a |an |his |her |the |their )?(?:\\d+(?:[.,]\\d+)? ?(?:million|m|k|vnd|dong) )?(?:small |monthly |retirement |government |state |work |civil service |army |military )?pension)\\b",
];
/** Words that say a clause's people already have a card: of their own, through work or school, or a pension. */
const HAS_COVER = new RegExp(
  [
    // "đã có thẻ", "cũng đã có bhyt" (not "đã có bhyt hộ gia đình": that is the household's own card)
    `\\b(?:da|cung da|deu da|van|already) (?:co|has|have|got) ${COVER}\\b(?! (?:ho gia dinh|hgd|household))`,
    `\\bco ${COVER}\\b(?! (?:ho gia dinh|hgd))[^,.;]{0,40}\\broi\\b`,
    `\\b${COVER} (?:o |tai |cua |qua |through |at |from |via )${SOURCE}\\b`,
    // "con lớn đi học thì mua ở trường", "vợ đóng qua công ty": bought where they study or work.
    "\\b(?:mua|dong)(?: the| bhyt| bao hiem)? (?:o|tai|qua) (?:truong|cong ty|cty|co quan|nha may|xi nghiep)\\b",
    // "thẻ công ty", "bhyt trường" (never the English article: "pay it at the university")
    "\\b(?:the|bhyt|bh|bhxh|bao hiem(?: y te| xa hoi)?) (?:cong ty|cty|co quan|truong|nha may|xi nghiep|quan doi|cong an|huu)\\b",
    // "được công ty đóng BHYT rồi", "xí nghiệp mua bảo hiểm cho"
    `\\b${SOURCE} (?:dong|mua|lo|cap|tra) (?:cho )?(?:\\w+ )?${COVER}\\b`,
    `\\b(?:insured|covered) (?:through|at|by|via|from) ${SOURCE}\\b`,
    // "tôi đi làm có BHYT": working, with a card from the job (not "đi làm có bhyt không", a question).
    "\\b(?:di lam|dang di lam) (?:\\w+ ){0,2}co (?:the|bhyt|bh|bao hiem(?: y te)?)\\b(?![^,.;]{0,12}\\b(?:khong|ko|k|chua)\\b)",
    // "chồng làm bảo vệ cty có đóng bh": paying social insurance at work (not "có đóng bhyt không", a question).
    "\\b(?:co|duoc|deu) dong (?:bhxh|bhyt|bh|bao hiem(?: xa hoi| y te)?)\\b(?![^,.;]{0,15}\\b(?:khong|ko|k|chua|ho gia dinh|hgd)\\b)",
    // "tôi với bà được thành phố đóng": a card the city pays (HCMC's elders), said as had, not asked.
    "\\b(?:deu |da )?duoc (?:thanh pho|tp) (?:dong|cap|tra)\\b(?![^,.;]{0,15}\\b(?:khong|ko|k|chua)\\b)",
    // "the company covers me", "my employer insures him"
    `\\b${SOURCE} (?:covers|insures|pays for|pays) (?:me|him|her|them|us|my insurance|his insurance|her insurance)\\b`,
    "\\b(?:is|are|gets?|got) (?:insured|covered) (?:there|at work|through work)\\b",
    "\\b(?:has|have|gets?|receives?|draws?|on) (?:a |his |her )?(?:school|work|company) (?:card|insurance)\\b",
    ...PENSION_CUES,
    // "ông hưởng trợ cấp mất sức lao động", "chồng đang lãnh trợ cấp thất nghiệp": social insurance pays their card.
    "\\b(?<!duoc )(?:huong|nhan|lanh|linh|an|dang huong|dang nhan|dang lanh|dang linh) (?:tro cap |che do )?(?:mat suc(?: lao dong)?|that nghiep)\\b",
    "\\b(?:on|gets?|receives?|receiving|draws?|drawing) (?:a |the )?(?:monthly )?(?:loss[- ]of[- ]working[- ]capacity|unemployment) (?:allowance|benefit|benefits|pay)\\b",
    // "my dad (66, pension)": a clause that is only the word.
    "^\\s*(?:a |on |on a |with |has )?(?:retirement |monthly )?pension\\s*$",
  ].join("|"),
);
/** Groups whose people join elsewhere by law: employees (through the employer), pupils and students (at school). */
const IN_OTHER_GROUP = new RegExp(
  [
    "\\b(?:di lam|lam)(?: nhan vien| ke toan| bao ve| tai xe| lai xe| ky su| thu kho| phuc vu| le tan| bep)? (?:o |tai |cho )?(?:cong ty|cty|nha may|xi nghiep|co quan|cong nhan|ngan hang|benh vien|nha nuoc|kho bac|dien luc)\\b",
    "\\bnhan vien (?:cong ty|cty|van phong|ngan hang|nha may|xi nghiep)\\b",
    // "bố được công ty tuyển làm bảo vệ có hợp đồng": taken on with a labour contract, insured by the employer.
    "\\b(?:tuyen|nhan) (?:vao )?lam(?: \\w+){0,3} (?:co|ky) hop dong\\b(?![^,.;]{0,12}\\b(?:khong|ko|k|chua)\\b)",
    // "dạy trường THCS công lập", "dạy ở trường tiểu học": a teacher, insured by the school as employer.
    "\\bday (?:hoc )?(?:o |tai )?truong (?:(?:\\w+ ){0,2}cong lap|tieu hoc|thcs|thpt|mam non|mau giao|trung hoc|cap [123])\\b",
    "\\b(?:(?<!\\bduoc (?:\\w+ )?)cong nhan(?! (?:ho|la|muc|dat|thoat))|cong chuc|vien chuc|giao vien|y ta|dieu duong|bac si|duoc si|(?:works?|working) (?:at|for|in) (?:a |the |an )?(?:[a-z]+ )?(?:company|factory|firm|bank|hospital|office|ministry)|(?:employee|staff|clerk|accountant|engineer|nurse|doctor|midwife|pharmacist|technician|worker|driver|guard|cleaner|cook|secretary)s? (?:at|of|in|for) (?:a |the |our |his |her )?(?:[a-z]+ )?(?:company|factory|firm|bank|hospital|office|ministry|school|clinic|health station)|(?<!self[- ])employed (?:at|by|in)|(?:an? )?(?:office|salaried|full[- ]time) job|job (?:at|in) (?:a |an |the )?(?:[a-z]+ )?(?:company|firm|bank|factory|corporation)|(?:got|gets|has|have|found|started|landed) a (?:new |proper |full[- ]time )?job (?:at|in|with) (?:a |the )?(?:[a-z]+ )?(?:company|factory|firm|bank|hospital|office|school)|(?:with|on|has|have|signed|got) a (?:labou?r |work |employment |formal )?contract|teachers?|teach(?:es|ing)? (?:at|in) (?:a |the )?(?:[a-z]+ ){0,2}(?:school|college|university)|civil servants?|public servants?|state employees?|government (?:employee|worker|official)s?)\\b",
    "\\b(?:(?:be|con|dua|chau)(?: (?:lon|nho|ut|ca|giua|trai|gai))? (?:dang )?lop \\d{1,2}|(?:em|anh|chi) (?:trai|gai) (?:dang )?(?:hoc )?lop \\d{1,2}|(?:thang|dua|con) em (?:(?:trai|gai) )?(?:dang )?(?:hoc )?lop \\d{1,2}|hoc sinh|sinh vien|sv|dang hoc|di hoc|hoc lop|hoc cap|hoc (?:tieu hoc|trung hoc|thcs|thpt|cap 1|cap 2|cap 3)|hoc dai hoc|hoc cao dang|hoc trung cap|nam (?:nhat|hai|ba|tu|cuoi|[1-6]) (?:dai hoc|cao dang|trung cap)|pupil|student|in grade|grade \\d{1,2}|(?:at|in) (?:a |the )?(?:university|uni|college)|stud(?:y|ies|ying) at|go(?:es)? to (?:primary |secondary |high |middle )?school|(?:is|are|both|all) (?:at|in) school|(?:at|in) (?:primary|secondary|high|middle) school|schoolchildren|school kids)\\b",
    // "my husband's office covers him": the employer insures them.
    "\\b(?:office|company|employer|work|job|factory|firm)(?: \\w+)? (?:covers|insures|pays for) (?:him|her|me|them|us)\\b",
    // "my husband works for the state and has a card": employed by the state, insured through the job.
    "\\b(?:works? (?:for|in) (?:the )?(?:state|government|a ministry|the ministry)|state employee|government employee)\\b",
    "^\\s*(?:he |she )?(?:has|have|already has|got) (?:a |his |her |their )?(?:card|health insurance card)\\s*$",
    // "me (employee), wife (freelancer)": a person described by a word in brackets, the word alone.
    "^\\s*(?:an? )?(?:employee|salaried|civil servant|public servant|office worker)\\s*$",
    // "my husband is on 11 million at a factory": a wage from a workplace, insured through the job.
    "\\b(?:is )?(?:on|earns?|earning|makes?|paid) (?:about |around )?\\d+(?:[.,]\\d+)? ?(?:million|m|tr|trieu)\\b[^,.;]{0,20}\\b(?:at|in|from) (?:a |the |my |his |her |our )?(?:factory|company|firm|bank|office)\\b",
    // "my husband is a company employee": employed, insured through the job.
    "\\b(?:is|are) (?:an? )?(?:company|factory|office|bank|hospital|state|government) (?:employee|worker|staff|clerk)s?\\b",
    // Soldiers, conscripts and police are insured by the state budget (Law on Health Insurance, Art. 12).
    "\\b(?:bo doi|quan nhan|si quan|nghia vu quan su|di nghia vu|cong an|soldier|conscript|in the army|(?:army|military) officer|military service|police officer)\\b",
    // …and so are war invalids, veterans and people with meritorious service (Art. 12 cl. 3).
    "\\b(?:thuong binh|benh binh|cuu chien binh|nguoi co cong|war invalids?|(?:a |war )?veterans?)\\b",
  ].join("|"),
);
/** "không có lương hưu", "chưa có thẻ", "has no pension": the opposite of a cover said. */
export const NEGATED =
  /\b(?:khong|chua|ko|k|chang|no|not|without|never|neither|nor|doesn t|don t|isn t)\s+(?:\w+\s+){0,1}$|\b(?:khong|ko|k|chang) con (?:la|dang|di) $|\bno longer (?:\w+ )?$|\b(?:nghi|thoi|quit|left|stopped)\s+$/;

// "none of us has insurance from a job", "không ai có bảo hiểm công ty": no one of them is covered.
/** The words for "no one" ("không ai", "none of us"), as a regex source. */
export const NO_ONE_WORDS =
  "none of (?:us|them)|no one|nobody|neither of (?:us|them)|khong ai|chua ai|ko ai|k ai";
const NO_ONE = new RegExp(`\\b(?:${NO_ONE_WORDS})\\b`);

const PRICE_ASKED = /\b(?:bao nhieu|bn|het bao|mat bao|how much|what do(?:es)? (?:\w+ )?pay)\b/;
// (A number right after a person is their age: "đứa 18 còn học", folded "dua 18 con hoc", is no 18 children.)
const COUNTED_PEOPLE = new RegExp(
  `(?<!\\b(?:dua|thang|chau|be|em|ong|ba|bo|me|vo|chong|toi|tui|minh) )\\b${COUNT}${UNIT_GAP}(?:nguoi|ng|dua con|dua nho|dua|chau|be|con|em(?= (?:\\d{1,2}\\b|di hoc|dang hoc|hoc\\b))|trong (?:so )?\\d{1,2}(?: nguoi| ng)?|of (?:the|us|them|our)(?: (?:\\d{1,2}|two|three|four|five|six|seven|eight|kids|children|boys|girls))?|people|(?:(?:older|younger|elder|eldest|oldest|big|bigger|little) )?(?:kids|children|ones))\\b`,
  "g",
);
// "nhà 4 người", "family of four": the household's size, not the people covered elsewhere.
const TOTAL_BEFORE =
  /\b(?:nha|gia dinh|ho|family|household|ca nha|nha co|nha minh|nha toi|nha em|nha tui|trong|trong so|among|out of|of the)\s*(?:\w+\s*)?$/;
const PAIR =
  /\b(?:2 |hai )?(?:bo me|ba me|cha me|ong ba|vo chong|anh chi|parents|grandparents|my wife and i|my husband and i|both of us|both)\b|\bca (?:2|hai)\b|\b(?:toi|tui|minh|em) (?:voi|va) (?:ba|ong|vo|chong|ba xa|ong xa)(?: (?:nha|toi|em|minh))?\b(?= (?:deu |cung |duoc |da |dang ))/;
const ONE_PERSON =
  /\b(?:one(?= (?:in|at|is|goes|studies)\b)|chong|vo|bo|ba|cha|me|ma|ong|anh|chi|em|e|con|chau|be|toi|minh|tui|(?:thang|dua|con|chau) (?:lon|nho|ut|ca|hai|giua|\d{1,2} tuoi)|(?:thang|dua|chau) \d{1,2}|dua(?= (?:dang |di )?hoc\b)|(?:the )?(?:older|younger|elder|eldest|oldest|youngest|big|little|other) one|husband|wife|father|dad|mother|mum|mom|son|daughter|brother|sister|grandma|grandmother|grandfather|grandpa|granny|grandad|granddad|child|kid|baby|boy|girl|in law|i|\d{1,2}[- ]year[- ]old)\b/;

// Words after a count that tell its people apart from others counted the same way ("2 đứa lớn … 2 đứa nhỏ").
const TOLD_APART = /^\s*(?:lon|nho|trai|gai|ut|ca|sinh doi|khac|nua|them)\b/;
// …and words that refer back to them or ask about them ("2 con đó", "2 con đóng ở trường bao nhiêu").
// ("2 bé có phải mua không", "2 kids need one?": asked about too.)
const REFERS_BACK =
  /^[^,.;]*\b(?:bao nhieu|bn|how much|the nao|ra sao|do|nay|ay|co phai|phai (?:mua|dong)|can (?:mua|dong)|co can|thi sao|mat tien|co duoc|need|have to|do they)\b/;

/** Whether a count said again ("2 con"), read from the words after it, is the same people as before. */
export const saidAgainOf = (after: string): boolean => !TOLD_APART.test(after) && REFERS_BACK.test(after);

/** "2 con 7 và 10 tuổi đi học…, 2 con đóng ở trường bao nhiêu": a count `m` of `all` that repeats one before it. */
export const countSaidAgain = (folded: string, m: RegExpMatchArray, all: readonly RegExpMatchArray[]) =>
  all.some((o) => o.index! < m.index! && o[0] === m[0]) && saidAgainOf(folded.slice(m.index! + m[0].length));

/** "bhyt sinh viên", "student insurance": the kind of card, not a person covered. */
export const KIND_OF_CARD_ASKED =
  /\b(?:bhyt|bao hiem(?: y te)?|the) (?:hoc sinh|sinh vien|hssv)\b|\b(?:student|school|pupil s?) (?:health )?(?:insurance|bhyt|card)\b/;

// "còn mỗi đứa đi học đóng bao nhiêu", "what does each school kid cost": a price asked, not a person covered.
const PRICE_OF_EACH = /\b(?:moi|tung|each|every|per)\b.*\b(?:bao nhieu|how much|cost|costs)\b/;

// A clause about the person of the clause before it: an elder's pronoun, or "he"/"she", and no one else.
// ("ông nội", "bà ngoại" name someone new.)
const SAME_ONE_AGAIN =
  /^\s*(?:(?:ba|ong)(?! (?:noi|ngoai)\b)|ba ay|ong ay|ba cu|ong cu|cu|he|she|he s|she s)\b/;

// ("Tôi là giáo viên, trường đóng BHYT cho tôi": in Vietnamese too.)
const WRITER_FIRST = /^\s*(?:i|i m|i am|toi|minh|tui)\b/;
// (In teen code the writer is "e" or "em", which before a relative's word is a younger sibling: "em gái".)
const WRITER_SUBJECT =
  /^\s*(?:i|i m|i am|toi|minh|tui|e|em(?! (?:trai|gai|toi|minh|tui|ho|ut|re|dau|be|vo|chong|cua)\b))\b/;
const WRITER_AGAIN =
  /^\s*(?:so|and so|which means|that s why|and)?\s*(?:the |my |our )?\w+ (?:covers|insures|pays for) me\b|^\s*(?:nen |va )?(?:truong|cong ty|cty|co quan|don vi) (?:da )?(?:dong|mua|tra) (?:bhyt |bao hiem |the )?cho (?:toi|minh|tui)\b/;

/** A part of the message that says someone is covered elsewhere: how many people, and where it lies. */
export interface CoveredMention {
  count: number;
  start: number;
  end: number;
}

/** Every clause of folded text that says its people already have a card from another group, with their number. */
export const coveredElsewhereMentions = recentlyRead(coveredElsewhereMentionsAnew);
function coveredElsewhereMentionsAnew(text: string): CoveredMention[] {
  // "two kids aged 8 and 10 who go to school": ages listed stay in their clause (same length, so places hold).
  const folded = text.replace(AGE_LIST_JOIN, (list) =>
    list.replace(/,|\bva\b|\band\b|&/g, (sep) => "+".padEnd(sep.length)),
  );
  const mentions: CoveredMention[] = [];
  let offset = 0;
  let previous: string | undefined;
  let counted = false;
  const phrases: string[] = [];
  const clauses = folded.split(CLAUSE_BREAK);
  for (const [index, clause] of clauses.entries()) {
    const start = folded.indexOf(clause, offset);
    offset = start + clause.length;
    const cue = HAS_COVER.exec(clause) ?? IN_OTHER_GROUP.exec(clause);
    const before = previous;
    const beforeCounted = counted;
    if (clause.trim() && !/^\s*\d{1,3}\s*$/.test(clause)) {
      previous = clause;
      counted = false;
    }
    if (!cue || NEGATED.test(clause.slice(0, cue.index)) || NO_ONE.test(clause.slice(0, cue.index))) continue;
    // "làm công nhân thời vụ, không có hợp đồng": work with no labour contract has no employer's card.
    const next = clauses[index + 1] ?? "";
    // (…and "thẻ BHYT công ty hết hạn", "mất việc": a work card that has ended.)
    if (NO_CONTRACT.test(clause) || (NO_CONTRACT.test(next) && !peopleIn(next)) || ENDED.test(clause))
      continue;
    // "tháng 2 e đi làm cty mới", "I start my new job in March": a job to come, no card from it yet.
    if (JOB_TO_COME.test(clause)) continue;
    // "… và bhyt sinh viên cho con", "plus student insurance for our son": the kind of card asked for, not a person
    // covered (the student is counted where named).
    if (KIND_OF_CARD_ASKED.test(clause) || PRICE_OF_EACH.test(clause)) continue;
    // "…, con học sinh đóng ở trường bao nhiêu": the price asked of someone named before, not one more person.
    // ("…, 2 đứa đóng ở trường bao nhiêu" after "2 đứa con … đi học": the same two.)
    const asked = PRICE_ASKED.test(clause) ? peopleIn(clause) : undefined;
    if (mentions.length > 0 && asked !== undefined && mentions.some((m) => m.count === asked)) continue;
    // "my father-in-law, 64, who gets a pension", "me (insured at work)": a clause naming no one is about the one
    // named just before it, unless that one is counted already ("works for a hospital and is insured there").
    const aboutBefore = before !== undefined && !beforeCounted && peopleIn(before) === 1;
    // "bà nội có lương hưu, bà từng làm giáo viên", "mẹ em có lương hưu, bà nghỉ hưu từ nhà máy": the one just
    // counted, named again as "bà"/"ông"/"she", is not one more.
    if (beforeCounted && SAME_ONE_AGAIN.test(clause) && !COUNTED_PEOPLE.test(clause)) continue;
    // "vợ chồng em làm công ty, cả 2 đều có bhxh": the pair just counted, said again as "cả 2".
    if (beforeCounted && BOTH_AGAIN.test(clause) && mentions.at(-1)?.count === 2) continue;
    // "I work at a garment factory, so the company covers me": the writer, counted already.
    // (…also with the writer's age between: "Tôi là giáo viên…, 48 tuổi, trường đóng BHYT cho tôi".)
    const writerCounted =
      (beforeCounted && WRITER_FIRST.test(before ?? "")) ||
      mentions.some((m) => WRITER_FIRST.test(folded.slice(m.start, m.end)));
    if (writerCounted && WRITER_AGAIN.test(clause)) continue;
    // "e là công nhân may…, e có bhyt cty đóng rồi": the writer said covered twice is one person.
    const writerBefore = mentions.some((m) => WRITER_SUBJECT.test(folded.slice(m.start, m.end)));
    if (writerBefore && WRITER_SUBJECT.test(clause) && !COUNTED_PEOPLE.test(clause)) continue;
    COUNTED_PEOPLE.lastIndex = 0;
    // ("3 kids aged 17, 14 and 20 , works at a factory": the clause is the last child listed.)
    const lastListed = before !== undefined && LIST_ENDS_WITH_AGE.test(before) && ONLY_A_VERB.test(clause);
    const count = peopleIn(clause) ?? (aboutBefore || lastListed ? 1 : undefined);
    // "2 con … đi học, … 2 con đóng ở trường bao nhiêu": the same count said again is the same people.
    const phrase = new RegExp(COUNTED_PEOPLE.source).exec(clause);
    if (phrase && phrases.includes(phrase[0]) && saidAgainOf(clause.slice(phrase.index + phrase[0].length)))
      continue;
    if (phrase) phrases.push(phrase[0]);
    if (count) {
      mentions.push({ count, start, end: start + clause.length });
      counted = true;
    }
  }
  return mentions;
}

const LIST_ENDS_WITH_AGE = /\+\s*\d{1,2}\s*(?:tuoi|years? old)?\s*$/;
const ONLY_A_VERB = /^\s*(?:works?|working|is|has|studies|lam|di lam|co)\b/;
const JOB_TO_COME =
  /\b(?:(?:tu |den |sang )?thang (?:\d{1,2}|toi|sau)(?: nam sau)?|sap|sau tet|nam sau) (?:(?:em|e|toi|minh|tui|anh|chi|no|chong|vo) )?(?:moi |se )?(?:di lam|vao lam|lam cty|lam cong ty|nhan viec)\b|\b(?:start(?:s|ing)?|begin(?:s|ning)?) (?:a |my |his |her |the )?(?:new )?(?:job|work)\b/;
const PENSION = new RegExp(PENSION_CUES.join("|"));
const AGE_LIST_JOIN =
  /\b\d{1,3}\s*tuoi(?:\s*(?:,|va|&)\s*\d{1,3}\s*tuoi)+|\b(?:aged?|ages)\s+\d{1,3}(?:\s*(?:,|va|and|&)\s*\d{1,3}\b)+|\b\d{1,3}(?:\s*(?:,|va|and|&)\s*\d{1,3})+\s*(?:tuoi|years? old)\b/g;

/** "đang nhận trợ cấp hưu trí xã hội", "receives the social pension": the state pays that person's card. */
export const ON_SOCIAL_PENSION =
  /\b(?:nhan|huong|lanh|linh|an) (?:tro cap )?(?:huu tri xa hoi|tro cap xa hoi|tien tuat|tuat hang thang)\b|\b(?:is|are|already|receives?|receiving|gets?|getting|draws?|drawing) (?:on )?(?:the |a )?(?:monthly )?(?:social pension|survivor s? allowance)\b/;

/** "có trợ cấp", "nhận trợ cấp 500k": from 75, an allowance said without its name is the social pension. */
export const ALLOWANCE_NAMED =
  /\b(?:co|nhan|huong|lanh|linh|dang nhan|dang huong) tro cap\b(?! (?:that nghiep|mat suc|thai san|om dau|nguoi co cong))/;

/** True when a folded message says the person asked about draws a pension (not "không có lương hưu"). */
export function saysPensioner(folded: string): boolean {
  // ("I'm Mark, 60, Australian, retired": a foreigner retired, with no Vietnamese pension to pay his card.)
  // ("I'm a 67-year-old American, retired … I have no Vietnamese pension": retired, and said to have none.)
  if (NO_PENSION_AT_ALL.test(folded)) return false;
  const clauses = folded.split(CLAUSE_BREAK);
  return clauses.some((clause, at) => {
    const cue = PENSION.exec(clause);
    const foreign =
      at > 0 && FOREIGN.test(clauses[at - 1] ?? "") && /^\s*(?:retired|a retiree)\s*$/.test(clause);
    return cue !== null && !NEGATED.test(clause.slice(0, cue.index)) && !foreign;
  });
}
const FOREIGN =
  /\b(?:australian|american|british|canadian|french|german|dutch|japanese|korean|chinese|taiwanese|singaporean|foreign(?:er)?)\s*$/;
const NO_PENSION_AT_ALL =
  /\b(?:i|he|she) (?:have|has|get|gets|receive|receives) no (?:vietnamese |vn )?pension\b|\b(?:i|he|she) (?:don t|doesn t|do not|does not) (?:have|get|receive) (?:a |any )?(?:vietnamese |vn )?pension\b/;

// "bà nội 79 tuổi": from 75 a person without a pension gets the social pension, and the state pays their card.
/** From this age a person without a pension gets the social pension (ND 176/2025), which the state insures. */
export const SOCIAL_PENSION_AGE = 75;

/** A clause that gives its people a card or another group, not denied ("không có lương hưu"). */
export function coverSaid(clause: string): boolean {
  const cue = HAS_COVER.exec(clause) ?? IN_OTHER_GROUP.exec(clause);
  return cue !== null && !NEGATED.test(clause.slice(0, cue.index));
}

const NO_CONTRACT =
  /\b(?:thoi vu|(?:khong|ko|k|chua) (?:co |ky |lam )?hop dong|no (?:labou?r |work )?contract|without (?:a )?contract|casual work|day labou?r\w*)\b/;
const ENDED =
  /\b(?:het han|het hieu luc|expired|ran out|mat viec|nghi viec|thoi viec|lost (?:my|his|her) job)\b/;
const BOTH_AGAIN = /^\s*(?:ca (?:2|hai)|both(?: of them)?)\b/;

/** True when a folded clause says someone in it already has a card (through work, school, a pension…). */
export const saysAlreadyCovered = recentlyRead(saysAlreadyCoveredAnew);
function saysAlreadyCoveredAnew(foldedClause: string): boolean {
  const cue = HAS_COVER.exec(foldedClause);
  return (
    cue !== null && !NEGATED.test(foldedClause.slice(0, cue.index)) && peopleIn(foldedClause) !== undefined
  );
}

/** The clause's people: a count that is not the household's size, a pair ("bố mẹ"), or one relative. */
export function peopleIn(clause: string): number | undefined {
  for (const match of clause.matchAll(COUNTED_PEOPLE)) {
    if (TOTAL_BEFORE.test(clause.slice(0, match.index))) continue;
    const count = countValue(match[1]!);
    if (count) return count;
  }
  if (PAIR.test(clause)) return 2;
  return ONE_PERSON.test(clause) ? 1 : undefined;
}

/** Only the clauses of folded text that say someone is covered elsewhere, joined as clauses. */
export const coveredClausesOf = (folded: string, mentions = coveredElsewhereMentions(folded)): string =>
  ` ${mentions.map((m) => folded.slice(m.start, m.end)).join(" , ")} `;
