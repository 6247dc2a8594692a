import Fuse from "fuse.js";
import type { Content } from "../../content/content.ts";
import { PLACE_TYPES, type Place } from "../../content/schemas/places.schema.ts";
import { foldDiacritics } from "../../core/fold.ts";

/** The places of one commune (and the BHXH offices serving it), best first. */
export interface CommunePlaces {
  commune: string;
  province: string;
  places: Place[];
}

interface CommuneName {
  folded: string;
  commune: string;
  province: string;
}

const FUZZY_THRESHOLD = 0.3;
const indexes = new WeakMap<Content, ReturnType<typeof buildIndex>>();

/** The place index of the content (built once per content version). */
export function placeIndexOf(content: Content) {
  const known = indexes.get(content);
  if (known) return known;
  const index = buildIndex(content.places);
  indexes.set(content, index);
  return index;
}

/** Looks up places by a commune typed loosely (current or pre-2025 name, typos forgiven) and a province. */
function buildIndex(places: readonly Place[]) {
  const names: CommuneName[] = [];
  for (const place of places) {
    for (const name of [place.commune, ...place.commune_former])
      names.push({ folded: foldDiacritics(name), commune: place.commune, province: place.province });
  }
  const unique = [...new Map(names.map((n) => [`${n.province}|${n.folded}`, n])).values()];
  const fuse = new Fuse(unique, { keys: ["folded"], includeScore: true, threshold: FUZZY_THRESHOLD });
  const inForce = (place: Place, today: string) =>
    place.valid_from <= today && (!place.valid_to || today <= place.valid_to);
  const rank = (place: Place) => PLACE_TYPES.indexOf(place.type);

  /** The commune a typed name refers to, within the province when one is known. */
  function communeOf(typed: string, province?: string): CommuneName | undefined {
    const folded = foldDiacritics(typed)
      .replace(/^(xa|phuong|thi tran|dac khu)\s+/, "")
      .trim();
    if (folded.length < 2) return undefined;
    const candidates = unique.filter((n) => !province || n.province === province);
    const exact = candidates.find((n) => n.folded === folded);
    if (exact) return exact;
    // A typo changes a letter or two; a much shorter or longer phrase is another name ("Mỹ" is not "Mỹ An").
    return fuse
      .search(folded, { limit: 5 })
      .find(
        (hit) =>
          (hit.score ?? 1) <= FUZZY_THRESHOLD &&
          Math.abs(hit.item.folded.length - folded.length) <= 2 &&
          (!province || hit.item.province === province),
      )?.item;
  }

  return {
    /** True when any place data is loaded for the province (or at all, without one). */
    covers: (province?: string) => places.some((p) => !province || p.province === province),
    /** The places of the commune a typed name refers to, in force today, best first. */
    find(typed: string, today: string, province?: string): CommunePlaces | undefined {
      const hit = communeOf(typed, province);
      if (!hit) return undefined;
      const found = places
        .filter((p) => p.province === hit.province && inForce(p, today))
        .filter((p) => p.commune === hit.commune || p.serves.includes(hit.commune))
        .sort((a, b) => rank(a) - rank(b));
      return { commune: hit.commune, province: hit.province, places: found };
    },
    /** The BHXH offices of a province, in force today. */
    offices: (province: string, today: string) =>
      places.filter((p) => p.province === province && p.type === "bhxh_office" && inForce(p, today)),
  };
}
