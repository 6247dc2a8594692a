import { t, text } from "../../core/reply.ts";
import { saysVeteran } from "../../nlu/person-said.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots, type Slots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import {
  coveredElsewhereMentions,
  SOCIAL_PENSION_AGE,
  saysPensioner,
} from "../../nlu/slots/insured-members.ts";
import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, draftFromSession } from "./calc-draft.ts";
import { provincePaysFor } from "./province-age-question.ts";
import { asksSocialPension } from "./question-group.ts";

/**
 * "tôi 70 tuổi, bà nhà tôi 66, không có lương hưu": under 75 the state pays only for poor and near-poor people on the
 * social pension; otherwise they pay, usually as a household. `sumAsHousehold` works out the household's sum.
 */
export function answerBelowSocialPension(
  turn: Turn,
  all: Slots,
  ages: readonly number[],
  sumAsHousehold: (slots: Slots) => Outcome,
): Outcome {
  // "có được miễn không" asks whether, not for how long: a year's sum shows it.
  // "bà ngoại 67 tuổi có được hỗ trợ không": the people whose ages are named are those asked about.
  const people = all.householdSize ?? (ages.length > 0 ? ages.length : undefined);
  // (Counted by their ages, they are all who pay: "ba tôi là thương binh…, mẹ tôi 65" is the mother alone.)
  const { insuredElsewhere: _others, ...byAge } = all;
  const asked = all.householdSize === undefined ? byAge : all;
  const asHousehold = sumAsHousehold({
    ...asked,
    months: all.months ?? 12,
    ...(people ? { householdSize: people } : {}),
  });
  // Where the province pays for these ages (TP.HCM, 65 to under 75), the sum says so; the rule is said of the rest.
  const own = ages.filter((age) => !provincePaysFor(turn, [age]));
  const cityPays = own.length === 0;
  if (cityPays && !asksSocialPension(turn.text)) return asHousehold;
  const key = cityPays ? "social_pension_not_yet" : "below_social_pension";
  // "bố em là bệnh binh…, còn mẹ em 63 tuổi": the veteran asked about first is answered first.
  const folded = foldForSlots(turn.text);
  const veteran = saysVeteran(folded) ? [t("common:calc.note.veteran_beside")] : [];
  // "bố 76 có lương hưu 3 triệu, mẹ 74 không lương hưu": the pensioner asked about first is answered first.
  const pensioner = saysPensioner(folded) ? [t("common:calc.note.pensioner_beside")] : [];
  const rule = t(`common:calc.note.${key}`, { ages: (cityPays ? ages : own).join(", ") });
  const note = text(...veteran, ...pensioner, rule);
  // "ông nội 72 tuổi ko được miễn hả" after the family's sum: asked aside, the family's sum stays the one followed up.
  const last = turn.session.flow?.id === CALC_FLOW ? draftFromSession(turn.session.flow.data) : undefined;
  const aside = last?.group === "household" && (last.members ?? 0) > (people ?? 1);
  const session = aside ? { ...asHousehold.session, flow: turn.session.flow } : asHousehold.session;
  return { ...asHousehold, replies: [note, ...asHousehold.replies], session };
}

/**
 * The ages, under 75, of the people a message names beside a pensioner ("Bố tôi 76 tuổi, có lương hưu 3 triệu. Mẹ tôi
 * 74 tuổi … không lương hưu"): who pays, while social insurance pays the pensioner's card.
 */
export function payersBesidePensioner(text: string): number[] | undefined {
  const clauses = foldForSlots(text).split(/[,.;?!]/);
  // "Bố tôi 76 tuổi, có lương hưu": a pension said in the clause after an age is that person's.
  const pensioners = clauses.map(
    (clause, i) => saysPensioner(clause) || (saysPensioner(clauses[i + 1] ?? "") && !agesOf(clauses[i + 1]!)),
  );
  if (!pensioners.some(Boolean)) return undefined;
  // ("con trai 32 tuổi làm công ty": insured at work, no payer either.)
  const ages = clauses
    .filter((clause, i) => !pensioners[i] && coveredElsewhereMentions(clause).length === 0)
    .flatMap((clause) => agesOf(clause) ?? [])
    .filter((age) => age >= 18 && age < SOCIAL_PENSION_AGE);
  // (A household counted with more people than the pensioner and those aged is its own sum.)
  const size = householdSizeOf(foldForSlots(text));
  if (size !== undefined && size > ages.length + 1) return undefined;
  return ages.length > 0 ? ages : undefined;
}
