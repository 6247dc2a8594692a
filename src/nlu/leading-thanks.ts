// "thank you, how do I register?", "cảm ơn ad, cho hỏi …", "ok thanks. last thing: …": thanks said before a new
// question (a comma, full stop or colon after it).
const LEADING_THANKS =
  /^\s*(?:(?:ok(?:ay)?|dạ|vâng|da|vang)[,.!]?\s+)?(?:thanks?(?: you)?|thank you|tks|thx|cảm ơn|cám ơn|cam on|camon)(?:\s+(?:so much|very much|a lot|again|bạn|ban|ad|em|e|anh|a|chị|chi|c|nhiều|nhieu|nhé|nhe|nha|ạ|a))*\s*[,.!:;]+\s*/iu;
// "Cho tôi hỏi bằng tiếng Việt: …", "Sorry, can I continue in English? …": the language asked for, before a question.
const LANGUAGE_ASKED =
  /^\s*(?:(?:sorry|xin lỗi|thôi|ok(?:ay)?)[,.!]?\s+)?(?:(?:can|could|may) i (?:continue|ask|write|speak|talk)(?: this)? in (?:english|vietnamese)|(?:in )?(?:english|vietnamese),? please|(?:cho )?(?:tôi|em|mình|toi|minh) (?:hỏi|nói|viết|hoi|noi|viet)(?: lại| lai)? (?:bằng )?(?:tiếng việt|tiếng anh|tieng viet|tieng anh))\s*[?.!:;,]+\s*/iu;
const WORDS_OF_A_QUESTION = 4;

/**
 * The message without thanks said before a new question of at least a few words that `asks` (not more courtesy: "cám
 * ơn em, chị hiểu rồi, chào em"); otherwise the message itself.
 */
export function withoutLeadingThanks(message: string, asks: (rest: string) => boolean): string {
  const lead = LEADING_THANKS.exec(message) ?? LANGUAGE_ASKED.exec(message);
  if (!lead) return message;
  const rest = message.slice(lead[0].length);
  return rest.split(/\s+/).filter(Boolean).length >= WORDS_OF_A_QUESTION && asks(rest) ? rest : message;
}
