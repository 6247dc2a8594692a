import type { Outcome, Turn } from "../handler.ts";
import { readPlace } from "./place-reading.ts";
import { answeredPlaces, knownProvince, placeOutcome } from "./where-to-enroll.ts";

// A place named on its own is short, even with its district and province ("xã …, huyện …, tỉnh …").
const MAX_WORDS = 12;
// "thành phố Hồ Chí Minh", "tỉnh Bà Rịa Vũng Tàu": a province's name with its kind, and nothing more.
const PROVINCE_WORDS = 6;
// "xã …", "huyện …" typed: the user names a place, so a typo in the name is forgiven.
const NAMES_A_PLACE = /(?:^|\s)(?:xã|phường|thị trấn|huyện|quận|phuong|huyen)\s/iu;

/**
 * A message that is only a place, with no question pending: "xã Hợp Thành", "tan trao", "còn Tân Trào thì sao",
 * "huyện Sơn Dương", "Kháng Nhật, Sơn Dương, Tuyên Quang". A province counts right after a places answer, or
 * when it is the whole message ("Tuyên Quang", "tỉnh Đồng Tháp"): asked where, not in a longer message ("Hà Nội
 * thì sao" could be the start of anything). Undefined for anything else.
 */
export function answerPlaceName(turn: Turn): Outcome | undefined {
  // A question pending reads its own answers; a place the place question could not read is not read again here.
  if (turn.session.flow?.awaiting) return undefined;
  const words = turn.text.trim().split(/\s+/).length;
  if (words > MAX_WORDS) return undefined;
  const context = answeredPlaces(turn);
  const reading = readPlace(turn.content, turn.today, turn.text, {
    province: knownProvince(turn),
    fuzzy: context || NAMES_A_PLACE.test(turn.text),
  });
  const wholeMessage = words <= PROVINCE_WORDS;
  if (!reading || (reading.kind === "province" && !context && !wholeMessage)) return undefined;
  const outcome = placeOutcome(turn, reading);
  return {
    ...outcome,
    understood: { intent: outcome.session?.lastIntent ?? "", confidence: 1, band: "answer" },
  };
}
