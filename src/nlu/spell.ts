/** Corrects out-of-vocabulary tokens to a known token one edit away (SymSpell-style deletion index). */
export function createSpellCorrector(vocabulary: ReadonlyMap<string, number>) {
  const deletions = new Map<string, string[]>();
  for (const word of vocabulary.keys()) {
    if (word.length < 3) continue;
    for (const variant of deletesOf(word)) {
      const list = deletions.get(variant);
      if (list) list.push(word);
      else deletions.set(variant, [word]);
    }
  }

  return function correct(token: string): string {
    if (token.length < 3 || vocabulary.has(token) || /\d/.test(token)) return token;
    let best = token;
    let bestCount = 0;
    const consider = (candidate: string) => {
      const count = vocabulary.get(candidate) ?? 0;
      if (count > bestCount && isOneEditAway(token, candidate)) {
        best = candidate;
        bestCount = count;
      }
    };
    for (const candidate of deletions.get(token) ?? []) consider(candidate);
    for (const variant of deletesOf(token)) {
      if (vocabulary.has(variant) && variant.length >= 3) consider(variant);
      for (const candidate of deletions.get(variant) ?? []) consider(candidate);
    }
    return best;
  };
}

function deletesOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau–Levenshtein distance of exactly one (insert, delete, substitute or swap neighbours). */
function isOneEditAway(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
