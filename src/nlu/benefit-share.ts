import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

// "hưởng bao nhiêu %", "bhyt trả bn phần trăm", "được chi trả mấy %", "what percentage does insurance pay": the share
// of the bill the card pays, which is a benefit level, not a contribution.
const ASKS_SHARE =
  /\b(?:huong|tra|chi tra|thanh toan|chiu|cover|covers|pay|pays)\b(?:\s\w+){0,3}?\s(?:bao nhieu|bn|may)\s*(?:phan tram|pt)\b|\b(?:muc huong|ti le huong)\b|\b(?:what|how many) percent(?:age)?\b(?:\s\w+){0,4}?\s(?:insurance|bhyt|(?:the|her|his|my|their|our|a) (?:\w+ )?card)\b|\bhow much (?:does|do|will|would) (?:the )?(?:health )?(?:insurance|bhyt|they|it) (?:pay|cover)\b|\b(?:coverage|benefit) level\b|\bwhat (?:does|will|would) (?:the|my|our|this|her|his) (?:card|insurance|bhyt) cover\b|\b(?:pay|pays|cover|covers)\b(?:\s\w+){0,2}?\s(?:how many|what) (?:phan tram|percent(?:age)?)\b|\bwhat (?:phan tram|percent(?:age)?|share) (?:does|do|will) (?:my|her|his|their|the|our) (?:\w+ )?(?:card|insurance) (?:pay|cover)\b|\blevel of (?:coverage|benefit)\b|\bhow much of (?:the |my |our |a )?(?:hospital |medical |doctor s )?(?:bills?|costs?|fees?)\b|\bis (?:his|her|my|the|their|our) (?:\w+ ){0,3}?card (?:now )?(?:100|95|80) phan tram\b|\bthe (?:\w+ ){0,4}?(?:co |da )?(?:duoc |la )?(?:100|95|80) phan tram (?:chua|khong|ko|roi a|phai khong|dung khong)\b/;
// …unless it asks what to pay in: "đóng bao nhiêu %", "mua thì mất mấy phần trăm lương", "what percent of my salary".
const ABOUT_PAYING_IN =
  /\b(?:dong|nop|mat|contribute|pay in)\b(?:\s\w+){0,3}?\s(?:bao nhieu|bn|may)\s*(?:phan tram|pt)\b|\b(?:muc dong|ti le dong|premium|contribution|luong co so|base salary|of (?:my |the |his |her )?(?:salary|income|wage|pay))\b|\b(?:do|should|must|will) (?:i|we|you) (?:have to )?pay\b|\b(?:person|member|people|persons|members) pays?\b|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:person|member)\b|\bnguoi thu (?:hai|ba|tu|nam|2|3|4|5)\b|\bpay (?:for|into) (?:the |a |their |his |her |my |our )?(?:health )?(?:insurance|bhyt|cards?)\b/;
const MATERNITY =
  /\b(?:thai|bau|sieu am|prenatal|antenatal|ultrasound|de|sinh con|(?:sap|di|chuan bi|moi|vua|khi) sinh|sinh (?:o|tai)|sinh em be|sinh mo|sinh thuong|san|pregnan\w*|birth|baby|maternity|deliver\w*)\b/;
const EMERGENCY = /\b(?:cap cuu|emergency|er|a and e)\b/;
const BENEFIT_LEVELS = "benefit.levels";
// The emergency rule (the full level at any facility) is answered with the referral rules.
const EMERGENCY_TOPIC = "benefit.referral";

/**
 * A question about what share of the bill the card pays, read as another topic (the household's contribution table,
 * the card lookup): the benefit levels, or the emergency rule when it names an emergency. Undefined when the reading
 * is another benefit topic or the message asks what to pay in.
 */
export function benefitShareReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  // Read as maternity with no word of pregnancy or birth ("sinh viên đi khám … bao nhiêu %"): the levels.
  const keeps = top.intent === "benefit.maternity" ? MATERNITY.test(` ${foldWords(message)} `) : true;
  // (…nor is a share of the bill ever what is not covered: "what % does my card cover" read as the exclusions.)
  const other = top.intent !== BENEFIT_LEVELS && top.intent !== "benefit.exclusions";
  if (top.intent.startsWith("benefit.") && other && keeps) return undefined;
  const folded = ` ${foldWords(message.replaceAll("%", " phan tram "))} `;
  if (!ASKS_SHARE.test(folded) || ABOUT_PAYING_IN.test(folded)) return undefined;
  const intent = EMERGENCY.test(folded) ? EMERGENCY_TOPIC : BENEFIT_LEVELS;
  // The right topic already, but unsure: the share question itself makes it sure.
  return intent === top.intent ? top : { ...top, intent };
}

// "ko phải sinh con", "not about giving birth": the birth words said only to deny them.
const BIRTH_DENIED =
  /\b(?:(?:khong|ko|k|chang) phai (?:(?:la |chuyen |vu )?(?:sinh|de|mang thai|co bau)))|not (?:about )?(?:giving )?birth|not pregnant\b/;
const REFERRAL_WORDS =
  /\b(?:chuyen vien|chuyen tuyen|giay chuyen|trai tuyen|vuot tuyen|tuyen tren|referral|referred|refer|transfer)\b/;

/**
 * Read as pregnancy and birth with no word of either, or with them denied ("mẹ e bị bệnh tim, muốn vô Chợ Rẫy mổ…",
 * "ko phải sinh con"): the referral rules when a referral is named, else the benefit levels. Undefined otherwise.
 */
export function maternityMisread(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (top.intent !== "benefit.maternity") return undefined;
  const folded = ` ${foldWords(message)} `;
  if (MATERNITY.test(folded.replace(BIRTH_DENIED, " ")) && !BIRTH_DENIED.test(folded)) return undefined;
  return { ...top, intent: REFERRAL_WORDS.test(folded) ? EMERGENCY_TOPIC : BENEFIT_LEVELS };
}
