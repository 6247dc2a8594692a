import Fuse from "fuse.js";
import { foldDiacritics } from "../../core/fold.ts";
import type { Province } from "../../policy/policy.schema.ts";

/** A province the message names; `typed` is set when the user used a pre-2025 name now merged into it. */
export interface ProvinceSlot {
  code: string;
  formerName?: string;
}

/** A commune-level unit the message names, as typed ("xã Hợp Thành"). Matching it to data is the place finder's job. */
export interface CommuneSlot {
  kind: "xa" | "phuong" | "thi_tran" | "dac_khu";
  name: string;
}

const WORDS_AFTER_MARKER = 4;
const HOMETOWN = /\b(?:que|hometown|back home)\b/;
const AWAY_CLAUSE = /\b(?:di lam|lam viec|lam|hoc|cong tac|works?|working|stud(?:y|ies|ying))\b[^,.;:!?()]*/g;
const FUZZY_THRESHOLD = 0.25;
const MAX_FUZZY_SEARCHES = 4;
const FUZZY_MEMO_LIMIT = 5000;

interface NameEntry {
  folded: string;
  code: string;
  formerName?: string;
}

// Words after which a place name follows: "tỉnh Hà Giang", "ở Sài Gòn", "tp hcm", "in Da Nang".
// The name sits in a lookahead so that "ở tỉnh Quảng Nam" yields both "tinh quang nam…" and "quang nam…".
const PLACE_MARKER =
  /\b(?:tinh|thanh pho|tp|o|tai|que|thuong tru|tam tru|in|at|province|city)\s+(?=([a-z0-9]+(?:\s+[a-z0-9]+){0,3}))/g;
const UNIT_WORDS = new Set(["quan", "huyen", "phuong", "xa", "thi", "district", "ward", "commune"]);
// One-word names that are no other word ("hue", "sg", "dn" are: they count only after a marker).
const UNMISTAKABLE = new Set(["tphcm", "hcm", "hcmc", "saigon", "hanoi", "daklak", "kontum", "brvt"]);
const COMMUNE =
  /(?:^|[^\p{L}])(xã|phường|thị trấn|đặc khu|xa|phuong|thi tran|dac khu)\s+((?:[\p{L}\d]+\s*){1,4})/giu;
// Words that end a commune name typed without punctuation ("xã Hợp Thành thì đóng ở đâu"). Compared as typed,
// so "đóng" (pay) stops a name but "Đông" (a common name syllable) does not.
const NAME_STOP = new Set(
  "thì có ở là để đóng nộp mua làm đi đến của và hay như cần muốn được bao huyện tỉnh tp tôi mình em anh chị cho".split(
    " ",
  ),
);
// Typed without marks, "dong" could be "đóng" (pay) or "Đông" (a name), so it does not end a name there.
const NAME_STOP_UNMARKED = new Set([...NAME_STOP].map(foldDiacritics).filter((word) => word !== "dong"));
// Not communes: "xã hội" (society), "xa quá" (far away) and the like.
// ("phường mới sau sáp nhập": no name, a word about the commune; "cù", "minh", "đồ" begin real names.)
const NOT_A_NAME = new Set(["hoi", "qua", "lam", "xoi", "xam", "nha", "la", "moi"]);

/** Finds provinces (current and former names, typos forgiven) and communes in a message. */
export function createPlaceFinder(provinces: readonly Province[]) {
  const entries: NameEntry[] = provinces.flatMap((p) => [
    { folded: foldDiacritics(p.name.vi).replace(/^tp\.?\s*/, ""), code: p.code },
    { folded: foldDiacritics(p.name.en), code: p.code },
    ...p.aliases.map((a) => ({ folded: foldDiacritics(a), code: p.code })),
    ...p.former_names.map((f) => ({
      folded: foldDiacritics(f).replace(/\s*-\s*/g, " "),
      code: p.code,
      formerName: f,
    })),
  ]);
  const byName = new Map(entries.map((e) => [e.folded, e]));
  // One small fuse.js index per initial letter: people rarely mistype the first letter, and searching ~10 names
  // instead of ~130 keeps a long message's lookup well under a millisecond.
  const fuseByInitial = new Map<string, Fuse<NameEntry>>();
  for (const initial of new Set(entries.map((e) => e.folded[0]!))) {
    const group = entries.filter((e) => e.folded[0] === initial);
    fuseByInitial.set(
      initial,
      new Fuse(group, {
        keys: ["folded"],
        includeScore: true,
        threshold: FUZZY_THRESHOLD,
        ignoreLocation: true,
      }),
    );
  }
  // The phrases searched ("dau dong", "dau vay") recur from message to message: each is searched once (bounded).
  const fuzzyMemo = new Map<string, NameEntry | undefined>();
  const fuzzy = (phrase: string): NameEntry | undefined => {
    if (fuzzyMemo.has(phrase)) return fuzzyMemo.get(phrase);
    const best = fuseByInitial.get(phrase[0]!)?.search(phrase, { limit: 1 })[0];
    const found = best && (best.score ?? 1) <= FUZZY_THRESHOLD ? best.item : undefined;
    if (fuzzyMemo.size >= FUZZY_MEMO_LIMIT) fuzzyMemo.clear();
    fuzzyMemo.set(phrase, found);
    return found;
  };
  // Names by their first syllable, so the exact scan looks only where a name could start.
  const sizesByFirstWord = new Map<string, number[]>();
  for (const name of byName.keys()) {
    const [first, ...rest] = name.split(" ");
    if (rest.length === 0) continue;
    const sizes = sizesByFirstWord.get(first!) ?? [];
    if (!sizes.includes(rest.length + 1)) sizes.push(rest.length + 1);
    sizesByFirstWord.set(first!, sizes);
  }

  /** The province named in folded text: an exact name of 2+ syllables anywhere, or a near match after a marker. */
  function provinceOf(text: string): ProvinceSlot | undefined {
    // "quê có 6 người…, em đi làm công ty ở Bình Dương": where someone works or studies is not where the family lives.
    const folded = HOMETOWN.test(text) ? text.replace(AWAY_CLAUSE, " ") : text;
    // (Stops stay as words, so no name runs across one: "nội trợ ở nhà, bé trai 9 tuổi" names no Nhà Bè.)
    const words = folded.match(/[a-z0-9]+|[,.;:!?()]/g) ?? [];
    // The longest name wins, then the leftmost.
    let best: { entry: NameEntry; size: number } | undefined;
    // ("thủ dầu một bình dương": a town's name beside its former province's, which the answer names as merged.)
    let former: NameEntry | undefined;
    for (let i = 0; i < words.length; i++) {
      for (const size of sizesByFirstWord.get(words[i]!) ?? []) {
        if (i + size > words.length) continue;
        const hit = byName.get(words.slice(i, i + size).join(" "));
        if (hit?.formerName) former ??= hit;
        if (hit && !(best && best.size >= size)) best = { entry: hit, size };
      }
    }
    if (best) return slot(former?.code === best.entry.code ? former : best.entry);
    // "a permanent resident of HCMC": a one-word name that is nothing but a place name counts anywhere.
    const plain = words.map((word) => (UNMISTAKABLE.has(word) ? byName.get(word) : undefined)).find(Boolean);
    if (plain) return slot(plain);
    const markers = [...folded.matchAll(PLACE_MARKER)].map((m) => m[1]!.split(" "));
    // "ở tphcm", and "ở quận 8 tphcm": a one-word name among the first words after the marker.
    for (const words of markers) {
      const exact = words
        .slice(0, WORDS_AFTER_MARKER)
        .map((word) => byName.get(word))
        .find(Boolean);
      if (exact) return slot(exact);
    }
    // Typos: fuzzy search on the two- and three-syllable phrases after a marker (most names have two),
    // a bounded number of times so a long message stays fast.
    let searches = 0;
    for (const words of markers) {
      // "ở quận Bình Thạnh": a district or commune follows, never a province misspelt ("quan binh" is not Quảng Bình).
      // …and "ở nhà trông con" is at home, never Nha Trang misspelt.
      if (UNIT_WORDS.has(words[0]!) || words[0] === "nha") continue;
      for (const size of [2, 3]) {
        if (words.length < size || searches >= MAX_FUZZY_SEARCHES) continue;
        searches++;
        const near = fuzzy(words.slice(0, size).join(" "));
        if (near) return slot(near);
      }
    }
    return undefined;
  }

  return { provinceOf, communeOf };
}

const finders = new WeakMap<readonly Province[], PlaceFinder>();

/** The place finder of a province list, built once and shared by everyone who reads that list. */
export function placeFinderFor(provinces: readonly Province[]): PlaceFinder {
  const known = finders.get(provinces);
  if (known) return known;
  const finder = createPlaceFinder(provinces);
  finders.set(provinces, finder);
  return finder;
}

/** A finder of places in text, built from the province list. */
export type PlaceFinder = ReturnType<typeof createPlaceFinder>;

function slot(entry: NameEntry): ProvinceSlot {
  return entry.formerName ? { code: entry.code, formerName: entry.formerName } : { code: entry.code };
}

const KINDS: Record<string, CommuneSlot["kind"]> = {
  xa: "xa",
  phuong: "phuong",
  "thi tran": "thi_tran",
  "dac khu": "dac_khu",
};

/** The commune named in the original text (NFC), keeping the user's spelling of the name. */
function communeOf(text: string): CommuneSlot | undefined {
  const unmarked = foldDiacritics(text) === text.toLowerCase();
  for (const match of text.matchAll(COMMUNE)) {
    const marker = match[1]!;
    const kind = KINDS[foldDiacritics(marker)];
    const words: string[] = [];
    const capitalised = (word: string) => word[0] !== word[0]!.toLowerCase();
    for (const word of match[2]!.trim().split(/\s+/)) {
      const stop = unmarked ? NAME_STOP_UNMARKED.has(word.toLowerCase()) : NAME_STOP.has(word.toLowerCase());
      // A name typed with capitals ends at the first lower-case word.
      if (stop || (words.length > 0 && capitalised(words[0]!) && !capitalised(word))) break;
      words.push(word);
    }
    const first = words[0];
    if (!kind || !first || NOT_A_NAME.has(foldDiacritics(first))) continue;
    // Unaccented "xa" is also "far"; take it as a commune only when the name is capitalised.
    if (marker.toLowerCase() === "xa" && !capitalised(first)) continue;
    return { kind, name: words.join(" ") };
  }
  // "Ba Dinh ward", "Tan Trao commune": English puts the kind after a capitalised name.
  const english = ENGLISH_COMMUNE.exec(text);
  if (english) return { kind: english[2]!.toLowerCase() === "ward" ? "phuong" : "xa", name: english[1]! };
  return undefined;
}

const ENGLISH_COMMUNE = /((?:\p{Lu}[\p{L}]*\s+){0,3}\p{Lu}[\p{L}]*)\s+([Ww]ard|[Cc]ommune)\b/u;
