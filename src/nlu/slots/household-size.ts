import { recentlyRead } from "../../core/recently-read.ts";
import { LARGEST_HOUSEHOLD } from "../../policy/contribution/contribution-types.ts";
import { agesOf } from "./age.ts";
import { amongEarlierCount, anotherChild } from "./child-counts.ts";
import {
  BOUGHT_FOR,
  goneFromHousehold,
  SPOUSE_AND_OUR_KIDS,
  TAKEN_AS_US,
  TAKEN_TOGETHER,
  twoBoughtFor,
  WITH_WRITER,
} from "./household-words.ts";
import { countSaidAgain, coveredElsewhereMentions } from "./insured-members.ts";
import { kidsDescribed } from "./kids-described.ts";
import {
  CHILD_MEMBER,
  NAMED_MEMBER,
  OLDER_OR_YOUNGER,
  ONE_RELATIVE,
  PARENT_WITH_AGE,
} from "./named-members.ts";
import { namedInPair, pairedWithWriter, sameChildAgain, sameMember, samePair } from "./named-pairs.ts";
import { COUNT, countValue, UNIT_GAP } from "./numbers.ts";
import {
  BUYS_SEPARATELY,
  FOR_ONE_RELATIVE,
  LIVES_ALONE,
  ONLY_ME,
  ONLY_ONE_MEMBER,
  OWN_CARD_ONLY,
} from "./one-person.ts";
import { OWN_SPOUSE, SPOUSE_LISTED, WRITER_OPENS, writerAloneWithAge, writerListed } from "./writer-named.ts";
import { TEEN_BY_AGE, YOUNG_CHILD, YOUNG_CHILD_EN } from "./young-children.ts";

const PEOPLE = "(?:nguoi|ng|thanh vien|tv|nhan khau|khau|people|ppl|persons|members|person|adults?)";
/** "3 người lớn", "two adults": a count of grown-ups, which leaves the children out. */
export const ADULTS = new RegExp(`\\b${COUNT}${UNIT_GAP}(?:nguoi lon|adults?|grown[- ]ups)\\b`);
// "nhà 4 người", "gia đình mình 5 thành viên", "4 người", "family of four", "household of 3", "we are 4 at home".
const TOTAL = [
  // "3 người lúc nãy…, vậy chỉ còn 2 người lớn": the count left, said after the one it corrects.
  new RegExp(`\\b(?:chi con|vay con|gio con) ${COUNT}${UNIT_GAP}${PEOPLE}\\b`, "g"),
  new RegExp(`\\b${COUNT}${UNIT_GAP}${PEOPLE}\\b`, "g"),
  new RegExp(`\\b(?:family|household) of ${COUNT}\\b`, "g"),
  new RegExp(`\\b${COUNT} (?:in|of) (?:our|my|the) (?:household|family)\\b`, "g"),
  // ("one of us has a work card" is one of them, never the household)
  new RegExp(`\\b(?!one\\b|1\\b)${COUNT} of us\\b`, "g"),
  // "đóng cho hai ông bà bao nhiêu": the old couple bought for, whoever else the story names.
  new RegExp(`\\bcho ${COUNT} (?:ong ba|cu|bac)\\b`, "g"),
  // "3 mẹ con", "hai bố con": a parent and children, all counted.
  new RegExp(`\\b${COUNT} (?:me con|bo con|ba con|cha con|ba chau|ong chau)\\b`, "g"),
  new RegExp(`\\bwe (?:are|re) ${COUNT}\\b(?! ?(?:years?|months?|%))(?! (?:[a-z-]+ )?parents\\b)`, "g"),
];
// Members named in pairs or with a count: "2 vợ chồng và 2 con", "bố mẹ và 3 đứa con" ("vợ chồng tôi và mẹ" is
// the couple and the mother, not a second pair "tôi và mẹ").
const PAIRS =
  /\b(?:2 |hai )?(?:vo chong|(?:bo me|ba me|cha me|ba ma|tia ma|bo ma|cha ma)(?: (?:vo|chong))?|ong ba|(?:my |our )?(?:mum|mom|dad) (?:and|&) (?:dad|mum|mom)|(?:my )?wife and i|(?:my )?husband and i|me(?: and|,) (?:my )?(?:wife|husband)|my (?:wife|husband) and me|(?:my |our |his |her |my wife s |my husband s )(?:grand)?parents(?: in law)?|(?:my|our|his|her) in[- ]laws|we (?:are|re) (?:two|2) (?:[a-z-]+ )?parents|we (?:are|re) (?:a |an )?(?:[a-z]+ )?(?:married )?couple|(?:me|bo|ba|cha|vo|chong|ong|ba noi|ba ngoai) (?:va|voi) (?:toi|em|minh|tui)(?! \w+ (?:toi|em|minh|tui)\b)|(?<!\b(?:vo chong|2 vo chong|hai vo chong) )(?:toi|minh|tui) (?:va|voi) (?:me|bo|ba|cha|vo|chong)(?: (?:toi|minh|tui))?(?! (?:chong|vo|me|ba|bo)\b)|(?:toi|minh|tui|em|e) (?:va|voi) (?:me|bo|ba|cha) (?:chong|vo))\b/g;
// "mua bhyt hộ gia đình", "thuộc hộ cận nghèo" name a kind of insurance or a group, not a household of several.
const INSURANCE_KIND =
  /\b(?:(?:bhyt|bao hiem(?: y te)?|theo|mua|dong|the)\s+(?:ho gia dinh|hgd)|(?:thuoc )?ho (?:can ngheo|ngheo)|nha (?:khong |ko |k )?(?:can ngheo|ngheo))\b/g;
const HOUSEHOLD_WORD =
  /\b(?:(?:em|e|toi|minh|tui) (?:dang )?(?:song|o) (?:chung )?(?:voi|cung)|nha|gia dinh|ho(?! khau| kinh doanh| chi minh| tro)|ca nha|family|household|of us|we|chung toi|vo chong|(?:va|voi) (?:con|toi|em|minh|tui)|and (?:i|me))\b/;
const CHILDREN = new RegExp(
  `\\b${COUNT}${UNIT_GAP}(?:dua con|dua nho|dua(?= \\d{1,2}\\s*(?:va|,|tuoi|thang tuoi)| (?:hoc|di hoc|dang hoc|lop|deu|sinh vien|o nha)\\b|\\s*[,.;]|\\s*$)|chau|con|be|kids|kid|children|child)\\b`,
  "g",
);

const SELF_AS_ELDER =
  /^\s*(ba|ong|co|chu|bac|di|cau) (?:hoi|muon hoi|muon|can|dang)\b[^.?!]*?\b\1 \d{2}(?: tuoi)?\b/;
const DENIED_COUNT =
  /\b(?:that s|thats|not|khong phai|(?:sao|why)(?: lai| chi| only| did you| do you)?(?: (?:tinh|dem|ghi|count|counted|charge))?|you (?:said|say|wrote|counted)|ban (?:noi|tinh|ghi))\s*$/;

/** How many people the message says the household has, from folded text. */
export const householdSizeOf = recentlyRead(householdSizeOfAnew);
function householdSizeOfAnew(folded: string): number | undefined {
  for (const pattern of TOTAL) {
    for (const match of folded.matchAll(pattern)) {
      // "2 người đã có thẻ" counts the insured, not the household.
      const after = folded.slice(match.index! + match[0].length);
      if (
        /^\s*(?:da co|cung da co|already)/.test(after) &&
        !/^[^,.;]{0,25}\b(?:ho gia dinh|hgd|household)\b/.test(after)
      )
        continue;
      // "that's one person. I said TWO people": the count the writer says is wrong is not the household.
      if (DENIED_COUNT.test(folded.slice(Math.max(0, match.index! - 16), match.index))) continue;
      const n = countValue(match[1]!);
      if (n && n <= LARGEST_HOUSEHOLD) return n;
    }
  }
  if (twoBoughtFor(folded)) return 2;
  // "I live alone", "em sống một mình": a household of one.
  // …but "there's just me without insurance" beside relatives named is the one left to pay, not a household of one.
  const livesAlone = LIVES_ALONE.exec(folded);
  const othersNamed = livesAlone !== null && NAMED_MEMBER.test(folded.replace(livesAlone[0], " "));
  NAMED_MEMBER.lastIndex = 0;
  if (livesAlone && !(ONLY_ME.test(livesAlone[0]) && othersNamed)) return 1;
  if (OWN_CARD_ONLY.test(folded)) return 1;
  // "Bà hỏi bà 72 tuổi mua thẻ 12 tháng bao nhiêu": the writer, calling herself "bà", with her age and no one else.
  const elder = SELF_AS_ELDER.exec(folded);
  const besideElder = elder ? folded.replace(elder[0], " ") : "";
  if (elder && !NAMED_MEMBER.test(besideElder) && !agesOf(besideElder)?.length) {
    NAMED_MEMBER.lastIndex = 0;
    return 1;
  }
  NAMED_MEMBER.lastIndex = 0;
  // "chỉ mình vợ tôi thôi", "just her, 1 person": one member only is bought for.
  if (ONLY_ONE_MEMBER.test(folded)) return 1;
  // "vậy mua cho vợ 1 năm bao nhiêu", "buy household insurance for my wife": the one relative bought for, with no
  // one else named beside.
  const members = new Set([...folded.matchAll(NAMED_MEMBER)].map((m) => sameMember(m[0])));
  // "vợ tôi 33 tuổi làm tự do… hay phải mua riêng?": the one relative named, bought for alone.
  if (members.size === 1 && BUYS_SEPARATELY.test(folded) && !CHILDREN.test(folded)) {
    CHILDREN.lastIndex = 0;
    return 1;
  }
  CHILDREN.lastIndex = 0;
  // "what about my wife? … how much if we buy together": the one relative named and the writer.
  if (members.size === 1 && WITH_WRITER.test(folded) && !PAIRS.test(folded)) {
    PAIRS.lastIndex = 0;
    return 2;
  }
  PAIRS.lastIndex = 0;
  if (FOR_ONE_RELATIVE.test(folded) && !PAIRS.test(folded) && members.size <= 1) {
    PAIRS.lastIndex = 0;
    return 1;
  }
  PAIRS.lastIndex = 0;
  // "mẹ tôi 68 tuổi, mua bhyt 1 năm": one relative named, and no household, is one person.
  // (A parent named with an age beside them makes a list: "ba tôi 70, má 66 tuổi" is not one person.)
  const parentWithAge = PARENT_WITH_AGE.test(folded);
  PARENT_WITH_AGE.lastIndex = 0;
  const relatives = [...folded.matchAll(ONE_RELATIVE)].length;
  const withoutKind = folded.replace(INSURANCE_KIND, " ");
  // (…unless the writer is listed with an age beside them: "I'm 45 …, my dad is 68".)
  const writerToo = writerAloneWithAge(folded.replace(ONE_RELATIVE, " "));
  // (…nor with children counted beside them: "nuôi mẹ đẻ 73 tuổi với 2 đứa con".)
  const childrenCounted = [...folded.matchAll(CHILDREN)].length > 0;
  if (
    relatives === 1 &&
    members.size <= 1 &&
    !childrenCounted &&
    !parentWithAge &&
    !writerToo &&
    !HOUSEHOLD_WORD.test(withoutKind) &&
    !PAIRS.test(folded)
  )
    return 1;
  PAIRS.lastIndex = 0;
  // "I'm 68 and live in Ho Chi Minh City…", "tôi 66 tuổi, không có lương hưu": the writer, with an age, and no one else.
  const alone =
    relatives === 0 &&
    !parentWithAge &&
    writerAloneWithAge(folded) &&
    !HOUSEHOLD_WORD.test(withoutKind) &&
    !PAIRS.test(folded) &&
    !NAMED_MEMBER.test(folded);
  PAIRS.lastIndex = 0;
  NAMED_MEMBER.lastIndex = 0;
  if (alone) return 1;
  // The same pair said twice ("vợ chồng tôi cưới…, mua cho 2 vợ chồng") is one couple.
  const named = [...folded.matchAll(PAIRS)];
  // "bố mẹ vợ tôi …, có phải đóng cho hai ông bà không": "hai ông bà" (the old couple) is the pair named before.
  // …and so is "đóng bhyt cho ông bà" after "bố mẹ tôi": the parents, named as the grandchildren call them.
  const sameOldCouple = (m: RegExpExecArray) =>
    /^(?:2|hai) ong ba$/.test(m[0]) || (m[0] === "ong ba" && /\bcho $/.test(folded.slice(0, m.index)));
  // ("bố mẹ ly hôn, mình ở với bà ngoại": parents apart, or gone, are no couple in the household.)
  const couples = named.filter(
    (m) => !(sameOldCouple(m) && named.some((o) => o.index! < m.index!)) && !goneFromHousehold(folded, m),
  );
  const pairs = new Set(couples.map((m) => samePair(m[0]))).size;
  // "con lớn 17 tuổi…, con nhỏ 10 tuổi… Còn hai đứa nhỏ thì…": a count after the children named is the same ones.
  // ("1 bé 7 tuổi, 1 bé 2 tuổi": a child inside an earlier count is that count's, not one named before this one.)
  const childCounts = [...folded.matchAll(CHILDREN)];
  const outsideCounts = (m: RegExpMatchArray) => !childCounts.some((c) => overlaps(m, c));
  const namedChildrenBefore = (index: number) =>
    [...folded.slice(0, index).matchAll(NAMED_MEMBER)].filter(
      (m) => CHILD_MEMBER.test(m[0]) && outsideCounts(m),
    ).length +
    [...folded.slice(0, index).matchAll(TEEN_BY_AGE)].filter(outsideCounts).length +
    // ("bé lớn 7 tuổi…, bé nhỏ 3 tuổi…, 2 bé có phải mua không": the young one named before is of them too.)
    [...folded.slice(0, index).matchAll(YOUNG_CHILD)].filter((m) => !m[1] && !m[3] && outsideCounts(m))
      .length;
  const counted = childCounts.filter(
    (m) =>
      namedChildrenBefore(m.index!) < (countValue(m[1]!) ?? 0) &&
      !countSaidAgain(folded, m, childCounts) &&
      !amongEarlierCount(folded, m, childCounts),
  );
  const children = counted.reduce((sum, m) => sum + (countValue(m[1]!) ?? 0), 0);
  // "vợ chồng tôi và cháu nhỏ 2 tuổi": a young child named without a count is one of the household too (and is
  // left out of the payers as under 6).
  // "2 đứa con, đứa lớn học lớp 10, đứa nhỏ 4 tuổi": children named after their count are those counted.
  // …unless the count came with all its ages and this child's is not one ("2 con 10 và 7 tuổi…, bé út 4 tuổi").
  const afterCount = (m: RegExpMatchArray) =>
    counted.some((c) => c.index! < m.index! && !anotherChild(folded, c, m[0]));
  // ("our kids are 4 and 8 (the 8-year-old is in grade 3)": a child of an English list, named again by age.)
  const listedAges = [...folded.matchAll(YOUNG_CHILD_EN)].flatMap((m) => (m[4] ? [m[4], m[5]] : []));
  const young = [...folded.matchAll(YOUNG_CHILD)].filter(
    (m) =>
      !m[1] &&
      !m[3] &&
      !counted.some((c) => overlaps(m, c)) &&
      !afterCount(m) &&
      !listedAges.includes(m[4] ?? m[5] ?? m[6] ?? m[7]),
  );
  const youngEn = [...folded.matchAll(YOUNG_CHILD_EN)].filter(
    (m) => !m[4] && ![...counted, ...young].some((c) => overlaps(m, c)) && !afterCount(m),
  );
  // "a 4-year-old and a 10-year-old": the older child, named by age only, is a member too.
  const older = [...folded.matchAll(TEEN_BY_AGE)].filter(
    (m) => ![...counted, ...young, ...youngEn].some((c) => overlaps(m, c)) && !afterCount(m),
  );
  const olderByAge = older.length;
  // "our kids are 3 and 8": two children listed by their ages, with no count.
  const agesListed = [...folded.matchAll(YOUNG_CHILD_EN)].filter(
    (m) => m[4] && ![...counted, ...young].some((c) => overlaps(m, c)),
  ).length;
  // "our kids are in grade 2 and 4 years old": children described one by one, with no count.
  const described = kidsDescribed(folded)
    .filter((k) => !counted.some((c) => c.index! < k.end && k.start < c.index! + c[0].length))
    .reduce((sum, k) => sum + k.count, 0);
  const namedYoung = young.length + youngEn.length + olderByAge + agesListed * 2 + described;
  // "me, my wife and …", "my parents, and me": the writer, in an English list.
  // …unless a pair named holds the writer already ("insures me, my wife stays at home").
  const writerInPair = couples.some(
    (m) =>
      /\b(?:and i|and me|me and|me ,)\b|\bme, |^we /.test(m[0]) ||
      pairedWithWriter(m[0]) !== undefined ||
      (/vo chong$/.test(m[0]) && /^ (?:toi|em|minh|tui)\b/.test(folded.slice(m.index! + m[0].length))) ||
      // "Vợ tôi 29 tuổi, tôi 31 tuổi… hai vợ chồng": the couple is the writer and the spouse named as theirs.
      // …or listed beside the writer ("Tôi 45 tuổi, vợ 43, … Hai vợ chồng làm nông").
      (/vo chong$/.test(m[0]) && (OWN_SPOUSE.test(folded) || SPOUSE_LISTED.test(folded))) ||
      // "tui làm ruộng…, 2 vợ chồng": the writer, opening the story, is one of the couple.
      (/^(?:2 |hai )?vo chong$/.test(m[0]) && WRITER_OPENS.test(folded)),
  );
  const self = !writerInPair && writerListed(folded, folded.replace(PAIRS, " ")) ? 1 : 0;
  // "vợ chồng em, mẹ em và bé": a relative named beside the pair is one more ("bố mẹ em" is the pair itself).
  const pairNames = couples.map((m) => m[0]);
  const others = new Set(
    [...folded.replace(PAIRS, (pair) => " ".repeat(pair.length)).matchAll(NAMED_MEMBER)]
      .filter(
        (m) =>
          ![...childCounts, ...young, ...youngEn].some((c) => overlaps(m, c)) &&
          !namedInPair(pairNames, m[0]) &&
          !(CHILD_MEMBER.test(m[0]) && afterCount(m)) &&
          !sameChildAgain(m[0], [...young, ...youngEn, ...older]) &&
          // ("chồng chị mất năm ngoái", "my late husband": no longer one of the household.)
          !goneFromHousehold(folded, m) &&
          // ("our kids are 4 and 9, the older one in grade 3": one of the children read before.)
          !(
            OLDER_OR_YOUNGER.test(m[0]) &&
            [...folded.matchAll(YOUNG_CHILD_EN), ...young, ...older].some((c) => c.index! < m.index!)
          ),
      )
      .map((m) => sameMember(m[0])),
  ).size;
  // "bố tôi là thương binh, mẹ tôi 70 tuổi… hai ông bà có phải đóng không": the old couple is the two named before.
  const oldCouple = couples.find((m) => /^(?:2|hai) ong ba$/.test(m[0]));
  // ("Bà 68 tuổi, ông 71 tuổi… hai ông bà": named by the pair's own words, they are left out of the others already.)
  const grownUpsBefore = oldCouple
    ? [...folded.slice(0, oldCouple.index).matchAll(NAMED_MEMBER)].filter((m) => !CHILD_MEMBER.test(m[0]))
    : [];
  const namedBefore = grownUpsBefore.filter((m) => !namedInPair(pairNames, m[0])).length;
  // ("Ba tôi 80 tuổi…, mẹ 76 tuổi… hai ông bà": "ba", the father, folds like the pair's "bà" and is one of the two.)
  const oldCoupleNamed = grownUpsBefore.length >= 2;
  const couplesCounted = oldCouple && (namedBefore >= 2 || oldCoupleNamed) ? pairs - 1 : pairs;
  const namedInOldCouple = oldCoupleNamed && namedBefore < 2 ? grownUpsBefore.length - namedBefore : 0;
  const size = couplesCounted * 2 + others + children + namedYoung + self + namedInOldCouple;
  // "me (45), my husband (47), my mother-in-law (72) and our daughter": a list with the writer in it needs no pair.
  // "my mother is 70 and my father is 76, both…": people named one by one, then taken together.
  // "I'm 45, my husband 48… for us": the writer and one other, taken together.
  // …or "tôi 62 tuổi, chồng tôi 66 tuổi": both listed with their ages.
  const us = self === 1 && others === 1 && (TAKEN_AS_US.test(folded) || (agesOf(folded)?.length ?? 0) >= 2);
  // "Tôi là nội trợ, chồng đang hưởng trợ cấp thất nghiệp": the writer beside one relative insured elsewhere.
  const besideCovered =
    self === 1 && others === 1 && children + namedYoung === 0 && coveredElsewhereMentions(folded).length > 0;
  const listed =
    us ||
    besideCovered ||
    pairs > 0 ||
    (self === 1 && others + children + namedYoung >= 2) ||
    (others >= 2 && TAKEN_TOGETHER.test(folded)) ||
    // "buy household insurance for her and our 2 kids", "mua cho vợ và 2 con": the people bought for, listed.
    (others >= 1 && children + namedYoung >= 1 && (BOUGHT_FOR.test(folded) || BESIDE_WRITER.test(folded))) ||
    (others === 1 && namedYoung >= 2 && SPOUSE_AND_OUR_KIDS.test(folded));
  if (!listed || size > LARGEST_HOUSEHOLD) return undefined;
  return size;
}

// "Vợ tôi nội trợ, hai con… Ngoài phần lương của tôi thì nhà tôi đóng thêm bao nhiêu": the others, the writer apart.
const BESIDE_WRITER =
  /\b(?:ngoai (?:phan (?:luong |bhyt )?(?:cua )?)?(?:toi|em|minh|tui)|tru (?:toi|em|minh|tui) ra|besides (?:me|my (?:own|salary|card))|apart from (?:me|my (?:own|salary|card))|except (?:me|for me))\b/;
const overlaps = (a: RegExpMatchArray, b: RegExpMatchArray) =>
  a.index! < b.index! + b[0].length && b.index! < a.index! + a[0].length;
