// Members of a household named by their place in the family ("mẹ tôi", "bà nội", "con lớn", "my dad"), in folded text.

/** One relative of the asker's, named ("mẹ tôi", "my dad"). */
// "mẹ tôi", "mẹ đẻ", "bà nội em", "my dad", "Mother is 70": one relative of the asker's ("…dưới 6 tuổi mà em." ends a sentence:
// "mà", no "má").
export const ONE_RELATIVE =
  /\b(?:me|bo|ba|cha|ong|tia|ba noi|ba ngoai|ong noi|ong ngoai) (?:toi|em|e|minh|tui)\b|\b(?:me|bo|cha|ma|tia) (?:de|ruot)\b|\bma (?:toi|em|e|minh|tui)\b(?!\s*(?:[.,;!?]|$))|\b(?:anh|chi|em) (?:trai|gai) (?:toi|em|e|minh|tui)\b|\bmy (?:mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|aunt|auntie|uncle)\b(?! in law)|\b(?:mother|father|mum|mom|dad|grandma|grandpa|grandmother|grandfather|granny|aunt|auntie|uncle) (?:is |s )?\d{2,3}\b/g;
// "bà nội", "cháu lớn", "con út" beside others: a member named by place in the family ("ba" here is no count); a
// child's age follows for the age readers, a grown child's ("con trai 32 tuổi") is theirs.
// "má 66 tuổi", "bố 70 tuổi": a parent named with an age, beside another ("ba tôi 70, má 66 tuổi").
// ("ba 67 tuổi", the father in the South or a grandmother, is a member either way.)
/** A parent named with an age ("má 66 tuổi"). */
export const PARENT_WITH_AGE = /\b(?:me|bo|ma|cha|tia|ba|ong) \d{2,3} tuoi\b/g;
// ", mẹ 64 không có lương hưu": a parent with an age and no "tuổi", told in a Vietnamese clause.
// ("Quận 8: ba 66, má 63, vợ chồng 35", "nhà có ba 64, má 60": a parent listed with a grown-up's age alone, "ba" too; in English "me 37"
// is the writer.)
const PARENT_AGE_CLAUSE =
  /(?:^|[,:]|\b(?:co|gom)(?= )|(?<=\b(?:bo|ma|cha|tia|ba|me) [2-9]\d))\s*(?:(?:me|bo|ma|cha|tia) \d{2} (?=(?:khong|ko|chua|co|dang|lam|o|ban|van|thi)\b)|(?:bo|ma|cha|tia|ba) [2-9]\d(?=\s*[,;.]|\s+va\b|\s+(?:me|bo|ma|cha|tia) \d)|me [2-9]\d(?=\s*[,;.]|\s+va\b)(?![^.;?]*\b(?:my|our|husband|wife|kids|children|and|freelance)\b))/;
/** Any member named by place in the family, with the relatives and parents above (global: reset lastIndex). */
export const NAMED_MEMBER = new RegExp(
  `${ONE_RELATIVE.source}|${PARENT_WITH_AGE.source}|${PARENT_AGE_CLAUSE.source}|\\b(?:ba|ong) (?:noi|ngoai)\\b|\\b(?:my|our) (?:husband|wife|(?:(?:younger|older|elder|big|little|baby|twin) )?(?:brother|sister))\\b|\\b(?:anh|em|chi) (?:trai|gai)\\b|\\b(?:anh|chi) (?:hai|ca)\\b(?= \\d| (?:lam|di|dang|la|co)\\b|\\s*[,.])|\\bem (?:toi|minh|tui)\\b(?= (?:hoc|dang|lam|la|\\d))|\\b(?:thang|dua|con) em\\b(?= (?:(?:trai|gai) )?(?:dang )?(?:hoc )?lop \\d)|\\b(?:me|bo|ba|cha|anh|em|chi) (?:chong|vo)\\b|(?<!\\b(?:me|bo|ba|cha|anh|em|chi) )\\b(?:chong|vo) (?:toi|em|e|minh|tui|\\d{2} tuoi)\\b|(?:^|,|\\bva|\\bvoi|\\bco)\\s*(?:chong|vo)\\b(?= (?:cong an|bo doi|di lam|lam|la|dang|cung|co (?:bhyt|bh|bao hiem|the)|buon ban|ban|day|kinh doanh|chay|o nha|noi tro|\\d{2})\\b|\\s*[,.;]| va\\b)|\\bcho (?:chong|vo)\\b(?= (?:voi|va)\\b)|(?:\\bva|\\bvoi)\\s*(?:me|bo|ma|cha|tia)\\b(?=\\s*(?:[,.;]|$)| (?:va|voi|cung|o|dang|\\d{2})\\b)|(?<!\\b(?:may|cac|hai|2|nhung) )\\b(?:chau|con|dua|thang|con be) (?:lon|ca|ut|gai|trai|dau|nho|thu(?: (?:hai|ba|2|3))?|giua)\\b(?! (?:duoi|\\d\\b|[12]\\d\\b))|\\bcon (?:dau|re)\\b(?= (?:1[89]|[2-9]\\d)\\b)|(?:^|,|\\bva|\\bvoi)\\s*(?:con|be|chau)(?: (?:toi|em|minh|tui))? (?=(?:dang )?(?:(?:hoc|di hoc) (?:lop|mau giao|tieu hoc|cap|truong)\\b|lop \\d))|\\b(?:my |our )?(?:grandma|grandpa|grandmother|grandfather|granny|(?:mother|father|mum|mom|dad) in law|sister in law|brother in law)\\b|\\b(?:my|our|a|her|his|their) (?:son|daughter|kid|child|boy|girl)\\b|\\b(?:the |our |my )?(?:older|elder|eldest|oldest|big|younger|youngest|little) (?:kid|child|one|son|daughter|boy|girl)\\b|(?<!\\b(?:single|a|an|home|working|new|young)[ -])\\b(?:mum|mom|dad)\\b(?! (?:and|&) (?:dad|mum|mom)\\b)|(?:, |\\band )(?:wife|husband|son|daughter)(?= ,| \\d| grade| in grade| at)\\b|\\b(?:her|his) (?:mother|father|mum|mom|dad)\\b(?! in law)`,
  "g",
);

/** "the older one", "younger kid": a child named by their place among the children. */
export const OLDER_OR_YOUNGER =
  /^(?:(?:the|our|my) )?(?:older|elder|eldest|oldest|big|younger|youngest|little) /;
/** A member named who is a child ("con lớn", "our son", "the younger one"). */
export const CHILD_MEMBER =
  /^(?:(?:chau|con|dua) |(?:my|our|a) (?:son|daughter|kid|child|boy|girl)$|(?:(?:the|our|my) )?(?:older|elder|eldest|oldest|big|younger|youngest|little) (?:kid|child|one|son|daughter|boy|girl)$)/;

/** Whether folded text names a member by their place in the family ("bà nội", "mẹ tôi", "my dad"). */
export function namesMember(folded: string): boolean {
  NAMED_MEMBER.lastIndex = 0;
  const named = NAMED_MEMBER.test(folded);
  NAMED_MEMBER.lastIndex = 0;
  return named;
}
