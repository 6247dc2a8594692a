import { foldWords } from "../core/fold.ts";
import { asksHowMuch } from "./how-much.ts";

// "vợ em không đi làm có được công ty em đóng bhyt không", "does my wife who doesn't work get insurance through my
// company": an employee's question, answered for the family.
const FAMILY =
  /\b(?:vo|chong|ck|vk|con|bo me|ba me|gia dinh|nguoi nha|wife|husband|spouse|kids?|children|family|dependants?)\b/;
const THROUGH_WORK =
  /\b(?:cong ty|cty|co quan|doanh nghiep|company|employer|through (?:my|his|her) (?:job|work))\b/;
const NOT_WORKING =
  /\b(?:khong di lam|ko di lam|k di lam|o nha|noi tro|doesn t work|does not work|not working|stay at home|housewife|homemaker)\b/;
const SHARES_CARD =
  /\b(?:dung chung|xai chung|di theo|di kem|ke theo|dung ke|duoc dung|dung duoc|xai duoc|muon)\s(?:\w+\s){0,1}?(?:the|bhyt|bao hiem)(?: bhyt| y te)?(?: cong ty| cty| co quan)? (?:cua|voi|chung voi) (?:toi|em|minh|tui|anh|chi|con|chau|me|bo|ba|ong|vo|chong)\b|\b(?:my|his|her|our|an employee s|the employee s|a worker s)(?: employer s| employer| work| company s| company| job| husband s| wife s| father s| mother s| dad s| mum s| mom s)? (?:health )?(?:insurance|card)\b(?:\s\w+){0,3}?\s(?:also )?(?:covers?|include|includes) (?:my|our|his|her|the|me|him|us|them)\b|\b(?:the|bhyt)(?: bhyt)? (?:cua )?(?:chong|vo|ck|vk|bo|me|ba|ma)(?: (?:toi|em|e|minh|tui)){1,2} (?:dung chung|xai chung|dung ke)\b|\b(?:use|share|go on|be on|come under) (?:my|his|her) (?:health )?(?:insurance )?(?:card|insurance)\b|\b(?:the|bhyt)(?: bhyt)? cua (?:toi|em|e|minh|tui|anh|chi) (?:co )?(?:dung chung|xai chung) (?:duoc )?cho\b|\b(?:the|bhyt)(?: bhyt)? (?:cty|cong ty|co quan)(?: cua (?:toi|em|e|minh|tui|anh|chi))? (?:co )?(?:dung|xai|ap dung) (?:duoc )?cho\b/;
const JOINS_WORK_CARD =
  /\b(?:ghep|them|dua|cho) (?:\w+ ){0,2}?vao (?:the|bhyt|bao hiem)\b|\b(?:duoc )?huong theo\b|\bdi theo (?:the|bhyt)\b/;
const PARENT = /\b(?:me|bo|ba|ma|cha|mother|mum|mom|father|dad|parents)\b/;
const COVERED = /\b(?:duoc|co duoc|get|gets|covered|cover|covers|include|includes|insured)\b/;
/** "vợ tôi có được đi theo thẻ của tôi không", "does my health insurance also cover my kids": one card, one person. */
export function asksToShareCard(text: string): boolean {
  const folded = ` ${foldWords(text.replaceAll("'", " "))} `;
  return SHARES_CARD.test(folded) && (FAMILY.test(folded) || PARENT.test(folded));
}

/** Whether a worker asks if their family who do not work are insured through the worker's employer. */
export function asksFamilyThroughWork(text: string): boolean {
  const folded = ` ${foldWords(text.replaceAll("'", " "))} `;
  // …not a household's sum that names a working member ("chồng làm công ty, vợ ở nhà, mua hộ bao nhiêu").
  if (asksHowMuch(text)) return false;
  if (asksToShareCard(text)) return true;
  // "vợ e có được ghép vào thẻ bhyt công ty của e ko", "vợ con có được hưởng theo không": added to the worker's card.
  if (JOINS_WORK_CARD.test(folded) && FAMILY.test(folded) && THROUGH_WORK.test(folded)) return true;
  if (!COVERED.test(folded)) return false;
  return FAMILY.test(folded) && THROUGH_WORK.test(folded) && NOT_WORKING.test(folded);
}
