import { foldWords } from "../core/fold.ts";
import { type TextRef, t, text } from "../core/reply.ts";
import { vnd } from "../policy/answer-vars.ts";
import { calculateContribution } from "../policy/contribution/calculate-contribution.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";
import { asksHowMuch } from "./typed-lexicon.ts";

const ORDINAL =
  /\b(?:nguoi|thanh vien|tv) thu (hai|ba|tu|nam|sau|bay|[2-9])\b|\b(second|third|fourth|fifth|sixth|seventh|[2-9](?:nd|rd|th)) (?:person|member)\b/;
const PLACES: Record<string, number> = {
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
};

/**
 * "1) lương cơ sở bao nhiêu 2) hộ gia đình người thứ 2 đóng bao nhiêu": the rate's answer, and the household member
 * named by place beside it (the ladder for that place, this month's base). Undefined when no place is named.
 */
export function answerWithLadderMember(turn: Turn, intent: string): Outcome | undefined {
  const line = ladderLine(turn);
  if (!line) return undefined;
  const reply = answerIntent(turn, intent);
  reply.parts.push(line);
  return { replies: [reply], session: { lastIntent: intent, misses: 0 } };
}

// The monthly amount of the household member named by place, undefined when no place is named.
function ladderLine(turn: Turn): TextRef | undefined {
  const found = ORDINAL.exec(` ${foldWords(turn.text)} `);
  if (!found) return undefined;
  const said = found[1] ?? found[2]!;
  const place = PLACES[said] ?? Number.parseInt(said, 10);
  const sum = calculateContribution(turn.content.policy, {
    group: "household",
    date: turn.today,
    months: 12,
    members: place,
  });
  const member = sum.members[place - 1]!;
  return t("common:ladder_member", { place, month: vnd(member.month), share: member.sharePct });
}

const PLACE_WORDS = 10;

/** "người thứ 4 đóng bao nhiêu 1 tháng", asked on its own: that member's monthly amount alone. */
export function answerLadderPlace(turn: Turn, intent: string): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > PLACE_WORDS || !asksHowMuch(turn.text)) return undefined;
  const line = ladderLine(turn);
  return line
    ? { replies: [text(line)], session: { ...turn.session, lastIntent: intent, misses: 0 } }
    : undefined;
}
