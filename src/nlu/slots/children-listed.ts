// Counted children whose ages follow in a list, rewritten so the age readers take each child.

// "with 2 kids: 8 in grade 3 and 3": counted children, then their ages, a grade beside one (read as "aged 8 and 3").
const COUNTED_KIDS_LISTED =
  /\b((?:\d|two|three|four) (?:kids|children)) , (\d{1,2}(?: in grade \d{1,2})?(?:(?: ?,| and| &| , and) \d{1,2}(?: in grade \d{1,2})?)+)\b/g;
const IN_GRADE = / in grade \d{1,2}/g;
// "3 con: 10 tuổi học lớp 4, 7 tuổi học lớp 2, 4 tuổi học mẫu giáo": counted children, each with an age and a few words
// (read as "3 con 10, 7 và 4 tuổi": the ages say who is at school).
const CHILD_ITEM = "\\d{1,2} (?:tuoi|t)\\b(?: (?!va\\b)[a-z0-9]+){0,5}";
const COUNTED_CHILDREN_LISTED = new RegExp(
  `\\b((?:\\d|hai|ba|bon) (?:con|dua con|dua|chau|be)) ?, ?(${CHILD_ITEM}(?:(?: ?, ?va | ?, ?| va )${CHILD_ITEM})+)`,
  "g",
);
const agesListed = (list: string) => {
  const ages = list.match(/\b\d{1,2}(?= (?:tuoi|t)\b)/g) ?? [];
  return `${ages.slice(0, -1).join(" , ")} va ${ages.at(-1)}`;
};

// "…, 20 tuổi làm công nhân có BHYT": a listed child insured through work keeps that clause after the ages.
const COVERED_ITEM = /\b(?:cong nhan|cong ty|cty|di lam|nhan vien|co bhyt|co bao hiem|co the)\b/;
const coveredItems = (list: string) =>
  list
    .split(/ ?, ?va | ?, ?| va /)
    .filter((item) => COVERED_ITEM.test(item))
    .map((item) => ` , dua ${item}`)
    .join("");

/** Folded text with counted children listed one by one ("2 kids , 8 in grade 3 and 3") as a list of ages. */
export function withChildrenListed(folded: string): string {
  return folded
    .replace(
      COUNTED_KIDS_LISTED,
      (_m, kids: string, list: string) => `${kids} aged ${list.replace(IN_GRADE, "")}`,
    )
    .replace(
      COUNTED_CHILDREN_LISTED,
      (_m, kids: string, list: string) => `${kids} ${agesListed(list)} tuoi${coveredItems(list)}`,
    );
}
