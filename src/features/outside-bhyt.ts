import { encodeAction } from "../core/actions.ts";
import { foldWords } from "../core/fold.ts";
import { choices, t } from "../core/reply.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { saysPensioner } from "../nlu/slots/insured-members.ts";
import { answerTexts } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

const OUT_OF_SCOPE = "out_of_scope";

const foldedServices = new WeakMap<Turn["content"]["outside"], { id: string; match: string[] }[]>();

/** The service outside health insurance that a message names (intents/_shared/outside-bhyt.yaml), if any. */
export function outsideService(turn: Turn): string | undefined {
  const services = turn.content.outside;
  let folded = foldedServices.get(services);
  if (!folded) {
    folded = services.map(({ id, match }) => ({ id, match: match.map((words) => ` ${foldWords(words)} `) }));
    foldedServices.set(services, folded);
  }
  const text = ` ${foldWords(turn.text)} `;
  return folded.find((service) => service.match.some((words) => namedNotDenied(text, words)))?.id;
}

// "không có lương hưu", "no pension": said of the person, not a question about pensions.
const DENIED = /\b(?:no|not|without|never|khong|ko|chua|chang)(?: \w+)?\s*$/;

function namedNotDenied(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1))
    if (!DENIED.test(text.slice(0, at))) return true;
  return false;
}

/**
 * A question outside health insurance: where it belongs (pensions → BHXH, unemployment benefit → the employment
 * service centre, tax → the tax office…), or the general out-of-scope answer when no service is named.
 */
export function answerOutsideBhyt(turn: Turn): Outcome {
  const service = outsideService(turn);
  const hotline = turn.content.links.contacts.hotline;
  const intent = turn.content.intents.get(OUT_OF_SCOPE);
  const parts = service
    ? [t(`common:outside.${service}`, { hotline })]
    : intent
      ? answerTexts(turn, intent)
      : [t("common:fallback.hotline", { hotline })];
  const menu = { label: t("common:button.menu"), action: encodeAction({ type: "menu" }) };
  return { replies: [choices(parts, [menu])], session: { lastIntent: OUT_OF_SCOPE, misses: 0 } };
}

// "có phải đóng nữa không", "có cần mua bhyt", "do they need to pay": whether someone pays for their card.
const ASKS_TO_PAY =
  /\b(?:phai|can|co) (?:dong|mua|tu dong|tu mua|vao|tham gia)\b|\b(?:dong|mua) (?:bhyt|bao hiem|the)\b|\b(?:pay|buy|pays)\b|\bai (?:dong|tra|chiu)\b|\b(?:bhyt|bao hiem y te|the bhyt)\b[^.?]*\bbao nhieu\b|\bneeds? (?:insurance|a card)\b|\b(?:have|has|need|needs) to (?:be|join|go) (?:on|in|into)\b/;

// "trợ cấp hưu trí xã hội", "social pension": the allowance that brings a free card with it.
// …and the survivors' allowance ("tiền tuất") an elder of 75 or more gets a free card with.
const SOCIAL_PENSION =
  /\b(?:huu tri xa hoi|tro cap huu tri|social pension|tien tuat|tuat hang thang|survivor(?: s|s)? (?:allowance|pension|benefit))\b/;

/**
 * A question read as about pensions that is about health insurance after all: whether a pensioner pays for their
 * card (they do not), or the social pension, which brings a card the state pays for.
 */
export function asksAboutPensionersCard(turn: Turn): boolean {
  const folded = foldForSlots(turn.text);
  return SOCIAL_PENSION.test(folded) || (saysPensioner(folded) && ASKS_TO_PAY.test(folded));
}
