import { foldDiacritics } from "../core/fold.ts";
import { recentlyRead } from "../core/recently-read.ts";
import { saysAlreadyCovered } from "./slots/insured-members.ts";

// "con em học lớp 3 thì đã có bảo hiểm ở trường rồi", "chồng em có bhyt công ty rồi": a clause about someone
// already insured tells who is covered elsewhere; the group it names is not what the question is about.
const ALREADY_INSURED =
  /\bda (?:co|duoc cap|duoc mua) (?:bao hiem|the|bhyt)\b|\bco (?:bao hiem|bhyt|the bhyt)\b.*\broi\b|\balready (?:has|have|insured|covered)\b|\b(?:kids|children|boys|girls|sons|daughters|twins|they|he|she|son|daughter)(?: \w+)? (?:pay|pays|buy|buys|get|gets)(?: (?:it|theirs|their cards?|the card|their insurance))? (?:at|through|via) (?:the |their |his |her )?(?:school|university|college)\b/;
// "… đã có thẻ học sinh mà nhà vẫn mua thêm…": a contrast makes the clause the question itself.
const CONTRAST = /\b(?:ma|nhung|van|but|still)\b/;

/** True when a folded clause is about someone already insured ("… đã có bảo hiểm ở trường rồi"). */
export const isAboutSomeoneInsured = recentlyRead(isAboutSomeoneInsuredAnew);
function isAboutSomeoneInsuredAnew(foldedClause: string): boolean {
  return (
    (ALREADY_INSURED.test(foldedClause) || saysAlreadyCovered(foldedClause)) && !CONTRAST.test(foldedClause)
  );
}

// "e ko hưởng trợ cấp thất nghiệp, …", "I don't get unemployment benefit. …": a benefit outside BHYT the writer does
// not get is why they ask, not what they ask about.
const DENIED_OUTSIDE_BENEFIT =
  /\b(?:khong|ko|k|chua|hong) (?:duoc )?(?:huong|nhan|co|lanh)? ?(?:tro cap|tien) that nghiep\b|\b(?:don t|do not|didn t|did not|no|not on|not getting|can t get|cannot get) (?:get |receive |claim |have |qualify for )?(?:any )?unemployment (?:benefits?|allowance|pay)\b/;

/** The comma- or sentence-separated parts of a folded text. */
export function clausesOf(folded: string): string[] {
  return folded.split(/[,;!?]|\.\s/);
}

/**
 * The message without its clauses about people already insured or a benefit outside BHYT not received, which are
 * background to the question; the
 * message as it is when every clause is one, or when there is none.
 */
export function withoutInsuredClauses(text: string): string {
  const parts = text.split(/(?<=[,;!?])|(?<=\.)\s/u);
  if (parts.length < 2) return text;
  const kept = parts.filter((part) => {
    const folded = foldDiacritics(part);
    return !isAboutSomeoneInsured(folded) && !DENIED_OUTSIDE_BENEFIT.test(folded.replace(/['’]/g, " "));
  });
  return kept.length === parts.length || kept.length === 0 ? text : kept.join(" ");
}

// "mẹ tôi 69 không có lương hưu, …": a pension not received, which reads as a question about pensions (outside BHYT).
const NO_PENSION = /\b(?:khong|ko|k|chua|hong) (?:co |duoc )?(?:huong |nhan |lanh |linh )?luong huu\b/;

/** The message without its clauses saying someone has no pension, or the message itself when it says none. */
export function withoutNoPensionClauses(text: string): string {
  const parts = text.split(/(?<=[,;!?])|(?<=\.)\s/u);
  const kept = parts.filter((part) => !NO_PENSION.test(foldDiacritics(part)));
  return kept.length === parts.length || kept.length === 0 ? text : kept.join(" ");
}
