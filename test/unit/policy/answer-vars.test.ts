import { describe, expect, it } from "vitest";
import { computeAnswerVars } from "../../../src/policy/answer-vars.ts";
import { areaOverridesAt, parameterAt } from "../../../src/policy/parameter-at.ts";
import { PolicyGapError } from "../../../src/policy/policy-data.ts";
import { realContent } from "../../helpers/real-content.ts";

const content = await realContent();
const vars = (names: string[], date: string, province?: string) =>
  computeAnswerVars(names, {
    policy: content.policy,
    date,
    locale: "vi",
    hotline: "1900 9068",
    ...(province ? { province } : {}),
  });
const amount = (names: string[], date: string) =>
  Object.fromEntries(Object.entries(vars(names, date)).map(([k, v]) => [k, v.value]));

describe("answer figures come from the dated policy data (facts/policy.md §11)", () => {
  it("uses the 2,530,000 base from 1/7/2026: the household ladder and a five-person household", () => {
    const names = [
      "full_month",
      "household_month_2",
      "household_month_3",
      "household_month_4",
      "household_month_5",
      "household_total_month_5",
      "household_total_year_5",
    ];
    expect(amount(names, "2026-11-22")).toEqual({
      full_month: 113_850,
      household_month_2: 79_695,
      household_month_3: 68_310,
      household_month_4: 56_925,
      household_month_5: 45_540,
      household_total_month_5: 364_320,
      household_total_year_5: 4_371_840,
    });
  });

  it("uses the 2,340,000 base the day before 1/7/2026", () => {
    expect(amount(["full_month", "household_month_4", "household_total_year_5"], "2026-06-30")).toEqual({
      full_month: 105_300,
      household_month_4: 52_650,
      household_total_year_5: 4_043_520,
    });
    expect(amount(["base_salary"], "2026-07-01")).toEqual({ base_salary: 2_530_000 });
    expect(amount(["base_salary"], "2026-07-02")).toEqual({ base_salary: 2_530_000 });
  });

  it("near-poor: 70% national support, the person pays 30%", () => {
    expect(
      amount(
        ["near_poor_support_pct", "near_poor_person_month", "near_poor_person_year", "near_poor_state_month"],
        "2026-11-22",
      ),
    ).toEqual({
      near_poor_support_pct: 70,
      near_poor_person_month: 34_155,
      near_poor_person_year: 409_860,
      near_poor_state_month: 79_695,
    });
  });

  it("near-poor in Đồng Tháp: the Tháp Mười district's 2024 plan (90%) is named beside the national level, only inside its dates", () => {
    const at = { date: "2024-09-01", province: "dong_thap" };
    expect(parameterAt(content.policy, "support.near_poor", at)).toMatchObject({
      value: 70,
      source: "national",
    });
    expect(areaOverridesAt(content.policy, "support.near_poor", at)[0]).toMatchObject({
      value: 90,
      source: "province",
      legalBasis: "KH 418/KH-UBND, kế hoạch năm 2024 của huyện Tháp Mười",
    });
    // Listed as an example only while in force, with the district it is for.
    expect(vars(["near_poor_province_examples"], "2024-09-01").near_poor_province_examples?.value).toContain(
      "Đồng Tháp (Tháp Mười) 90%",
    );
    expect(vars(["near_poor_province_examples"], "2026-11-22").near_poor_province_examples?.value).toBe(
      "chưa có tỉnh nào",
    );
    expect(amount(["near_poor_person_month"], "2024-09-01")).toEqual({ near_poor_person_month: 31_590 });
    expect(vars(["near_poor_person_month"], "2024-09-01", "dong_thap").near_poor_person_month?.value).toBe(
      31_590,
    );
    expect(areaOverridesAt(content.policy, "support.near_poor", { ...at, date: "2025-01-01" })).toEqual([]);
  });

  it("students: 30% support until 30/6/2025, 50% from 1/7/2025", () => {
    expect(amount(["student_support_pct"], "2025-06-30")).toEqual({ student_support_pct: 30 });
    expect(
      amount(["student_support_pct", "student_person_month", "student_person_year"], "2026-11-22"),
    ).toEqual({
      student_support_pct: 50,
      student_person_month: 56_925,
      student_person_year: 683_100,
    });
  });

  it("thresholds follow the base: 15% of base per visit, 6 × base for the 5-year rule, 20 × base salary cap", () => {
    expect(amount(["small_visit_threshold", "copay_cap", "salary_cap"], "2026-11-22")).toEqual({
      small_visit_threshold: 379_500,
      copay_cap: 15_180_000,
      salary_cap: 50_600_000,
    });
  });

  it("refuses dates the data does not cover instead of guessing", () => {
    expect(() => vars(["base_salary"], "2010-01-01")).toThrow(PolicyGapError);
  });
});
