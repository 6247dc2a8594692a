import { foldWords } from "../core/fold.ts";
import { asksMoneyBack } from "./visit-readings.ts";

// "bị cấp cứu ở bệnh viện tư", "taken to the emergency room": care in an emergency, paid at the card's full level
// anywhere (not an ambulance's fare, which is another question).
// …or said by what happened: a seizure, fainting, a stroke, trouble breathing, rushed in at night.
const EMERGENCY =
  /\b(?:cap cuu|emergency|er|a and e|co giat|ngat xiu|ngat lim|bat tinh|hon me|dot quy|nhoi mau|kho tho|kho khe|seizures?|convulsions?|fits?|unconscious|passed out|fainted|stroke|heart attack|(?:could not|couldn t|can t|cannot) breathe|rushed)\b/;
const PAID = /\b(?:covered|cover|covers|pay|pays|paid|tra|chi tra|thanh toan|huong|duoc huong)\b/;
const AMBULANCE = /\b(?:xe cap cuu|ambulance)\b/;
const NAMES_CARD = /\b(?:bhyt|bh|bao hiem|the|insurance|card)\b/;

/** Whether a message asks about care in an emergency (not the ambulance). */
export function asksEmergencyCare(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return EMERGENCY.test(folded) && !AMBULANCE.test(folded) && (NAMES_CARD.test(folded) || PAID.test(folded));
}

// Benefit topics an emergency is read as for its other words ("bệnh viện tư", "trả bao nhiêu", "thanh toán");
// getting money back after one ("chưa kịp đưa thẻ", "refund") is the reimbursement's.
const EMERGENCY_MISREAD = new Set([
  // …and its own topic when unsure of it ("tai nạn ở Đà Lạt khi đi du lịch, cấp cứu ở bệnh viện tỉnh…").
  "benefit.referral",
  "benefit.other",
  "benefit.levels",
  "benefit.direct_reimbursement",
  "out_of_scope",
  "contribution.household",
]);

/** Whether an emergency read as `intent` is a misreading to be read as the referral rules (the emergency's). */
export const emergencyMisread = (message: string, intent: string): boolean =>
  EMERGENCY_MISREAD.has(intent) && !(intent === "benefit.direct_reimbursement" && asksMoneyBack(message));
