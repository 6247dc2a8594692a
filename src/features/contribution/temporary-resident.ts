import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { staysTemporarily } from "../../nlu/slots/residence.ts";
import { law, vnd } from "../../policy/answer-vars.ts";
import { ageBandOverridesAt } from "../../policy/parameter-at.ts";
import { fullMonthToday, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { slotExtractorOf } from "./calc-figures.ts";

// "thường trú ở Quảng Ngãi", "hộ khẩu ở Bình Định", "permanent residence is in Huế": the home province's clause.
const HOME_CLAUSE = /\b(?:thuong tru|ho khau|que (?:o|tai)|permanent residence|registered (?:in|at))\b/;

/**
 * "mẹ em 67 tuổi, hộ khẩu ở Bình Định, đang tạm trú ở TPHCM, có được thành phố hỗ trợ 100% không": a provincial level
 * for an age band that covers only permanent residents does not reach someone staying there temporarily; they pay as
 * a household. Undefined unless such a level, an age in its band and a temporary stay are all said.
 */
export function answerTemporaryResident(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // (A household's sum asked with them in it is the sum, without the level: "má tạm trú và vợ tôi, 2 người…".)
  if (!staysTemporarily(folded) || (householdSizeOf(foldForSlots(turn.text)) ?? 1) >= 2) return undefined;
  // "hộ khẩu ở Bình Định nhưng tạm trú ở TPHCM": the province of the stay, not the one of permanent residence.
  const extract = slotExtractorOf(turn);
  const province = turn.text
    // (A full stop inside a name, "TP.HCM", does not end a clause.)
    .split(/[,;!?]|\.(?=\s|$)|\s(?:nhưng|nhung|but)\s/iu)
    .map((clause) => ` ${foldWords(clause)} `)
    .filter((clause) => !HOME_CLAUSE.test(clause))
    .map((clause) => extract(clause, turn.today).province?.code)
    .find((code) => code !== undefined);
  if (!province) return undefined;
  const ages = agesOf(foldForSlots(turn.text)) ?? [];
  const band = ageBandOverridesAt(turn.content.policy, "support.household", {
    date: turn.today,
    province,
  }).find(
    (o) => o.residence === "permanent" && ages.some((age) => age >= o.ages!.from && age < o.ages!.below),
  );
  if (!band?.applies_to) return undefined;
  const full = fullMonthToday(turn);
  const vars = {
    who: band.applies_to[turn.locale],
    basis: law(band.legal_basis),
    month: vnd(full),
    year: vnd(full * 12),
  };
  return {
    replies: [
      choices(
        [t("common:calc.note.permanent_only", vars)],
        [intentChoice("enroll.temporary_residence"), intentChoice("contribution.household")],
      ),
    ],
    session: { lastIntent: "contribution.household", misses: 0 },
  };
}
