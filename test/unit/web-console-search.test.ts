import { describe, expect, it } from "vitest";
import { searchTopics } from "../../src/web-console/topic-search.ts";

const topics = [
  {
    id: "vssid.login_password",
    title: "Đăng nhập, quên mật khẩu",
    examples: ["quên mật khẩu vssid thì sao"],
  },
  { id: "card.lost_reissue", title: "Mất, hỏng thẻ BHYT", examples: ["mất thẻ bhyt làm lại ở đâu"] },
  {
    id: "benefit.five_year_continuous",
    title: "5 năm liên tục",
    examples: ["mất thẻ thì 5 năm liên tục có bị tính lại", "thế có được miễn cùng chi trả không"],
  },
];

describe("searching topics in the console", () => {
  it("puts the topic whose name holds the words first, and matches whole words only", () => {
    expect(searchTopics("mat the", topics).map((t) => t.id)).toEqual([
      "card.lost_reissue",
      "benefit.five_year_continuous",
    ]);
  });

  it("lists every topic for an empty query and none for words no topic holds", () => {
    expect(searchTopics("  ", topics)).toHaveLength(3);
    expect(searchTopics("visa", topics)).toEqual([]);
  });
});
