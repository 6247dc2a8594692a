import { foldWords } from "../../core/fold.ts";
import { choices, type TextRef, t } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { insuredSalaryOf } from "../../nlu/slots/salary.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

// "tôi mở tiệm, thuê 2 người bán hàng", "I run a shop and have 3 staff": someone who employs others…
const EMPLOYS =
  /\b(?:thue|tuyen|muon) (?:\d{1,2}|mot|hai|ba|bon|nam) (?:nguoi|nhan vien|lao dong|cong nhan|tho|ban)\b|\bnhan vien (?:cua )?(?:toi|em|minh)\b|\b(?:i |and |we )?(?:hire|employ|have|has) (?:\d{1,2}|one|two|three|four|five) (?:full[- ]time |part[- ]time )?(?:workers?|staff|employees?|people working)\b|\bmy (?:workers|staff|employees)\b/;
// …asking whether they must insure them.
const MUST_INSURE =
  /\b(?:co phai|phai|can|co bat buoc) (?:dong|mua)(?: bhyt| bao hiem(?: y te)?)? cho (?:ho|nguoi lam|nhan vien|tho)\b|\b(?:do|must|should) i (?:have to |need to )?(?:pay|buy|provide|insure)\b[^.?!]{0,40}\b(?:them|their|staff|workers|employees)\b/;
const EMPLOYER_WORDS = 60;

/**
 * "Tôi mở tiệm tạp hóa, thuê 2 người có hợp đồng 1 năm, có phải đóng BHYT cho họ không, mỗi người bao nhiêu?": an
 * employer's duty (a labour contract of a month or more, Law Art. 12 §1), the shares from the salary when given
 * (employer 3%, worker 1.5%), and no household card for them. Undefined for other messages.
 */
export function answerEmployerDuty(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > EMPLOYER_WORDS) return undefined;
  if (!EMPLOYS.test(folded) || !MUST_INSURE.test(folded)) return undefined;
  const salary = insuredSalaryOf(foldForSlots(turn.text));
  const lines: TextRef[] = [t("common:employer_duty.duty")];
  if (salary !== undefined) {
    const sum = calculateContribution(turn.content.policy, {
      group: "employee",
      salary,
      months: 12,
      date: turn.today,
    }).employee!;
    lines.push(
      t("common:employer_duty.each", {
        salary: vnd(sum.contributionSalary),
        employer: vnd(sum.employer.month),
        employee: vnd(sum.employee.month),
        total: vnd(sum.employer.month + sum.employee.month),
      }),
    );
  }
  return {
    replies: [choices(lines, [intentChoice("contribution.employee"), intentChoice("contact.hotline")])],
    session: { lastIntent: "contribution.employee", misses: 0 },
  };
}
