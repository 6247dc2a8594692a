import { describe, expect, it } from "vitest";
import { childCardEnd } from "../../../src/features/contribution/child-card.ts";

describe("the end of a child's free card", () => {
  it("runs to 30 September of the sixth year for a child born by 30 September", () => {
    expect(childCardEnd("2021-03-05")).toBe("2027-09-30");
    expect(childCardEnd("2020-09-30")).toBe("2026-09-30");
  });

  it("runs to the end of the month of 72 months for a child born later in the year", () => {
    expect(childCardEnd("2026-11-18")).toBe("2032-11-30");
    expect(childCardEnd("2022-10-01")).toBe("2028-10-31");
    expect(childCardEnd("2021-12-31")).toBe("2027-12-31");
  });
});
