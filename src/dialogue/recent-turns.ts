import { clip } from "../core/clip.ts";
import { redactPersonalNumbers } from "../core/pii-guard.ts";
import type { RenderedReply } from "../core/reply.ts";
import type { Session } from "../core/session.ts";

// Three exchanges: what a staff member taking the chat needs to see what was asked and answered before.
const KEPT = 6;
const CLIPPED = 400;

/** The conversation's last messages with this turn's added: what the citizen said and what the bot answered. */
export function withRecentTurn(
  recent: Session["recent"],
  said: string,
  replies: RenderedReply[],
  at: number,
): NonNullable<Session["recent"]> {
  const answer = replies.map((reply) => reply.text).join("\n");
  const entries = [
    ...(recent ?? []),
    ...(said.trim() ? [{ from: "citizen" as const, text: clip(said.trim(), CLIPPED), at }] : []),
    ...(answer
      ? [{ from: "bot" as const, text: clip(redactPersonalNumbers(answer).text, CLIPPED), at }]
      : []),
  ];
  return entries.slice(-KEPT);
}
