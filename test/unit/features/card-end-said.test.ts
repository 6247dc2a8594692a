import { describe, expect, it } from "vitest";
import { pastEnd } from "../../../src/features/renewal-gap.ts";
import { foldForSlots } from "../../../src/nlu/slots/extract-slots.ts";

const endOf = (message: string, today: string) => pastEnd(foldForSlots(message), today)?.iso;

describe("the day a card ended, as said", () => {
  it("reads a day and month followed by 'năm nay' as this year's, not next year's", () => {
    expect(endOf("thẻ chồng tôi hết hạn từ 15/10 năm nay, giờ mới đóng lại", "2026-12-05")).toBe(
      "2026-10-15",
    );
    expect(endOf("my card expired on 15/10 this year", "2026-12-05")).toBe("2026-10-15");
  });

  it("reads 'năm ngoái' after a day and month as last year's", () => {
    expect(endOf("thẻ hết hạn 20/11 năm ngoái", "2026-12-05")).toBe("2025-11-20");
  });

  it("takes a bare day still to come this year as last year's, and a time ago back from today", () => {
    expect(endOf("thẻ hết hạn 30/12 rồi", "2026-12-05")).toBe("2025-12-30");
    expect(endOf("thẻ hết hạn 2 tuần trước", "2026-12-05")).toBe("2026-11-21");
  });

  it("says nothing for a date still to come", () => {
    expect(endOf("thẻ sắp hết hạn 30/12 năm nay", "2026-12-05")).toBeUndefined();
  });
});

describe("the day a card ended, said as last week or last month", () => {
  it("takes 'tháng trước' as last month's last day and 'tuần trước' as a week ago", () => {
    expect(endOf("thẻ hết hạn tháng trước rồi", "2026-12-05")).toBe("2026-11-30");
    expect(endOf("thẻ hết hạn tuần trước", "2026-12-05")).toBe("2026-11-28");
    expect(endOf("my card expired last week", "2026-12-05")).toBe("2026-11-28");
  });
});
