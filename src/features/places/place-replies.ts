import type { Place } from "../../content/schemas/places.schema.ts";
import { choices, type Reply, type TextRef, t, text, withLines } from "../../core/reply.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Turn } from "../handler.ts";
import { type CommunePlaces, type FormerDistrict, placeIndexOf } from "./place-index.ts";

// Longer lists are cut, with the number of names left out: a chat message is read on a phone.
const MAX_LISTED = 12;

/** The places of a commune, best first, with the safety note and what to ask next. */
export function placesReply(turn: Turn, found: CommunePlaces): Reply {
  const parts: TextRef[] = [];
  const hotline = turn.content.links.contacts.hotline;
  if (found.places.length === 0)
    parts.push(t("common:places.none_in_force", { commune: found.commune, hotline }));
  else
    parts.push(
      withLines(
        t("common:places.header", { commune: found.commune, province: provinceName(turn, found.province) }),
        found.places.flatMap((place, i) => placeLines(place, i + 1)),
      ),
    );
  if (found.places.some((p) => p.sample)) parts.push(t("common:places.sample", { hotline }));
  parts.push(t("common:safety.payment"));
  return choices(parts, [
    intentChoice("enroll.documents"),
    intentChoice("enroll.online_payment"),
    intentChoice("contact.hotline"),
  ]);
}

/** "Which commune?", with an example commune from the user's province when it is known. */
export function askCommune(turn: Turn, province?: string): TextRef {
  const index = placeIndexOf(turn.content);
  const from = province && index.covers(province) ? province : index.provinces()[0];
  const example = from ? index.communesIn(from, turn.today)[0] : undefined;
  return example ? t("common:places.ask_example", { example }) : t("common:places.ask");
}

/** "Which commune of the former district?", with the communes it has. */
export function askInDistrict(district: FormerDistrict): Reply {
  const communes = district.communes;
  return text(
    t("common:places.ask_in_district", { district: district.name, communes: listed(communes) }),
    ...leftOut(communes),
  );
}

/** "Which commune of the province?" with its communes, or plainly that there is no list for it yet. */
export function askInProvince(turn: Turn, province: string): Reply {
  const communes = placeIndexOf(turn.content).communesIn(province, turn.today);
  const name = provinceName(turn, province);
  if (communes.length === 0)
    return choices(
      [t("common:places.no_province_list", { province: name, hotline: turn.content.links.contacts.hotline })],
      [intentChoice("enroll.online_payment"), intentChoice("contact.hotline")],
    );
  return text(
    t("common:places.ask_in_province", { province: name, communes: listed(communes) }),
    ...leftOut(communes),
  );
}

/** A place typed that is not in the list: ask again, with the communes of the province or the provinces listed. */
export function askAgain(turn: Turn, province?: string): Reply {
  const index = placeIndexOf(turn.content);
  if (province && index.covers(province)) {
    const communes = index.communesIn(province, turn.today);
    return text(
      t("common:places.unknown_in_province", {
        province: provinceName(turn, province),
        communes: listed(communes),
      }),
      ...leftOut(communes),
    );
  }
  const provinces = index.provinces().map((code) => provinceName(turn, code));
  return text(t("common:places.unknown", { provinces: provinces.join(", ") }), askCommune(turn));
}

/** A place typed twice that is not in the list: where else to ask, and paying online. */
export function notFound(turn: Turn): Reply {
  return choices(
    [t("common:places.not_found", { hotline: turn.content.links.contacts.hotline })],
    [intentChoice("enroll.online_payment"), intentChoice("contact.hotline")],
  );
}

function listed(names: readonly string[]): string {
  return names.length <= MAX_LISTED ? names.join(", ") : `${names.slice(0, MAX_LISTED).join(", ")}, …`;
}

/** The line saying how many names the list left out, when it left some out. */
function leftOut(names: readonly string[]): TextRef[] {
  return names.length > MAX_LISTED ? [t("common:places.more", { count: names.length - MAX_LISTED })] : [];
}

function provinceName(turn: Turn, code: string): string {
  return turn.content.policy.provinces.find((p) => p.code === code)?.name[turn.locale] ?? code;
}

function placeLines(place: Place, number: number): TextRef[] {
  return [
    // Each kind of place has its own line: English readers get what it is in English, and the commune office is
    // marked as a place to ask, not to pay.
    t(`common:places.line.${place.type}`, {
      number,
      name: { kind: "place", value: place.name },
      address: { kind: "place", value: place.address },
    }),
    ...(place.hours ? [t("common:places.hours", { hours: { kind: "hours", value: place.hours } })] : []),
    ...(place.phone ? [t("common:places.phone", { phone: place.phone })] : []),
  ];
}
