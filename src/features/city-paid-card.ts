import { foldWords } from "../core/fold.ts";
import type { Outcome, Turn } from "./handler.ts";
import { answerStatedCase, type StatedCase } from "./stated-cases.ts";

// "mẹ chồng em muốn được TP đóng thì phải lên phường đăng ký hay tự có thẻ", "the city pays for people 65 to 74: how
// does my mother get the card?": the card a city pays in full…
const CITY_PAYS =
  /\b(?:(?:tp|thanh pho|tphcm|tp hcm|city)(?: \w+){0,2} (?:dong|tra|ho tro|mien|pay|pays|paid|cover|covers|covered)|(?:dc|duoc) (?:tp|thanh pho) (?:dong|ho tro|tra|mien)|(?:65|sau lam) (?:den|toi|to) (?:duoi )?(?:75|bay lam))\b/;
// …and how it is got.
const HOW_GOT =
  /\b(?:thu tuc|(?:lam|nop) ho so|dang ky(?! (?:tam tru|thuong tru|ho khau))|(?:len|ra|den) (?:phuong|xa|ubnd)|tu (?:co|cap|dong co) the|lam sao (?:de )?(?:co|duoc|lay) the|how (?:do|does|can) (?:i|we|she|he|they) (?:get|apply|register)|apply|register|sign (?:her|him|them) up|what (?:do|does) (?:i|we|she|he|they) (?:need to|have to) do)\b/;
const CITY_CARD_WORDS = 50;

/** A card the city pays in full (TP.HCM: residents 65 to under 75, pupils): nothing to buy; how it is got. */
export const CITY_PAID_CARD: StatedCase = {
  maxWords: CITY_CARD_WORDS,
  needs: [CITY_PAYS, HOW_GOT],
  key: "city_paid_card",
  next: ["card.lookup", "vssid.show_card", "enroll.where"],
  topic: "contribution.elderly_social",
};

// "…nhà a có vk, mẹ a 69t, con 7t học lớp 2… BRVT giờ nhập vô HCM, v mẹ a 69t có dc thành phố đóng bhyt ko": a
// relative of 65 to 74 in Ho Chi Minh City (old Bà Rịa - Vũng Tàu and Bình Dương too), asked whether the city pays.
const ELDER_CITY_ASKED =
  /\b(?:me|bo|ba|ma|cha|ong|me chong|bo chong|me vo|bo vo|ba noi|ba ngoai|ong noi|ong ngoai)(?: (?:toi|em|minh|tui|a|anh|chi|e|c))? (?:6[5-9]|7[0-4])(?: ?t| tuoi)?\b[^.?!]{0,40}\b(?:thanh pho|tp)\b(?: \w+){0,2} (?:dong|tra|ho tro|mien)\b/;
const HCMC_NAMED = /\b(?:hcm|tphcm|sai gon|saigon|ho chi minh|ba ria|vung tau|brvt|binh duong)\b/;

/** A relative of 65 to under 75 in TP.HCM, asked whether the city pays: yes, and how the card is got. */
export const CITY_PAID_ELDER: StatedCase = {
  ...CITY_PAID_CARD,
  maxWords: 60,
  needs: [ELDER_CITY_ASKED, HCMC_NAMED],
};

// "Con trai lớp 7 thì thành phố đóng hết à, nhà mình không mất đồng nào hả?": a pupil's card in Ho Chi Minh City.
const PUPIL = /\b(?:lop \d{1,2}|hoc sinh|grade \d{1,2}|pupil)\b/;
const HCMC = "ho_chi_minh";
// …asked whether it is all paid ("đóng hết à", "không mất đồng nào"), of a pupil (a university student pays part).
const WHOLLY = /\b(?:het|toan bo|all of it|everything|khong mat|nothing|free|mien phi)\b/;
const UNIVERSITY = /\b(?:dai hoc|cao dang|sinh vien|university|college)\b/;

/** A pupil's card in TP.HCM, asked whether the city pays it all (the place said now or earlier in the chat). */
export function answerCityPaidPupil(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!PUPIL.test(folded) || !CITY_PAYS.test(folded) || !WHOLLY.test(folded) || UNIVERSITY.test(folded))
    return undefined;
  if (!HCMC_NAMED.test(folded) && turn.session.province !== HCMC) return undefined;
  return answerStatedCase(turn, { ...CITY_PAID_CARD, needs: [] });
}
