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

// "bị tiểu đường, tháng nào cũng lên viện tỉnh lấy thuốc, có cần xin giấy chuyển viện mỗi lần đi không": a chronic
// illness treated every month, and a letter asked for each visit.
const CHRONIC_ILLNESS =
  /\b(?:tieu duong|dai thao duong|huyet ap|cao huyet ap|tim mach|hen suyen|copd|suy than|chay than|ung thu|viem gan|hiv|dong kinh|benh man tinh|man tinh|diabetes|diabetic|hypertension|high blood pressure|chronic)\b/;
const EACH_VISIT =
  /\b(?:moi lan|tung lan|lan nao cung|thang nao cung|hang thang|moi thang|every (?:time|visit|month)|each (?:time|visit|month)|monthly)\b/;
const LETTER = /\b(?:giay chuyen(?: vien| tuyen)?|chuyen vien|chuyen tuyen|referral|letter)\b/;

/** The same for a chronic illness and a letter asked for each monthly visit: the letter lasts a year when listed. */
export const CHRONIC_EACH_VISIT: StatedCase = {
  ...CHRONIC_REFERRAL,
  maxWords: 60,
  needs: [CHRONIC_ILLNESS, EACH_VISIT, LETTER],
};
