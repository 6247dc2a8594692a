import { type TextRef, t } from "../../core/reply.ts";
import { youngestAge } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { presumedPupilsOf } from "../../nlu/slots/presumed-pupils.ts";
import { vnd } from "../../policy/answer-vars.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { asksPupilPrice } from "./family-total.ts";
import { pupilCard } from "./other-cards.ts";

/**
 * "2 đứa con 8 tuổi và 3 tuổi" in a household's sum: a child of school age named only by age was taken as a pupil,
 * whose card is bought at school; said so, with that card's price, and how to count the child in instead. Said with
 * the sum of the story that names the child (or of the question it left waiting), not again with each follow-up.
 */
export function schoolAgeNote(turn: Turn, draft: CalcDraft, r: ContributionResult): TextRef | undefined {
  // (When the pupils' price is asked, its own note says where their card comes from.)
  if (r.input.group !== "household" || !draft.schoolAges || asksPupilPrice(turn.text)) return undefined;
  const folded = foldForSlots(turn.text);
  const named = [...new Set(draft.schoolAges.split(","))];
  // "and my 12-year-old nephew living with us?": one child added to the sum, by age (added-members.ts).
  const addedNow = named.includes(String(youngestAge(folded)));
  const saidNow = addedNow || presumedPupilsOf(folded).ages.length > 0;
  if (!saidNow && !turn.session.flow?.awaiting) return undefined;
  const province = r.input.province;
  const pupil = pupilCard(turn, r.input.date, province);
  const key = pupil.person.period === 0 ? "common:calc.note.school_age_free" : "common:calc.note.school_age";
  return t(key, {
    ages: agesListed(named),
    count: named.length,
    first: named[0]!,
    year: vnd(pupil.person.period),
  });
}

/** "12", "12 and 9", "12, 9 and 7": the ages named, joined as the language joins a list. */
function agesListed(ages: readonly string[]): TextRef | string {
  if (ages.length === 1) return ages[0]!;
  return t("common:calc.note.ages_listed", { init: ages.slice(0, -1).join(", "), last: ages.at(-1)! });
}
