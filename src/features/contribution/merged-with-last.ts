import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { deniedGroupsOf } from "../../nlu/slots/payer-group.ts";
import { NEAR_POOR_LISTED } from "../../policy/contribution/calculate-contribution.ts";
import { saysCorrection } from "../typed-lexicon.ts";
import { type CalcDraft, HOUSEHOLD_GROUPS } from "./calc-draft.ts";
import { FIGURES, saysCouple, theCouple, withFigures } from "./calc-figures.ts";

/**
 * A sum's figures read from a whole question, merged with the last sum's (`same`: of the same group). A new count of
 * people ("tính tiền hộ gd 3 người 12 tháng") is who pays now: those left out of the last sum are not left out of
 * this one. A correction ("à quên, vợ mình cũng mới đi làm cty rồi") or one of those counted named by their age ("the
 * 9-year-old is in grade 3") changes the last sum as one.
 */
export function mergedWithLast(last: CalcDraft, said: CalcDraft, message: string, same: boolean): CalcDraft {
  const { insuredElsewhere: _left, ...lastPayers } = last;
  const recounted = said.members !== undefined && said.insuredElsewhere === undefined;
  const kept = recounted ? (saysCouple(message, said) ? theCouple(lastPayers) : lastPayers) : last;
  const ofThoseCounted =
    said.ages !== undefined &&
    last.ages !== undefined &&
    said.insuredElsewhere !== undefined &&
    said.ages.split(",").every((age) => last.ages!.split(",").includes(age));
  // "con trai tôi nếu được hưởng trợ cấp thất nghiệp… thì cả nhà còn bao nhiêu": one more covered, of those counted.
  const oneMoreCovered =
    said.insuredElsewhere !== undefined &&
    said.members === undefined &&
    HOUSEHOLD_GROUPS.has(last.group ?? "") &&
    (last.members ?? 0) > 1;
  if (same && (saysCorrection(message) || ofThoseCounted || oneMoreCovered))
    return withFigures(last, { said, fields: FIGURES.filter((f) => said[f] !== undefined) }, message);
  // "nếu năm sau thoát cận nghèo thì 2 vợ chồng đóng bao nhiêu": another group's sum, for the months of the last one.
  const months =
    last.months !== undefined && said.months === undefined && last.group !== "employee"
      ? { months: last.months }
      : {};
  // …and "con lớp 9 đóng ở trường bn" after a family's sum in Hà Nội: the family's province.
  const province =
    last.province !== undefined && said.province === undefined ? { province: last.province } : {};
  // ("If next year we are no longer near-poor, how much would the whole family pay?": the same people, as a household.)
  if (leftListing(last, said, message)) {
    const { part: _part, nearPoor: _nearPoor, group: _group, ...people } = last;
    return { ...people, months: last.months ?? 12, ...said };
  }
  if (!same || (said.group && said.group !== last.group)) return { ...months, ...province, ...said };
  // "hộ cận nghèo 3 người ở Hải Phòng…" after a listed household paid in full: a household of its own, said anew.
  const { part: lastPart, ...unlisted } = kept;
  return said.group && lastPart === NEAR_POOR_LISTED ? { ...unlisted, ...said } : { ...kept, ...said };
}

const LISTED_GROUPS = new Set(["near_poor", "poor"]);
// The household's near-poor or poor listing said to end, with no new count: the people of the last sum.
const leftListing = (last: CalcDraft, said: CalcDraft, message: string) =>
  LISTED_GROUPS.has(last.group ?? "") &&
  said.members === undefined &&
  deniedGroupsOf(foldForSlots(message)).includes(last.group as "near_poor" | "poor");
