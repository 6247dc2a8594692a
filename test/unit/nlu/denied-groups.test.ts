import { describe, expect, it } from "vitest";
import { deniedGroupsOf, withoutDenials } from "../../../src/nlu/slots/payer-group.ts";

describe("groups a message denies", () => {
  it("takes each denied group out with its denial, and keeps the rest of the question", () => {
    expect(withoutDenials("thế còn tôi 72 tuổi, nhà không thuộc hộ cận nghèo thì phải đóng bao nhiêu")).toBe(
      "thế còn tôi 72 tuổi, nhà thì phải đóng bao nhiêu",
    );
    expect(withoutDenials("We are not near-poor, how much for 2 people")).toBe(
      "We are , how much for 2 people",
    );
    expect(withoutDenials("Không phải sinh viên thì đóng ở đâu")).toBe("thì đóng ở đâu");
  });

  it("leaves a group that is said, not denied", () => {
    expect(withoutDenials("hộ cận nghèo đóng bao nhiêu")).toBe("hộ cận nghèo đóng bao nhiêu");
    expect(deniedGroupsOf("ho can ngheo dong bao nhieu")).toEqual([]);
    expect(deniedGroupsOf("nha khong phai ho can ngheo")).toEqual(["near_poor"]);
  });
});
