import { NO_PRICE_ASKED, type StatedCase } from "./stated-cases.ts";

// "Will buying a household card now cause a problem when my new school enrols me in February?", "mua thẻ hộ gia đình
// bây giờ, tháng 2 vào công ty mới thì sao": a household card to bridge the months…
const HOUSEHOLD_NOW =
  /\b(?:buy|buying|get|getting|pay for|paying for|take|taking) (?:a |the )?household (?:card|insurance|health insurance)\b|\b(?:mua|dong|tham gia) (?:the |bhyt |bao hiem |y te )*(?:ho gia dinh|hgd)\b/;
// …until an employer's card begins.
const EMPLOYER_LATER =
  /\b(?:new (?:school|job|employer|company|contract)|(?:school|employer|company) (?:enrols?|enrolls?|registers?|insures?) me|(?:school|company|employer|work) s insurance|move to (?:the )?(?:school|company|employer)|(?:cong ty|cty|truong|co quan|cho lam) moi|(?:di lam|vao lam|di lam lai) (?:tu |vao )?thang|(?:cong ty|cty|co quan) (?:se )?(?:dong|mua) (?:bhyt|bao hiem))\b/;

/** A household card bought until an employer enrols the writer: allowed; the employer's group takes over then. */
export const HOUSEHOLD_UNTIL_JOB: StatedCase = {
  maxWords: 45,
  // (A price asked beside it is the household's sum: "chồng vào công ty mới rồi, 3 người còn lại mua hộ gia đình bn".)
  needs: [HOUSEHOLD_NOW, EMPLOYER_LATER, NO_PRICE_ASKED],
  key: "household_until_job",
  next: ["contribution.household", "card.job_transition"],
  topic: "card.job_transition",
  uses: ["full_month"],
};
