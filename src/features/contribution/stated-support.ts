import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import { percentOf } from "../../policy/money.ts";
import type { Turn } from "../handler.ts";

// "tỉnh hỗ trợ thêm 20%", "the province pays an extra 20%": a top-up the writer says their province gives.
const EXTRA_SUPPORT =
  /\b(?:ho tro|dong|tra|cho) them (\d{1,2}) (?:phan tram)|\b(?:extra|additional|further|more|another) (\d{1,2}) (?:phan tram|percent)\b|\b(\d{1,2}) (?:phan tram|percent) (?:extra|more|on top)\b/;
const SUPPORTED_GROUPS = new Set(["near_poor", "student", "agri_household"]);

/**
 * Under a supported group's sum, a provincial top-up the message states but the data does not hold: the sum at that
 * level too, said to be the writer's figure to check with the commune. Undefined when none is stated.
 */
export function statedSupportNote(turn: Turn, r: ContributionResult): TextRef | undefined {
  if (!SUPPORTED_GROUPS.has(r.input.group) || r.supportPct === undefined || r.payers === 0) return undefined;
  const found = EXTRA_SUPPORT.exec(` ${foldWords(turn.text.replaceAll("%", " phan tram "))} `);
  const extra = Number(found?.[1] ?? found?.[2] ?? found?.[3] ?? 0);
  const support = r.supportPct + extra;
  if (extra === 0 || support > 100) return undefined;
  const month = r.fullMonth - percentOf(r.fullMonth, support);
  return t("common:calc.note.stated_support", {
    extra,
    support,
    month: vnd(month),
    total: vnd(month * r.input.months * r.payers),
    people: r.payers,
    months: r.input.months,
  });
}
