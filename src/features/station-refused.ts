import type { StatedCase } from "./stated-cases.ts";

// "trạm y tế xã nói thẻ tôi đăng ký ở bệnh viện huyện nên không khám bhyt, bắt tôi về", "the commune health station
// sent me away because my card is registered at the district hospital": a commune station turning the card away…
const STATION = /\b(?:tram y te|tyt|tram xa|commune (?:health )?(?:station|clinic)|health station)\b/;
const TURNED_AWAY =
  /\b(?:bat (?:toi|em|minh|tui|bac|chu|co)? ?ve|duoi (?:toi |em |minh )?ve|tu choi|khong (?:cho |chiu )?kham (?:bhyt|bao hiem|the)|khong nhan the|(?:sent|turned) (?:me|us|him|her) (?:away|home|back)|refused|would not (?:accept|take)|wouldn t (?:accept|take)|won t (?:accept|take))\b/;
const STATION_WORDS = 60;

/** A commune station must take any card: self-referred care there is paid at the card's full level. */
export const STATION_REFUSED: StatedCase = {
  maxWords: STATION_WORDS,
  needs: [STATION, TURNED_AWAY],
  key: "station_refused",
  next: ["benefit.referral", "contact.hotline", "handoff.human"],
  topic: "benefit.referral",
};
