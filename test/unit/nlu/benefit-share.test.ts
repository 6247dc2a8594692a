import { describe, expect, it } from "vitest";
import { benefitShareReading } from "../../../src/nlu/benefit-share.ts";

const household = { intent: "contribution.household", confidence: 0.6, probability: 0.6, similarity: 0.5 };

describe("benefitShareReading", () => {
  it.each([
    ["vo e mua bhyt ho gia dinh thi huong bn %", "benefit.levels"],
    ["đi khám ở bệnh viện huyện thì bảo hiểm trả mấy phần trăm", "benefit.levels"],
    ["cap cuu thi bhyt tra bn %", "benefit.referral"],
    ["what percentage does insurance pay at the district hospital", "benefit.levels"],
  ])("reads “%s” as the share the card pays (%s)", (message, intent) => {
    expect(benefitShareReading(message, household)?.intent).toBe(intent);
  });

  it.each([
    "bhyt hộ gia đình đóng bao nhiêu phần trăm",
    "mức đóng bhyt bao nhiêu phần trăm lương cơ sở",
    "what percent of my salary goes to health insurance",
    "hộ gia đình 4 người bao nhiêu tiền",
    "In a household, what percentage does the second person pay?",
    "What percentage does the 2nd member of a household pay?",
    "hộ gia đình người thứ hai được giảm bao nhiêu phần trăm",
  ])("leaves “%s” to the contribution reading", (message) => {
    expect(benefitShareReading(message, household)).toBeUndefined();
  });

  it("reads a share question taken for maternity without a word of birth as the levels", () => {
    const maternity = { intent: "benefit.maternity", confidence: 0.56, probability: 0.56, similarity: 0.5 };
    const message = "sinh viên đi khám đúng tuyến được bhyt trả bao nhiêu %";
    expect(benefitShareReading(message, maternity)?.intent).toBe("benefit.levels");
  });

  it("keeps a benefit topic the classifier already chose", () => {
    const maternity = { intent: "benefit.maternity", confidence: 0.7, probability: 0.7, similarity: 0.5 };
    expect(benefitShareReading("sinh con thì bhyt trả bao nhiêu phần trăm", maternity)).toBeUndefined();
  });
});
