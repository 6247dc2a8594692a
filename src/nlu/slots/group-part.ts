import type { GroupPart } from "../../policy/policy.schema.ts";
import { clausesOf, isAboutSomeoneInsured } from "../already-insured.ts";

/** A part of a group a message places the person in, or "other" when it names a part without its own level. */
export type GroupPartSlot = GroupPart | "other";

// "học sinh lớp 10", "cấp 3", "THPT", "đi học tiểu học", "high school": a school pupil. "sinh viên", "đại học",
// "cao đẳng", "university": a student who is not a pupil.
const SCHOOL_PUPIL =
  /\b(?:hoc sinh|cap (?:1|2|3|mot|hai|ba)|lop \d{1,2}|thpt|thcs|tieu hoc|pho thong|mau giao|pupil|high school|primary school|secondary school|grade \d{1,2})\b/;
const UNIVERSITY =
  /\b(?:sinh vien|sv|dai hoc|dh|cao dang|trung cap|hoc vien|university|uni|college|undergraduate)\b/;

// "BHYT học sinh sinh viên", "pupils and students": the group's name, which names no one's school.
const GROUP_NAMED =
  /\b(?:(?:bhyt|bao hiem(?: y te)?|nhom|dien|the)\s+)?hoc sinh\s*,?\s*(?:va\s+)?sinh vien\b|\bhssv\b|\b(?:pupils?|school) and (?:university )?students?\b/g;

/** The part of the student group a folded message names: school pupil, or "other" (university, college). */
export function groupPartOf(folded: string): GroupPartSlot | undefined {
  const about = clausesOf(folded.replace(GROUP_NAMED, " "))
    .filter((clause) => !isAboutSomeoneInsured(clause))
    .join(" , ");
  const pupil = SCHOOL_PUPIL.test(about);
  const university = UNIVERSITY.test(about);
  if (pupil === university) return undefined;
  return pupil ? "school_pupil" : "other";
}

const GOES_ON_TO_UNIVERSITY =
  /\b(?:do|len|vao|thi|truot|rot|nhap hoc|trung tuyen)(?: \w+){0,2}? (?:dai hoc|cao dang|dh)\b|\b(?:gets? into|got into|start(?:s|ing)?|goes? to|going to|off to|enters?|entering) (?:a |the )?(?:university|college|uni)\b|\b(?:new one|again|next year|after that|then)\b(?: \w+){0,3}? (?:at|in) (?:a |the )?(?:university|college|uni)\b/;

/** Whether a folded message names both a school pupil and a university or college student ("lớp 11… đại học năm 1"). */
export function namesPupilAndStudent(folded: string): boolean {
  // "lớp 12, đỗ đại học rồi thì…": one pupil going on to university, not two children.
  if (GOES_ON_TO_UNIVERSITY.test(folded)) return false;
  // ("có được đóng BHYT học sinh sinh viên không": the group's name, not a pupil and a student.)
  const about = clausesOf(folded.replace(GROUP_NAMED, " "))
    .filter((clause) => !isAboutSomeoneInsured(clause))
    .join(" , ");
  return SCHOOL_PUPIL.test(about) && UNIVERSITY.test(about);
}
