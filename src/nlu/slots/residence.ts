// "đang tạm trú ở TPHCM", "ở trọ", "temporary residence": staying in the province without permanent residence there.
const STAYS_ONLY =
  /\b(?:tam tru|o tro|thue tro|o nho|temporary residen\w*|temporarily|only (?:staying|living) (?:here|there|in))\b/;
// …unless permanent residence there is said too ("thường trú ở TPHCM").
const PERMANENT_HERE =
  /\b(?:thuong tru (?:o|tai) (?:tp|thanh pho|tphcm|sai gon|ha noi)|permanent residence (?:in|at) )/;

/**
 * Whether folded text says someone only stays where they live, registered elsewhere ("tạm trú", "ở trọ"): a
 * province's level for residents of an age does not reach them.
 */
export function staysTemporarily(folded: string): boolean {
  return STAYS_ONLY.test(folded) && !PERMANENT_HERE.test(folded);
}
