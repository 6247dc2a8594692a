import { decodeAction } from "../core/actions.ts";
import { foldWords } from "../core/fold.ts";
import { choices, type Reply, t, text } from "../core/reply.ts";
import { splitClauses } from "../nlu/asked.ts";
import { LONG_MESSAGE } from "../nlu/bands.ts";
import { asksWhereAndPapers } from "../nlu/case-readings.ts";
import { asksToShareCard } from "../nlu/family-card.ts";
import { asksWhereToPay } from "../nlu/what-is-asked.ts";
import { answerIntent, intentChoice } from "./answer-intent.ts";
import { sumForClause } from "./clause-sum.ts";
import { wherePays } from "./contribution/where-pays.ts";
import type { Turn } from "./handler.ts";

// "gia hạn ntn và hết bn tiền": two questions joined in one sentence, each with its question word.
const QUESTION_WORD =
  /\b(?:ntn|the nao|nhu the nao|lam sao|bao nhieu|bn|nhieu|o dau|khi nao|bao gio|bao lau|how|what|where|when|which)\b/g;
const CONTACT_TOPICS = new Set(["contact.hotline", "handoff.human"]);
const CONTACT_WORDS =
  /\b(?:tong dai|hotline|so dien thoai|goi|nhan vien|can bo|nguoi that|gap (?:truc tiep|nguoi|ai)|call|phone|number|person|human|staff|officer)\b/;

const RENEWS_ONLINE =
  /\b(?:gia han|dong tiep|renew\w*)\b(?:\s\w+){0,3}?\s(?:online|truc tuyen|qua mang|tren mang|qua app|tren app)\b/;
const BANK_APP =
  /\b(?:app ngan hang|ung dung ngan hang|ngan hang|chuyen khoan|banking app|bank app|internet banking|mobile banking)\b/;

const PASSWORD = /\b(?:mat khau|mk|pass|password|dang nhap|log ?in)\b/;

// Buttons on one extra reply: Zalo OA shows five at most, so the topics fit without becoming a numbered list.
const MAX_TOPIC_BUTTONS = 4;

/**
 * The replies that follow the main answer of an answered message: the second topic it asks answered in full, any
 * further topic offered as a button ("Bạn cũng hỏi về: …"), and under a long message the next likeliest topics too,
 * since a long story can be read more than one way; a topic already on a button of `shown` is not repeated.
 */
export function askedTopicReplies(turn: Turn, shown: Reply[] = []): Reply[] {
  const understanding = turn.understanding;
  if (understanding?.band !== "answer") return [];
  // Two "how much" readings of one message are one question ("nhà 5 người, còn lại đóng bao nhiêu" is not also a
  // refund question): the main answer, often a calculation, already answers it.
  const howMuch = (intent: string) =>
    intent.startsWith("contribution.") && understanding.intent.startsWith("contribution.");
  // The hotline or a person is a second topic only when asked for ("…, hay cho số tổng đài"): a second question of the
  // same topic unsure of itself ("Can there be a gap?") is not a request to call.
  const contactAsked = CONTACT_WORDS.test(` ${foldWords(turn.text)} `);
  // (A reading turned into the main topic by a rule may still be among the others: it is not asked twice.)
  const known = (intent: string) =>
    intent !== understanding.intent &&
    intent !== "out_of_scope" &&
    !howMuch(intent) &&
    turn.content.intents.has(intent) &&
    (contactAsked || !CONTACT_TOPICS.has(intent));
  const [another, ...rest] = (understanding.also ?? []).map((a) => a.intent).filter(known);
  // One question read two ways (the whole story and its last sentence) is one question: the other reading is offered
  // as a button, not answered in full under the first ("đóng 12 tháng bao nhiêu" is not also about card validity).
  // (Counted only when there is another topic: most answered messages have none.)
  const askedClauses = splitClauses(turn.text).filter((clause) => clause.asked).length;
  const twoQuestions =
    another !== undefined &&
    (askedClauses >= 2 || (foldWords(turn.text).match(QUESTION_WORD) ?? []).length >= 2);
  const second = twoQuestions ? another : undefined;
  const further = twoQuestions ? rest : [another, ...rest].filter((intent) => intent !== undefined);
  // "where do I sign up and what papers do I need": the papers follow where, whatever else was read.
  const papers =
    understanding.intent === "enroll.where" && asksWhereAndPapers(turn.text) ? "enroll.documents" : undefined;
  // "3 tháng hết bao nhiêu, đóng ở đâu?": where to pay follows the price, whatever else was read.
  // (Not under a question of the sum: it would bury the question; the topic stays a button.)
  const asking = shown.some((r) => r.parts.some((part) => part.key.startsWith("common:calc.ask.")));
  const where =
    understanding.intent.startsWith("contribution.") && !asking && asksWhereToPay(turn.text)
      ? "enroll.where"
      : undefined;
  // "đóng ở đâu, qua app ngân hàng được không", "hết hạn xem ở đâu, gia hạn online được không": paying online follows
  // where to pay or where to look the card up, whatever else was read.
  const folded = ` ${foldWords(turn.text)} `;
  const bankApp =
    (understanding.intent === "enroll.where" && BANK_APP.test(folded)) ||
    (understanding.intent === "card.lookup" && RENEWS_ONLINE.test(folded))
      ? "enroll.online_payment"
      : undefined;
  // "mất thẻ giấy rồi, vssid thì quên mật khẩu": the app's password follows the lost card, whatever else was read.
  const password =
    understanding.intent === "card.lost_reissue" && PASSWORD.test(folded)
      ? "vssid.login_password"
      : undefined;
  const appended = papers ?? where ?? bankApp ?? password ?? second;
  // (A pupil or student pays through the school, not at the household's places.)
  // (A price asked with its own figures among several questions is worked out.)
  const replyTo = (intent: string) =>
    intent === where
      ? wherePays(turn, understanding.intent.replace("contribution.", ""))
      : (sumForClause(turn, intent) ?? answerIntent(turn, intent));
  // "cho hỏi 3 việc: 1) … 2) … 3) …": each asked question answered, up to three.
  // (Paying through a bank app, when asked, is the likeliest of the others.)
  const online = BANK_APP.test(folded) ? "enroll.online_payment" : undefined;
  const third =
    appended && twoQuestions && askedClauses >= 3
      ? [online, another, ...rest].find(
          (intent) => intent !== undefined && intent !== appended && intent !== understanding.intent,
        )
      : undefined;
  const answered = [appended, third].filter((intent) => intent !== undefined);
  const replies = answered.map((intent) =>
    withoutButtonTo(withoutMoreButton(replyTo(intent)), understanding.intent),
  );
  // "chồng mua 12 tháng bao nhiêu? thẻ của mình dùng chung cho chồng được không": one card, one person, said too.
  const oneCardSaid = shown.some((r) => r.parts.some((part) => part.key === "common:employee_family"));
  if (understanding.intent.startsWith("contribution.") && !oneCardSaid && asksToShareCard(turn.text))
    replies.push(text(t("common:employee_family")));
  // The topics now answered in full are not also buttons of the main answer.
  for (const done of answered) {
    const action = intentChoice(done).action;
    for (const reply of shown)
      if (reply.kind === "choices") {
        const kept = reply.choices.filter((choice) => choice.action !== action);
        reply.choices.splice(0, reply.choices.length, ...kept);
      }
  }
  // A topic the answers already offer as a button is not offered twice.
  const offeredAlready = new Set(
    [...shown, ...replies]
      .flatMap((reply) => (reply.kind === "choices" ? reply.choices : []))
      .map((c) => c.action),
  );
  const likely =
    turn.text.length > LONG_MESSAGE ? understanding.alternatives.slice(0, 2).map((a) => a.intent) : [];
  const offered = [...new Set([...further, ...likely])]
    .filter((intent) => known(intent) && intent !== understanding.intent && !answered.includes(intent))
    .filter((intent) => !offeredAlready.has(intentChoice(intent).action))
    .slice(0, MAX_TOPIC_BUTTONS);
  if (offered.length === 0) return replies;
  const prompt = t(further.length > 0 && twoQuestions ? "common:asked.also" : "common:asked.maybe");
  return [...replies, choices([prompt], offered.map(intentChoice))];
}

// The main answer has the "Xem thêm" button: a second one would make the typed label ambiguous.
function withoutMoreButton(reply: Reply): Reply {
  if (reply.kind !== "choices") return reply;
  return {
    ...reply,
    choices: reply.choices.filter((choice) => decodeAction(choice.action)?.type !== "more"),
  };
}

// A reply without the button to the topic the main answer already is.
function withoutButtonTo(reply: Reply, intent: string): Reply {
  if (reply.kind !== "choices") return reply;
  const action = intentChoice(intent).action;
  return { ...reply, choices: reply.choices.filter((choice) => choice.action !== action) };
}
