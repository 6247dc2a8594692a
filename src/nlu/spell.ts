/**
 * Corrects out-of-vocabulary tokens: to a known token one edit away (SymSpell-style deletion index), or, for
 * syllables typed without the space between them ("xãhội", "dangky"), to the two known syllables.
 */
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

  const countOf = (word: string) => vocabulary.get(word) ?? 0;

  /** The most frequent split of a glued token into two known syllables of 2+ letters, if any. */
  function unglue(token: string): string[] | undefined {
    let best: string[] | undefined;
    let bestScore = 0;
    for (let i = 2; i <= token.length - 2; i++) {
      const left = token.slice(0, i);
      const right = token.slice(i);
      const score = Math.min(countOf(left), countOf(right));
      if (score > bestScore) {
        best = [left, right];
        bestScore = score;
      }
    }
    return best;
  }

  function correctOne(token: string): string {
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
  }

  return function correct(token: string): string[] {
    if (token.length < 3 || vocabulary.has(token) || /\d/.test(token)) return [token];
    const corrected = correctOne(token);
    if (corrected !== token) return [corrected];
    return (token.length >= 4 && unglue(token)) || [token];
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
