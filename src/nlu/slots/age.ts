// "7 tuổi", "con lớn 7t", "7 years old": an age in years, from folded text.
const AGE = /\b(\d{1,3}) ?(?:tuoi|t|years? old|yo|year-old)\b/;

/** The age in years a folded message names, or undefined. */
export function ageOf(folded: string): number | undefined {
  const age = AGE.exec(folded)?.[1];
  return age === undefined ? undefined : Number(age);
}
