import { describe, expect, it } from "vitest";
import { afterWorkingDays } from "../../../src/features/referral-slip.ts";

describe("afterWorkingDays", () => {
  it("skips Saturdays and Sundays: ten working days after Friday 20/11/2026 end on Friday 4/12", () => {
    expect(afterWorkingDays("2026-11-20", 10)).toBe("2026-12-04");
  });
  it("counts from the next day, so a Monday's slip ends on the Monday two weeks later", () => {
    expect(afterWorkingDays("2026-11-30", 10)).toBe("2026-12-14");
  });
  it("a slip signed on a Saturday starts counting on Monday", () => {
    expect(afterWorkingDays("2026-11-21", 1)).toBe("2026-11-23");
  });
});
