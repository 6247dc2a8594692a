import type { StatedCase } from "./stated-cases.ts";

// "I'm American, living in Da Nang", "vợ tôi người Hàn", "Việt kiều về thăm nhà 3 tháng": someone who is not a
// Vietnamese resident, or only visiting…
const FOREIGNER =
  /\b(?:foreigner|foreign (?:national|citizen|wife|husband|spouse|resident)|expat\w*|american|british|english (?:guy|man|woman|national|citizen)|scottish|irish|canadian|australian|new zealander|korean|japanese|chinese|taiwanese|singaporean|malaysian|indonesian|cambodian|laotian|french|german|dutch|belgian|swiss|swedish|danish|norwegian|finnish|italian|spanish|portuguese|polish|russian|ukrainian|brazilian|mexican|nigerian|south african|indian|filipino|thai national|married to a vietnamese|my vietnamese (?:wife|husband|partner|spouse)|not (?:a )?vietnamese (?:citizen|national)|temporary residence card|residence card|visa|overseas vietnamese|viet kieu|nguoi nuoc ngoai|quoc tich (?:nuoc ngoai|khac)|nguoi (?:han|nhat|trung quoc|my|uc|phap|duc|dai loan)|the tam tru|visiting (?:family|vietnam)|on a (?:\d+ month )?visit)\b/;
// …asking whether they can join or buy.
const JOINS =
  /\b(?:can (?:i|we|she|he|a foreigner|foreigners) (?:buy|join|get|have|take part|sign up|enrol|enroll)|allowed to (?:buy|join|get)|eligible|(?:co )?(?:duoc|dc) (?:mua|tham gia|dong)|mua (?:bhyt|bao hiem)|tham gia (?:bhyt|bao hiem)|buy (?:vietnamese |household )?(?:health )?insurance|join (?:vietnamese |household )?(?:health )?insurance|get vietnamese (?:health )?insurance|vietnamese health insurance|(?:could|can) (?:i|we|she|he) be (?:added|included|put) (?:to|on|in)|add (?:me|him|her) to (?:her|his|my|our|the) (?:household|family)|(?:them|cho) (?:toi|anh|chong|vo) vao (?:ho|the)|(?:co )?phai (?:dong|mua|tham gia)(?: bhyt| bao hiem)?|(?:do|must) (?:i|we|foreigners?) (?:have to |need to )?(?:pay|join))\b/;
const FOREIGN_WORDS = 60;
// ("…a 2-year contract at 40 million. Do I pay…?": a salary given, so the employee's shares are worked out instead.)
const SALARY_GIVEN = {
  test: (folded: string) =>
    !(
      /\b(?:hop dong|contract|work permit|giay phep lao dong)\b/.test(folded) &&
      /\b\d+ ?(?:trieu|tr|million|m)\b/.test(folded)
    ),
};

/** A foreigner or a visitor asking to join: through work if employed here; as a household only if registered as resident. */
export const FOREIGN_RESIDENT: StatedCase = {
  maxWords: FOREIGN_WORDS,
  needs: [FOREIGNER, JOINS, SALARY_GIVEN],
  key: "foreign_resident",
  next: ["contribution.household", "contribution.employee", "enroll.where"],
  topic: "enroll.temporary_residence",
};

// "I'm a foreigner, I have no Vietnamese ID number, what do I log in with?": the app's login without an ID number.
const NO_VIETNAMESE_ID =
  /\b(?:no vietnamese id|don t have a vietnamese id|do not have a vietnamese id|no id number|only (?:a |my )?passport|foreigner|nguoi nuoc ngoai|khong co (?:so )?(?:can cuoc|cccd|dinh danh)|chi co ho chieu)\b/;
const LOGIN_ASKED =
  /\b(?:log ?in|sign in|login|account|dang nhap|tai khoan|vssid|the app|see (?:my|the) card|xem the)\b/;
const LOGIN_WORDS = 35;

/** A foreign worker with no Vietnamese ID number logs in to VssID with the social insurance code, or shows the card. */
export const FOREIGN_LOGIN: StatedCase = {
  maxWords: LOGIN_WORDS,
  needs: [NO_VIETNAMESE_ID, LOGIN_ASKED],
  key: "foreign_login",
  next: ["vssid.login_password", "card.lookup", "contact.hotline"],
  topic: "vssid.login_password",
};

// "Where do I register, and what documents do I need as a foreigner with a passport and temporary residence card?",
// "I have NO citizen ID, only a passport. Is that OK?": the papers of a foreigner joining as a household.
const FOREIGN_PAPERS =
  /\b(?:passport|ho chieu|temporary residence card|the tam tru|no (?:vietnamese |citizen )?id|(?:don t|do not) have (?:a |any )?(?:vietnamese |citizen )?id)\b/;
const PAPERS_ASKED =
  /\b(?:documents?|papers?|giay to|ho so|what do i need|is that (?:ok|enough|fine)|enough|register|sign up|dang ky|can (?:gi|nhung gi))\b/;

/** A foreigner's papers: the passport and residence card stand for the citizen ID; where they are registered. */
export const FOREIGN_PAPERS_CASE: StatedCase = {
  maxWords: FOREIGN_WORDS,
  needs: [FOREIGN_PAPERS, PAPERS_ASKED],
  key: "foreign_papers",
  next: ["enroll.where", "contribution.household", "contact.hotline"],
  topic: "enroll.documents",
};
