import { PAYS } from "./dental-care.ts";
import type { StatedCase } from "./stated-cases.ts";

// "thuốc ngoài danh mục", "an imported drug not on the list": medicine or a service outside the insurance list…
const OFF_LIST =
  /\b(?:ngoai danh muc|khong (?:co |nam )?(?:trong|thuoc) danh muc|thuoc ngoai(?! tru)|thuoc nhap khau|thuoc ngoai nhap|not on the (?:insurance |bhyt )?list|off[- ]list|outside the (?:insurance |bhyt )?list|not (?:in|on) the list|imported (?:drug|medicine)s?)\b/;
const OFF_LIST_WORDS = 40;

/** Medicine or a service outside the Ministry of Health's list is self-paid; the rest of the visit is still paid. */
export const OFF_LIST_CARE: StatedCase = {
  maxWords: OFF_LIST_WORDS,
  needs: [OFF_LIST, PAYS],
  key: "off_list_care",
  next: ["benefit.exclusions", "benefit.levels"],
  topic: "benefit.exclusions",
};

// "tập vật lý trị liệu, phục hồi chức năng ở bệnh viện", "physiotherapy and rehabilitation sessions"…
const REHABILITATION =
  /\b(?:phuc hoi chuc nang|phcn|vat ly tri lieu|tap vat ly|vltl|physio\w*|physical therapy|rehab\w*)\b/;
const REHABILITATION_WORDS = 40;

/** Rehabilitation is within what the card pays (Law on Health Insurance Art. 21): listed services at its level. */
export const REHABILITATION_CARE: StatedCase = {
  maxWords: REHABILITATION_WORDS,
  needs: [REHABILITATION, PAYS],
  key: "rehabilitation_care",
  next: ["benefit.levels", "benefit.referral"],
  topic: "benefit.other",
};
