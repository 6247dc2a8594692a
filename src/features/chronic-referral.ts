import type { StatedCase } from "./stated-cases.ts";

// "is lung cancer on that chronic list, so the letter lasts a year?", "tiểu đường có được giấy chuyển 1 năm không".
const YEAR_LETTER =
  /\b(?:chronic (?:disease )?list|on (?:the|that) (?:chronic )?list|danh muc (?:benh )?man tinh|(?:giay chuyen|giay chuyen tuyen|giay chuyen vien|letter|referral)(?: \w+){0,5} (?:1 nam|mot nam|ca nam|a year|one year|12 months)|(?:1 nam|mot nam|a year|one year)(?: \w+){0,3} (?:giay chuyen|referral|letter))\b/;
const ASKED = /\b(?:co|khong|ko|k|duoc|is|are|does|do|can|will|so)\b/;
const CHRONIC_WORDS = 40;

/**
 * A referral letter for a chronic disease on the Ministry of Health's list lasts a year (10 working days otherwise,
 * TT 01/2025/TT-BYT Appendix III): whether a disease is listed is for the treating facility to check.
 */
export const CHRONIC_REFERRAL: StatedCase = {
  maxWords: CHRONIC_WORDS,
  needs: [YEAR_LETTER, ASKED],
  key: "chronic_referral",
  next: ["benefit.referral", "contact.hotline"],
  topic: "benefit.referral",
};
