import { describe, expect, it } from "vitest";
import { newSession, type PricedSum } from "../../../src/core/session.ts";
import {
  answerPricedTotal,
  MAX_PRICED_SUMS,
  pricedAfter,
} from "../../../src/features/contribution/priced-sums.ts";
import type { Turn } from "../../../src/features/handler.ts";
import { createI18n } from "../../../src/i18n/create-i18n.ts";
import { renderReplies } from "../../../src/i18n/render.ts";
import { sumSubjectsOf } from "../../../src/nlu/slots/sum-subjects.ts";
import { calculateContribution } from "../../../src/policy/contribution/calculate-contribution.ts";
import type { ContributionInput } from "../../../src/policy/contribution/contribution-types.ts";
import { realContent } from "../../helpers/real-content.ts";

const content = await realContent();
const today = "2026-11-23";
const turn = (text: string, priced?: PricedSum[]) =>
  ({
    text,
    locale: "vi",
    content,
    today,
    session: { ...newSession(new Date(`${today}T00:00:00Z`)), ...(priced ? { priced } : {}) },
  }) as unknown as Turn;
const sum = (input: Partial<ContributionInput>) =>
  calculateContribution(content.policy, { group: "household", date: today, months: 12, ...input });

describe("sumSubjectsOf", () => {
  it("names the relatives a price is asked for, and the writer who opens with 'em'", () => {
    expect(sumSubjectsOf("bố e 55 làm tự do, mua bhyt hộ gđ bn")).toEqual(["father"]);
    expect(sumSubjectsOf("còn anh trai e học đại học thì sao")).toEqual(["brother"]);
    expect(sumSubjectsOf("em học lớp 10 ở hcm, bhyt có mất tiền ko")).toEqual(["self"]);
    expect(sumSubjectsOf("vợ ở nhà nội trợ, con 2 tuổi")).toEqual(["wife", "child"]);
    expect(sumSubjectsOf("my parents are 60")).toEqual(["father", "mother"]);
  });

  it("names no child in 'còn 6 tháng' (còn is 'and', 6 is months) and no one in a bare follow-up", () => {
    expect(sumSubjectsOf("còn 6 tháng thì sao")).toEqual([]);
    expect(sumSubjectsOf("con 12 thang")).toEqual([]);
  });
});

describe("pricedAfter", () => {
  it("adds a sum for a newly named person and replaces the one for a person priced again", () => {
    const father = pricedAfter(turn("bố tôi 60 tuổi mua bhyt hộ gia đình"), sum({ members: 1 }));
    const mother = pricedAfter(turn("mẹ tôi 58 tuổi thì bao nhiêu", father), sum({ members: 1, months: 6 }));
    expect(mother.map((p) => p.who)).toEqual(["father", "mother"]);
    expect(mother[1]!.year).toBe(1_366_200);
    const again = pricedAfter(turn("mẹ tôi 58 tuổi mua 12 tháng", mother), sum({ members: 1 }));
    expect(again.map((p) => p.who)).toEqual(["father", "mother"]);
  });

  it("takes a sum of more people than its message names as the last sum of that group, redone", () => {
    const household = pricedAfter(turn("nhà 4 người mua bhyt hộ gia đình"), sum({ members: 4 }));
    const recount = pricedAfter(
      turn("bà nội có thẻ thương binh rồi", household),
      sum({ members: 4, insuredElsewhere: 1 }),
    );
    expect(recount).toHaveLength(1);
    expect(recount[0]!.payers).toBe(3);
  });

  it("keeps the last few sums only", () => {
    let priced: PricedSum[] = [];
    for (const who of ["bố tôi", "mẹ tôi", "vợ tôi", "chồng tôi", "anh trai tôi", "chị gái tôi", "ông nội"])
      priced = pricedAfter(turn(`${who} 50 tuổi mua bao nhiêu`, priced), sum({ members: 1 }));
    expect(priced).toHaveLength(MAX_PRICED_SUMS);
    expect(priced[0]!.who).toBe("mother");
  });
});

describe("answerPricedTotal", () => {
  const priced: PricedSum[] = [
    { who: "father", group: "household", payers: 1, month: 113_850, year: 1_366_200 },
    { who: "brother", group: "student", payers: 1, month: 56_925, year: 683_100 },
    { who: "mother", group: "household", payers: 1, month: 113_850, year: 1_366_200 },
  ];
  const rendered = async (text: string, kept = priced) => {
    const outcome = answerPricedTotal(turn(text, kept));
    if (!outcome) return undefined;
    return renderReplies(outcome.replies, (await createI18n(content))("vi"), "vi")[0]!.text;
  };

  it("adds the sums up, the household cards counted down the ladder together", async () => {
    const reply = await rendered("vậy tổng cả nhà 1 năm bao nhiêu");
    expect(reply).toContain("Bố (Hộ gia đình tự đóng): 1.366.200 đ");
    expect(reply).toContain("Anh/em trai (Học sinh, sinh viên): 683.100 đ");
    expect(reply).toContain("2.322.540 đ");
    expect(reply).toContain("3.005.640 đ");
  });

  it("leaves a total naming someone not priced yet, a single sum and a long new story to the calculator", async () => {
    expect(await rendered("tổng cả nhà tính cả vợ tôi bao nhiêu")).toBeUndefined();
    expect(await rendered("tổng bao nhiêu", priced.slice(0, 1))).toBeUndefined();
    const story =
      "nhà tôi có 5 người gồm bố mẹ vợ chồng tôi và một đứa con học lớp 3 ở hà nội, bố tôi có lương hưu, tổng cả nhà phải đóng bao nhiêu tiền một năm";
    expect(await rendered(story)).toBeUndefined();
  });
});
