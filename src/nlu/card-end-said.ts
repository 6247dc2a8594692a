import { dateSpanOf } from "./slots/dates.ts";
import { foldForSlots } from "./slots/extract-slots.ts";

// "thẻ hạn đến 15/1/2027", "hết hạn 31/8/2026", "my card expires on 28 Feb": the end of a card, said with its date.
const CARD_END =
  /\b(?:het han|han (?:den|toi|dung|su dung)|con han (?:den|toi)|co han (?:den|toi)|han the|(?:the|bhyt)(?: cu| cua \S+)? het(?= (?:ngay |vao )?\d)|expires?|expired|expiry|valid (?:until|till|to)|runs out|ran out)\b/;

/** The day a message says a card ends (YYYY-MM-DD), kept so "nhắc em trước khi hết hạn" can use it; or undefined. */
export function cardEndSaid(text: string, today: string): string | undefined {
  const folded = foldForSlots(text);
  const cue = CARD_END.exec(folded);
  if (!cue) return undefined;
  const found = dateSpanOf(folded.slice(cue.index), today);
  return found && "iso" in found.slot ? found.slot.iso : undefined;
}
