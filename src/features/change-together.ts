import type { StatedCase } from "./stated-cases.ts";

// "còn thẻ của mẹ chị … đổi chung được không", "can I change my mum's too?": a relative's card…
const RELATIVE_CARD =
  /\b(?:the (?:cua )?(?:me|bo|ba|cha|ma|vo|chong|con|ong|ba noi|ba ngoai|ong noi|ong ngoai)|(?:me|bo|ba|cha|ma|vo|chong|con) (?:chi|em|e|toi|minh|anh|tui)|my (?:mother|father|mum|mom|dad|wife|husband|son|daughter|parents|kids|children)|(?:mum|mom|dad|wife|husband|son|daughter) s)\b/;
// …changed at the same time as the writer's own.
const TOGETHER =
  /\b(?:doi chung|doi cung|doi luon|cung doi|chung (?:duoc|dc) (?:khong|ko|k)|mot lan|cung luc|1 lan|together|as well|too|at the same time|same time|both)\b/;
const TOGETHER_WORDS = 35;

/** After the change of registered place: a relative's card changed with the writer's, each on their own form. */
export const CHANGE_TOGETHER: StatedCase = {
  maxWords: TOGETHER_WORDS,
  needs: [RELATIVE_CARD, TOGETHER],
  key: "change_together",
  next: ["card.change_facility", "enroll.temporary_residence"],
  topic: "card.change_facility",
  after: "card.change_facility",
};
