import type { AbbreviationsFile } from "../content/schemas/shared.schema.ts";
import { foldDiacritics } from "../core/fold.ts";

/** A message turned into tokens for the classifier. */
export interface NormalizedText {
  /** Folded, expanded, filler-free tokens ("bhyt" → "bao", "hiem", "y", "te"). */
  tokens: string[];
  /** The tokens as typed with their diacritics, when the message had any (an extra signal). */
  marked: string[];
}

const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff]/g;
const BEYOND_LETTERS = /[\u1f00-\u{10ffff}]/u;
const DIGIT = /\d/;
const EMOJI = /\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\u{fe0f}/gu;
const REPEATS = /(\p{L})\1{2,}/gu;
// Amounts: "1.263.600đ", "105k", "1tr5", "2 triệu", "50000 đồng". (?![\p{L}\p{N}]) ends a word, "đ" included.
const MONEY =
  /\b\d+(?:[.,]\d{3})+\s*(?:đ|d|dong|đồng|vnd)?(?![\p{L}\p{N}])|\b\d+(?:[.,]\d+)?\s*(?:k|nghìn|nghin|ngàn|ngan|tr|triệu|trieu)\d*(?![\p{L}\p{N}])|\b\d+\s*(?:đ|đồng|dong|vnd)(?![\p{L}\p{N}])/giu;

// Dates and month/year pairs: "15/3/2027", "15-3", "7/2026". One token, so the date's digits are not mistaken for words.
const DATE = /\b\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?\b|\b\d{1,2}\s*\/\s*\d{4}\b/g;

/** Builds a normaliser from the abbreviation table in intents/_shared/abbreviations.yaml. */
export function createNormalizer(table: AbbreviationsFile) {
  const expand = new Map(Object.entries(table.expand).map(([k, v]) => [k, split(foldDiacritics(v))]));
  const contextual = new Map(
    table.contextual.map((rule) => [
      rule.token,
      {
        near: new Set(rule.when_near),
        means: split(foldDiacritics(rule.means)),
        otherwise: rule.otherwise ? split(foldDiacritics(rule.otherwise)) : undefined,
      },
    ]),
  );
  const fillers = new Set(table.fillers);

  /** Cleans text: NFC, no zero-width characters or emoji, letter runs of 3+ collapsed, money and dates as one token each. */
  function clean(text: string): string {
    let out = text.normalize("NFC");
    // Most messages have no symbols past Vietnamese letters (U+1EF9) and no digits: their scans are skipped.
    if (BEYOND_LETTERS.test(out)) out = out.replace(ZERO_WIDTH, "").replace(EMOJI, " ");
    out = out.replace(REPEATS, "$1");
    return DIGIT.test(out) ? out.replace(MONEY, " sotien ").replace(DATE, " ngaythang ") : out;
  }

  /** Expands teencode and abbreviations, using neighbouring tokens for ambiguous ones. */
  function expandTokens(raw: string[]): string[] {
    const out: string[] = [];
    raw.forEach((token, index) => {
      const rule = contextual.get(token);
      if (rule) {
        const window = [...raw.slice(Math.max(0, index - 3), index), ...raw.slice(index + 1, index + 4)];
        const hit = window.some((near) => rule.near.has(near));
        out.push(...(hit ? rule.means : (rule.otherwise ?? [token])));
        return;
      }
      out.push(...(expand.get(token) ?? [token]));
    });
    return out;
  }

  return function normalize(text: string): NormalizedText {
    const cleaned = clean(text);
    const lowered = cleaned.toLowerCase();
    const foldedText = foldDiacritics(lowered);
    const tokens = expandTokens(split(foldedText)).filter((token) => !fillers.has(token));
    const marked = lowered === foldedText ? [] : split(lowered).filter((t) => t !== foldDiacritics(t));
    return { tokens, marked };
  };
}

/** A normaliser built from an abbreviation table. */
export type Normalize = ReturnType<typeof createNormalizer>;

function split(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
