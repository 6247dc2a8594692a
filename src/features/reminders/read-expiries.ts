import { dateOf } from "../../nlu/slots/dates.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";

/** A card to remind about: whose (a label such as "bố", or "" for the household) and when it expires. */
export interface CardExpiry {
  label: string;
  expiry: string;
}

// Words around a date that are not a member's name ("nhắc tôi gia hạn thẻ bhyt hết hạn ngày …").
const NOT_A_LABEL = new Set(
  "nhac toi minh em gia han the bhyt bao hiem y te het han ngay vao la cua cho thang nam cac nha ca ho hop dong luc remind me card cards expires expire on of my the and".split(
    " ",
  ),
);

// "mẹ" (mum) folds to "me", which is also English "me": only the unmarked word is a filler.
const isFiller = (word: string) => {
  const folded = foldForSlots(word).trim();
  return NOT_A_LABEL.has(folded) && (folded !== "me" || word.toLowerCase() === "me");
};

/**
 * The expiry dates a message gives: one date ("15/3/2027"), or one per member ("bố 15/3/2027, mẹ 20/4/2027").
 * `invalid` holds a typed date that does not exist or has passed.
 */
export function readExpiries(text: string, today: string): { cards: CardExpiry[]; invalid?: string } {
  const cards: CardExpiry[] = [];
  for (const part of text.split(/[,;\n]|\s(?:và|va|and)\s/i)) {
    const date = dateOf(foldForSlots(part), today);
    if (!date) continue;
    if ("invalid" in date) return { cards, invalid: date.invalid };
    if (date.iso <= today) return { cards, invalid: date.typed };
    const words = part
      .replace(/\d{1,4}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?/g, " ")
      .split(/[^\p{L}]+/u)
      .filter((w) => w && !isFiller(w));
    cards.push({ label: words.slice(0, 3).join(" ").slice(0, 24), expiry: date.iso });
  }
  return { cards };
}
