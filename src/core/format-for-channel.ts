import type { RenderedReply } from "./reply.ts";

/** The line under a numbered list telling the user to type a number (channels without enough buttons). */
export const NUMBERED_HINT: Record<"vi" | "en", string> = {
  vi: "(Gõ số để chọn.)",
  en: "(Type a number to choose.)",
};

// A label that is a number and its unit: "3 tháng", "12 months".
const COUNTED_LABEL = /^\d{1,2} (?:tháng|months?)$/;

/** What a channel can show. */
export interface ChannelCapabilities {
  /** Longest message the channel accepts, in characters. */
  textLimit: number;
  /** Most buttons under one message; 0 means none (choices become a numbered list). */
  maxButtons: number;
}

/** A message ready to send: text within the limit, and the buttons that go under it. */
export interface ChannelMessage {
  text: string;
  buttons: { label: string; action: string }[];
}

/**
 * Fits replies to a channel: a numbered list where buttons are missing or too many, text split under the limit.
 * The choices of all replies of one turn are numbered on from each other (1–4, then 5–6), so every number typed
 * back means one option; a list inside an answer's text is lettered (a, b, c) so its numbers never pass for them.
 */
export function formatForChannel(
  replies: readonly RenderedReply[],
  caps: ChannelCapabilities,
  numberedHint: string,
): ChannelMessage[] {
  let offset = 0;
  return replies.flatMap((reply) => {
    const useButtons = reply.buttons.length > 0 && reply.buttons.length <= caps.maxButtons;
    const numbered = reply.buttons.length > 0 && !useButtons;
    // ("3 tháng", "6 tháng", "12 tháng": options that are numbers already are typed as those numbers, never 1, 2, 3.)
    const ownNumbers = reply.buttons.every((b) => COUNTED_LABEL.test(b.label));
    const item = (label: string, i: number) => (ownNumbers ? `- ${label}` : `${offset + i + 1}. ${label}`);
    const list = numbered
      ? `\n\n${reply.buttons.map((b, i) => item(b.label, i)).join("\n")}\n${numberedHint}`
      : "";
    offset += reply.buttons.length;
    const body = numbered ? letteredLists(reply.text) : reply.text;
    const chunks = splitText(`${body}${list}`, caps.textLimit);
    return chunks.map((chunk, i) => ({
      text: chunk,
      buttons: useButtons && i === chunks.length - 1 ? reply.buttons : [],
    }));
  });
}

// "1. Xem thẻ…" at the start of a line of an answer becomes "a) Xem thẻ…".
function letteredLists(body: string): string {
  return body.replace(/^(\s*)(\d{1,2})\. /gm, (whole, indent: string, number: string) => {
    const n = Number(number);
    return n >= 1 && n <= 26 ? `${indent}${String.fromCharCode(96 + n)}) ` : whole;
  });
}

/** Splits text into pieces of at most `limit` characters, at paragraph, line, then word boundaries. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut =
      Math.max(window.lastIndexOf("\n\n"), 0) ||
      Math.max(window.lastIndexOf("\n"), 0) ||
      Math.max(window.lastIndexOf(" "), 0) ||
      limit;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
