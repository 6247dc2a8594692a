import { foldWords } from "../../core/fold.ts";
import type { Turn } from "../handler.ts";
import { saysFarming } from "./farm-option.ts";

/**
 * "I'm a farmer, can I get free insurance from the state?", "I'm Canadian, can I get Vietnamese insurance?": read
 * as the topic of the groups the state pays for, though no such group was said. A farmer is told of the farming
 * households' support; anyone else gets the groups' answer, never a sum saying they pay nothing. Undefined when a
 * state-paid group was said or its sum is running.
 */
export function stateGroupUnsaid(turn: Turn, intentId: string): "farming" | "groups" | undefined {
  if (intentId !== "contribution.other_group") return undefined;
  if (turn.understanding?.slots.payerGroup === "other_group") return undefined;
  const data = turn.session.flow?.data as { group?: string } | undefined;
  if (data?.group === "other_group") return undefined;
  return saysFarming(` ${foldWords(turn.text)} `) ? "farming" : "groups";
}
