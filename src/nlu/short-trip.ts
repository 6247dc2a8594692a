import { foldWords } from "../core/fold.ts";

// "đi du lịch Đà Lạt 1 tuần bị ốm có dùng bhyt được không", "sick on a business trip": a short stay away from home.
const SHORT_TRIP =
  /\b(?:du lich|di choi|cong tac|di cong tac|ve que|tham (?:nha|nguoi than|ho hang|con)|nghi mat|an tet|ve an tet|dip tet|que nha|travel\w*|trip|go(?:ing)? (?:back )?home|(?:working|staying|work|stay|o|lam) (?:\w+ ){0,3}?(?:for|trong) (?:\d|a|one|two|three|mot|hai|ba) (?:weeks?|days?|tuan|ngay)|holiday|vacation|visiting|hometown|home town|during tet|for tet|away from (?:home|hanoi|my province)|(?:i m|i am|we re|we are) (?:in|staying in) (?:hcmc|saigon|ho chi minh city|hanoi|da nang|another province))\b/;
const BACK_HOME =
  /\b(?:back home|home now|not travell?ing any ?more|no longer travell?ing|da ve (?:nha|lai)|ve nha roi|khong con di)\b/;
const FALLS_ILL =
  /\b(?:om|benh|sot|kham|cap cuu|nhap vien|tai nan|sick|ill|fever|doctor|hospital|clinic|injured|accident)\b/;
// Abroad BHYT does not pay, and travel insurance is another product: neither is this case.
const ABROAD = /\b(?:nuoc ngoai|quoc te|abroad|overseas|outside vietnam|bao hiem du lich|travel insurance)\b/;
const NAMES_CARD = /\b(?:bhyt|bh|bao hiem|the|insurance|card)\b/;
const USES_IT =
  /\b(?:use (?:it|my card|the card|my insurance|this card)|(?:will|does|can|would) (?:it|my card|the card|my insurance) (?:still )?(?:work|be (?:valid|used|accepted))|dung (?:the|bhyt|no) (?:duoc|o)|dung duoc (?:the|bhyt|khong|ko))\b/;

/** Whether a message asks about using the card when ill on a short trip away from home. */
export function illOnShortTrip(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  // ("I lost my card while travelling… I'm back home now": the lost card is the question, not the trip.)
  if (ABROAD.test(folded) || BACK_HOME.test(folded)) return false;
  // "can I use it when I go home to Sóc Trăng?": using the card there, with no illness said, is the same question.
  const uses = USES_IT.test(folded);
  return SHORT_TRIP.test(folded) && (FALLS_ILL.test(folded) || uses) && (NAMES_CARD.test(folded) || uses);
}
