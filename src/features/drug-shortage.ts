import type { StatedCase } from "./stated-cases.ts";

// "bệnh viện hết thuốc BHYT bắt tôi mua ngoài", "the hospital ran out and told me to buy it outside": a medicine on
// the list the hospital did not have…
const OUT_OF_DRUG =
  /\b(?:het thuoc|thieu thuoc|khong co (?:san )?thuoc|thuoc (?:bhyt |bao hiem )?(?:het|khong co|thieu)|(?:ran|run|running) out of (?:the |my |our |his |her )?(?:insured |covered )?(?:medicines?|drugs?|stock)|out of stock|did not have (?:the )?(?:medicine|drug)|didn t have (?:the )?(?:medicine|drug)|no (?:medicine|drugs?) (?:left|in stock))\b/;
// …bought by the patient elsewhere.
const BOUGHT_OUTSIDE =
  /\b(?:mua ngoai|mua o ngoai|mua ben ngoai|ra ngoai mua|tu mua|tu bo tien mua|buy (?:it |them )?(?:outside|elsewhere|myself|ourselves|at a pharmacy)|bought (?:it |them )?(?:outside|elsewhere|myself|ourselves|at a pharmacy)|from (?:a|an outside) pharmacy)\b/;
const SHORTAGE_WORDS = 60;

/** A listed medicine the hospital lacked, bought outside: when the fund pays it back, how, and where to complain. */
export const DRUG_SHORTAGE: StatedCase = {
  maxWords: SHORTAGE_WORDS,
  needs: [OUT_OF_DRUG, BOUGHT_OUTSIDE],
  key: "drug_shortage",
  next: ["benefit.direct_reimbursement", "handoff.human", "contact.hotline"],
  topic: "benefit.direct_reimbursement",
};
