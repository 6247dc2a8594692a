import type { Content } from "../../content/content.ts";
import { foldWords } from "../../core/fold.ts";
import type { Province } from "../../policy/policy.schema.ts";
import { type CommunePlaces, type FormerDistrict, placeIndexOf, placeKey } from "./place-index.ts";

/** What a short message names: a commune and its places, a former district, or a province alone. */
export type PlaceReading =
  | { kind: "commune"; found: CommunePlaces }
  | { kind: "district"; district: FormerDistrict }
  | { kind: "province"; province: string };

/** How a message is read as a place. */
export interface PlaceReadingOptions {
  /** The province the user is known to be in: communes are looked for there first. */
  province?: string;
  /** Forgive typos (the bot asked for a place, so a near name is meant). */
  fuzzy: boolean;
}

// Words said around a place name: "còn", "rứa", "em ở", "xã", "thì sao", "what about", "commune". A name that
// starts or ends with one of them ("Côn Đảo", "Minh Thanh") is still found: the longest reading is tried first.
const LEADING = new Set(
  (
    "con the thi rua ri vay va da vang a ah ok oke uh um em e toi tui minh to anh chi nha que o tai song dang hien " +
    "thuoc xa phuong huyen quan tinh tp and what how about i im m am live in at from s is"
  ).split(" "),
);
const TRAILING = new Set(
  "cu truoc day thi sao the nao nua a ah ak nhe nha nhi vay ha ne day dau o khong ko k roi commune ward district province city town please former old".split(
    " ",
  ),
);
// A part of the message said aside: "à nhầm, em ở xã Mỹ Quý", "sorry, Tan Trao".
const ASIDE = new Set("nham xin loi sorry oops oh ui oi u".split(" "));
// A hamlet, a street or a house number is below the commune: it names no place the data has.
const BELOW_COMMUNE =
  /^(?:(?:thon|ap|ban|xom|khom|khu pho|khu|to dan pho|so nha|duong|hamlet|village|street)\s+[a-z\d]+|(?:so|to)\s+\d+)(?:\s+[a-z\d]+){0,3}$/;
// Words that start a new part of an address typed without commas ("xã Hợp Thành huyện Sơn Dương").
const PART_START = new Set(["xa", "phuong", "huyen", "quan", "tinh", "tp"]);
const PROVINCE_KIND = /^(?:tinh|thanh pho|tp)\s+/;
// Markers that say the text is a place even when the name is unknown: "xã …", "huyện …", "thôn …".
const PLACE_MARKER =
  /^(?:(?:em|toi|tui|minh|nha|que|o|tai)\s+)*(?:(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|tp|thon|ap|ban|xom|khom|khu pho)\s+\S|(?:to|so)\s+\d)/;
// Words of a greeting or a question, never of a place name: "Xin Chào", "Cho Hỏi" capitalised are not places.
const NOT_IN_NAMES = new Set(
  "xin chao hoi giup cam bao nhieu bn nguoi gi sao khong ko duoc can muon lam biet hello hi thanks thank what how why nao dc mua xai roi when where which bhyt".split(
    " ",
  ),
);
const MAX_PART_WORDS = 6;
const MAX_ADDRESS_WORDS = 14;

const provinceKeys = new WeakMap<readonly Province[], Map<string, string>>();

/**
 * Reads a short message as places: each part of an address ("Kháng Nhật, Sơn Dương, Tuyên Quang") must name one,
 * with filler words around ("còn … thì sao"). The commune named wins, then a former district, then a province.
 */
export function readPlace(
  content: Content,
  today: string,
  message: string,
  options: PlaceReadingOptions,
): PlaceReading | undefined {
  const parts = addressParts(message);
  if (parts.length === 0 || parts.flat().length > MAX_ADDRESS_WORDS) return undefined;
  // Counted without the words around a name ("còn huyện Sơn Dương cũ thì sao" names two words).
  if (parts.some((words) => nameLength(words) > MAX_PART_WORDS)) return undefined;
  const index = placeIndexOf(content);
  let province: string | undefined;
  const rest: string[][] = [];
  for (const whole of parts) {
    if (whole.every((word) => ASIDE.has(word) || LEADING.has(word) || TRAILING.has(word))) continue;
    const named = provinceNamed(content.policy.provinces, readings(whole));
    if (named) {
      province ??= named;
      continue;
    }
    // "phường Bình Thạnh tphcm": a province typed after the commune without a comma.
    const [words, after] = provinceAtEnd(content.policy.provinces, whole);
    if (after) province ??= after;
    const alsoProvince = after ? provinceNamed(content.policy.provinces, readings(words)) : undefined;
    if (!alsoProvince) rest.push(readings(words));
  }
  const scope = province ?? options.province;
  const communeNamed = (name: string, within: string | undefined, fuzzy: boolean) =>
    index.find(name, today, within, fuzzy);
  const districtNamed = (name: string, within: string | undefined, fuzzy: boolean) =>
    index.district(name, within, fuzzy);
  let commune: CommunePlaces | undefined;
  let district: FormerDistrict | undefined;
  for (const candidates of rest) {
    const found = firstKnown(communeNamed, candidates, scope, options.fuzzy, !province);
    const near = found ? undefined : firstKnown(districtNamed, candidates, scope, options.fuzzy, !province);
    commune ??= found;
    district ??= near;
    // Every part is a place: "số điện thoại BHXH tỉnh Đồng Tháp" asks something, it does not name a province.
    if (!found && !near && !belowCommune(candidates[0]!)) return undefined;
  }
  if (commune) return { kind: "commune", found: commune };
  if (district) return { kind: "district", district };
  return province ? { kind: "province", province } : undefined;
}

/** True when a message looks like a place the user typed (an address, "xã …", a capitalised name), known or not. */
export function looksLikePlace(message: string): boolean {
  const words = message.trim().split(/\s+/);
  const folded = foldWords(message);
  if (words.length > MAX_ADDRESS_WORDS || folded.split(" ").some((word) => NOT_IN_NAMES.has(word)))
    return false;
  if (message.includes(",") || PLACE_MARKER.test(folded)) return true;
  const capitalised = words.every((word) => /^\p{Lu}/u.test(word));
  return words.length >= 2 && words.length <= 5 && capitalised;
}

/** True for a hamlet, a street or a house number ("thôn 5", "tổ 3"): part of an address, not a question. */
function belowCommune(words: string): boolean {
  return BELOW_COMMUNE.test(words) && !words.split(" ").some((word) => NOT_IN_NAMES.has(word));
}

/** The message's address parts (split on commas and before "xã", "huyện", "tỉnh"…), each as folded words. */
function addressParts(message: string): string[][] {
  const parts: string[][] = [];
  for (const piece of message.split(/[,;\n]+|\s-\s/)) {
    let words: string[] = [];
    const folded = foldWords(piece).split(" ").filter(Boolean);
    for (const [i, word] of folded.entries()) {
      const starts =
        PART_START.has(word) ||
        (i + 1 < folded.length && /^(thi xa|thanh pho|thi tran)$/.test(`${word} ${folded[i + 1]}`));
      const afterMarker = i > 0 && /^(thi|thanh)$/.test(folded[i - 1]!);
      if (starts && !afterMarker && words.some((w) => !LEADING.has(w))) {
        parts.push(words);
        words = [];
      }
      words.push(word);
    }
    if (words.length > 0) parts.push(words);
  }
  return parts;
}

// The words of the shortest reading: the name without the filler words around it.
const nameLength = (words: readonly string[]) => readings(words).at(-1)?.split(" ").length ?? 0;

/** The ways to read the words as a name, the filler words around it left out, longest first. */
function readings(words: readonly string[]): string[] {
  let first = 0;
  while (first < words.length - 1 && LEADING.has(words[first]!)) first++;
  let end = words.length;
  while (end > first + 1 && TRAILING.has(words[end - 1]!)) end--;
  const found: string[] = [];
  for (let start = 0; start <= first; start++)
    for (let stop = words.length; stop >= end; stop--)
      if (stop > start) found.push(words.slice(start, stop).join(" "));
  return found.sort((a, b) => b.length - a.length);
}

// The first name the index knows exactly, in the province given, else anywhere when no province was said; a typo
// is forgiven only on the shortest reading, and only when asked to be.
function firstKnown<T>(
  lookup: (name: string, scope: string | undefined, fuzzy: boolean) => T | undefined,
  candidates: readonly string[],
  scope: string | undefined,
  fuzzy: boolean,
  anywhere: boolean,
): T | undefined {
  for (const candidate of candidates) {
    const found =
      lookup(candidate, scope, false) ??
      (anywhere && scope ? lookup(candidate, undefined, false) : undefined);
    if (found) return found;
  }
  const shortest = candidates.at(-1);
  return fuzzy && shortest ? lookup(shortest, scope, true) : undefined;
}

/** The province a part names on its own ("Tuyên Quang", "tỉnh Đồng Tháp", "Hà Giang" before the merger). */
// The part without a province named by its last one or two words, and that province.
function provinceAtEnd(provinces: readonly Province[], words: string[]): [string[], string | undefined] {
  for (const size of [2, 1]) {
    if (words.length <= size + 1) continue;
    const code = provinceKeysOf(provinces).get(
      placeKey(words.slice(-size).join(" ")).replace(PROVINCE_KIND, ""),
    );
    if (code) return [words.slice(0, -size), code];
  }
  return [words, undefined];
}

function provinceNamed(provinces: readonly Province[], candidates: readonly string[]): string | undefined {
  const keys = provinceKeysOf(provinces);
  for (const candidate of candidates) {
    const code = keys.get(placeKey(candidate).replace(PROVINCE_KIND, ""));
    if (code) return code;
  }
  return undefined;
}

function provinceKeysOf(provinces: readonly Province[]): Map<string, string> {
  const known = provinceKeys.get(provinces);
  if (known) return known;
  const keys = new Map<string, string>();
  for (const p of provinces)
    for (const name of [p.name.vi, p.name.en, ...p.aliases, ...p.former_names])
      keys.set(placeKey(name).replace(PROVINCE_KIND, ""), p.code);
  provinceKeys.set(provinces, keys);
  return keys;
}
