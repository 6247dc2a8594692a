import Fuse from "fuse.js";
import type { Content } from "../../content/content.ts";
import { PLACE_TYPES, type Place } from "../../content/schemas/places.schema.ts";
import { foldWords } from "../../core/fold.ts";

/** The places of one commune (and the BHXH offices serving it), best first. */
export interface CommunePlaces {
  commune: string;
  province: string;
  places: Place[];
}

/** A former district (before the 2025 reform), known by the BHXH office named after it, and the communes it serves. */
export interface FormerDistrict {
  name: string;
  province: string;
  communes: string[];
}

interface AreaName {
  key: string;
  name: string;
  province: string;
}

const FUZZY_THRESHOLD = 0.3;
const indexes = new WeakMap<Content, ReturnType<typeof buildIndex>>();
// Words before a commune's or a district's own name ("xã Hợp Thành", "huyện Sơn Dương").
const COMMUNE_KIND = /^(?:xa|phuong|thi tran|dac khu)\s+/;
const DISTRICT_KIND = /^(?:huyen|quan|thi xa|thanh pho|tp)\s+/;
// "BHXH cơ sở Sơn Dương (mẫu)": the office of a former district bears its name.
const OFFICE_OF_DISTRICT = /^(?:bhxh|bảo hiểm xã hội)\s+(?:cơ sở|khu vực|huyện|quận|thị xã)\s+/iu;
// A syllable ending in y after a consonant is spelled either way: Mỹ Quý = Mĩ Quí, Kỳ = Kì, Lý = Lí.
const Y_AS_I = /\b(qu|[bcdghklmnprstvx]|ch|gh|kh|nh|ph|th|tr)y\b/g;

/** A place name as compared: no marks, case or punctuation, and y/i after a consonant as one letter. */
export function placeKey(name: string): string {
  return foldWords(name).replace(Y_AS_I, "$1i");
}

/** The place index of the content (built once per content version). */
export function placeIndexOf(content: Content) {
  const known = indexes.get(content);
  if (known) return known;
  const index = buildIndex(content.places);
  indexes.set(content, index);
  return index;
}

/** Looks up places by a commune or former district typed loosely (current or pre-2025 name, typos forgiven). */
function buildIndex(places: readonly Place[]) {
  const communeNames: AreaName[] = [];
  const districts: (FormerDistrict & { key: string })[] = [];
  for (const place of places) {
    for (const name of [place.commune, ...place.commune_former])
      communeNames.push({ key: placeKey(name), name: place.commune, province: place.province });
    // A commune served by an office may have no place of its own: its office is its place.
    for (const name of place.serves)
      communeNames.push({ key: placeKey(name), name, province: place.province });
    const office = place.name.replace(/\(.*?\)/g, "").trim();
    if (place.type === "bhxh_office" && OFFICE_OF_DISTRICT.test(office)) {
      const name = office.replace(OFFICE_OF_DISTRICT, "");
      const communes = [...new Set([place.commune, ...place.serves])];
      districts.push({ key: placeKey(name), name, province: place.province, communes });
    }
  }
  const communes = unique(communeNames);
  const communeFuse = new Fuse(communes, { keys: ["key"], includeScore: true, threshold: FUZZY_THRESHOLD });
  const districtFuse = new Fuse(districts, { keys: ["key"], includeScore: true, threshold: FUZZY_THRESHOLD });
  const inForce = (place: Place, today: string) =>
    place.valid_from <= today && (!place.valid_to || today <= place.valid_to);
  const rank = (place: Place) => PLACE_TYPES.indexOf(place.type);

  /** The entry a typed name refers to: exact first, then (when allowed) a typo of a letter or two. */
  function lookUp<T extends { key: string; province: string }>(
    entries: readonly T[],
    fuse: Fuse<T>,
    key: string,
    province: string | undefined,
    fuzzy: boolean,
  ): T | undefined {
    if (key.length < 2) return undefined;
    const candidates = entries.filter((n) => !province || n.province === province);
    const exact = candidates.find((n) => n.key === key);
    if (exact || !fuzzy) return exact;
    // A much shorter or longer phrase is another name ("Mỹ" is not "Mỹ An").
    return fuse
      .search(key, { limit: 5 })
      .find(
        (hit) =>
          (hit.score ?? 1) <= FUZZY_THRESHOLD &&
          Math.abs(hit.item.key.length - key.length) <= 2 &&
          (!province || hit.item.province === province),
      )?.item;
  }

  return {
    /** True when any place data is loaded for the province (or at all, without one). */
    covers: (province?: string) => places.some((p) => !province || p.province === province),
    /** The provinces with place data, in the order of the data. */
    provinces: () => [...new Set(places.map((p) => p.province))],
    /** The places of the commune a typed name refers to, in force today, best first. */
    find(typed: string, today: string, province?: string, fuzzy = true): CommunePlaces | undefined {
      const hit = lookUp(communes, communeFuse, placeKey(typed).replace(COMMUNE_KIND, ""), province, fuzzy);
      if (!hit) return undefined;
      const found = places
        .filter((p) => p.province === hit.province && inForce(p, today))
        .filter((p) => p.commune === hit.name || p.serves.includes(hit.name))
        .sort((a, b) => rank(a) - rank(b));
      return { commune: hit.name, province: hit.province, places: found };
    },
    /** The former district a typed name refers to ("huyện Sơn Dương", "Tháp Mười"). */
    district(typed: string, province?: string, fuzzy = true): FormerDistrict | undefined {
      const hit = lookUp(
        districts,
        districtFuse,
        placeKey(typed).replace(DISTRICT_KIND, ""),
        province,
        fuzzy,
      );
      return hit && { name: hit.name, province: hit.province, communes: hit.communes };
    },
    /** The communes of a province with a place in force today (its own, or an office serving it), in data order. */
    communesIn: (province: string, today: string) => [
      ...new Set(
        places
          .filter((p) => p.province === province && inForce(p, today))
          .flatMap((p) => [p.commune, ...p.serves]),
      ),
    ],
    /** The BHXH offices of a province, in force today. */
    offices: (province: string, today: string) =>
      places.filter((p) => p.province === province && p.type === "bhxh_office" && inForce(p, today)),
  };
}

function unique(names: AreaName[]): AreaName[] {
  return [...new Map(names.map((n) => [`${n.province}|${n.key}`, n])).values()];
}
