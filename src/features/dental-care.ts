import type { StatedCase } from "./stated-cases.ts";

// "nhổ răng khôn", "trám răng", "chữa tủy", "làm răng sứ", "a tooth pulled", "a filling": care of the teeth…
const TEETH =
  /\b(?:nho rang|rang khon|tram rang|han rang|chua tuy|lay tuy|rang su|boc rang|trong rang|nieng rang|tay trang rang|rang gia|lam rang|chua rang|dental|tooth|teeth|wisdom tooth|filling|root canal|crown|braces|dentist)\b/;
// …asked whether the card pays.
/** "bhyt có trả không", "is it covered": whether the card pays for something. */
export const PAYS =
  /\b(?:bhyt|bao hiem|the)\b.{0,30}\b(?:tra|chi tra|thanh toan|co duoc|duoc khong|dc ko|dc k|ho tro)\b|\b(?:co duoc|dc|duoc) (?:bhyt|bao hiem|tra|chi tra|thanh toan)\b|\b(?:cover\w*|pay for|pays for|insurance pay|claim)\b/;
const DENTAL_WORDS = 35;

/** Teeth: treatment (extraction, fillings, root canals) is paid at the card's level; crowns, dentures, braces are not. */
export const DENTAL_CARE: StatedCase = {
  maxWords: DENTAL_WORDS,
  needs: [TEETH, PAYS],
  key: "dental_care",
  next: ["benefit.exclusions", "benefit.levels"],
  topic: "benefit.exclusions",
};
