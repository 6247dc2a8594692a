import { foldWords } from "../core/fold.ts";

// Ethnic-minority near-poor people in ethnic-minority and mountain areas, and near-poor households in poor communes,
// are paid for in full (ND 188/2025; policy.md §4).
/** Words naming an ethnic minority or one of its peoples ("người Khmer", "dân tộc Tày", "Hmong"). */
export const ETHNIC_MINORITY =
  /\b(?:dan toc(?: thieu so)?|nguoi (?:tay|nung|thai|muong|hmong|h mong|mong|dao|khmer|gia rai|e de|ba na|xo dang|san chay|co ho|cham|san diu|hre|raglai|m nong|mnong|lo lo|ha nhi|la hu|phu la|bru van kieu)|ethnic minority|(?:tay|nung|thai|muong|dao|cham|khmer|hmong|mong|ede|jrai|bana|hoa) (?:people|ethnic\w*|minority|origin)|(?:i m|i am|we re|we are) (?:an? )?(?:tay|nung|muong|dao|cham|khmer|hmong|ede|jrai|bahnar|san chay|san diu)\b|ethnic|hmong|h mong|ede|e de|jarai|jrai|j rai|rhade|bahnar|sedang|koho|stieng|raglai|minority|khmer|kho me|khome)\b/;
export const MOUNTAIN_AREA =
  /\b(?:mien nui|vung nui|xa vung nui|vung cao|vung sau|vung xa|vung dong bao|vung dan toc|dac biet kho khan|mountain\w*|highland\w*|upland|remote)\b/;
// Living where the state pays everyone's card: an area with especially difficult conditions, an island commune or
// special zone (Côn Đảo, Lý Sơn…); or,
// for ethnic-minority people, an area with difficult conditions (Law on Health Insurance Art. 12; policy.md §4).
export const ESPECIALLY_DIFFICULT =
  /\b(?:dac biet kho khan|dbkk|especially difficult|extremely difficult|xa dao|huyen dao|dao xa|dac khu|island (?:commune|district)|(?:on|an) (?:\w+ ){0,2}island|con dao|ly son|bach long vi|co to)\b/;
// …an area that is difficult, not a family that is ("gia đình khó khăn").
export const DIFFICULT =
  /\b(?:vung|xa|thon|ban|dia ban|khu vuc|area|commune|village|region|district)\b(?:\s+\w+){0,5}?\s+(?:kho khan|difficult|disadvantaged)\b|\b(?:difficult|disadvantaged) (?:area|commune|village|region)\b/;

/** "xã đặc biệt khó khăn", "island commune", "người Ê Đê ở vùng khó khăn": where the state pays everyone's card. */
export function namesStatePaidArea(message: string): boolean {
  const folded = ` ${foldWords(message.replaceAll("'", " "))} `;
  return ESPECIALLY_DIFFICULT.test(folded) || (ETHNIC_MINORITY.test(folded) && DIFFICULT.test(folded));
}
