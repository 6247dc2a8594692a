import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";
import { sameSumAs } from "./other-cards.ts";

const FARMS =
  /\b(?:lam ruong|lam nong|nong dan|trong lua|lam vuon|lam ray|nuoi tom|danh ca|lam muoi|farm\w*|rice farmers?|fishermen|fisherman|grows? (?:rice|coffee|vegetables|crops|tea|fruit)|trong (?:lua|ca phe|rau|hoa mau|che|cay an trai))\b/;

/**
 * Under a household's sum for people who farm ("hai vợ chồng làm ruộng"): a farming household of average living
 * standard, once the commune lists it, gets the state's support instead, which the note prices when it is cheaper.
 * Undefined otherwise.
 */
export function farmOptionNote(turn: Turn, household: ContributionResult): TextRef | undefined {
  if (household.input.group !== "household" || household.payers === 0) return undefined;
  if (!saysFarming(` ${foldWords(turn.text)} `)) return undefined;
  const agri = sameSumAs(turn, household, "agri_household");
  if (agri.person.period >= household.person.period) return undefined;
  return t("common:calc.note.farm_option", {
    agri: vnd(agri.person.period),
    household: vnd(household.person.period),
    months: household.input.months,
    support: agri.supportPct ?? 0,
  });
}

/** Whether a folded, space-padded message says its writer farms, fishes or makes salt. */
export function saysFarming(folded: string): boolean {
  return FARMS.test(folded);
}
