import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ContributionInputError,
  calculateContribution,
} from "../../../src/policy/contribution/calculate-contribution.ts";
import {
  CONTRIBUTION_GROUPS,
  type ContributionInput,
  PAYMENT_MONTHS,
} from "../../../src/policy/contribution/contribution-types.ts";
import {
  ageBandOverridesAt,
  areaOverridesAt,
  nationalAt,
  parameterAt,
  partialOverridesAt,
} from "../../../src/policy/parameter-at.ts";
import { PolicyGapError } from "../../../src/policy/policy-data.ts";
import { realContent } from "../../helpers/real-content.ts";

const { policy } = await realContent();
const calc = (input: Partial<ContributionInput>) =>
  calculateContribution(policy, { group: "household", date: "2026-11-22", months: 12, ...input });

describe("worked numbers of the fact sheet (§11), reproduced exactly", () => {
  it("household of five on the 2,530,000 base", () => {
    const r = calc({ members: 5 });
    expect(r.members.map((m) => m.month)).toEqual([113_850, 79_695, 68_310, 56_925, 45_540]);
    expect(r.members.map((m) => m.period)).toEqual([1_366_200, 956_340, 819_720, 683_100, 546_480]);
    expect(r.total).toEqual({ month: 364_320, period: 4_371_840 });
    expect(r.parameters.find((p) => p.parameter === "base_salary")).toMatchObject({
      value: 2_530_000,
      from: "2026-07-01",
      legalBasis: "Nghị định 161/2026/NĐ-CP",
    });
  });

  it("household of five on the 2,340,000 base, for 12 and for 3 months", () => {
    const year = calc({ members: 5, date: "2026-03-01" });
    expect(year.members.map((m) => m.month)).toEqual([105_300, 73_710, 63_180, 52_650, 42_120]);
    expect(year.total).toEqual({ month: 336_960, period: 4_043_520 });
    expect(calc({ members: 5, months: 3, date: "2026-03-01" }).total.period).toBe(1_010_880);
  });

  it.each([
    ["near_poor", "2026-11-22", 34_155, 409_860, 79_695],
    ["near_poor", "2026-03-01", 31_590, 379_080, 73_710],
    ["student", "2026-11-22", 56_925, 683_100, 56_925],
    ["student", "2025-08-15", 52_650, 631_800, 52_650],
    ["student", "2025-03-01", 73_710, 884_520, 31_590],
    ["agri_household", "2026-11-22", 79_695, 956_340, 34_155],
    ["poor", "2026-11-22", 0, 0, 113_850],
    ["child_under6", "2026-11-22", 0, 0, 113_850],
  ] as const)("%s on %s: person pays %i a month, %i a year; the state %i a month", (group, date, m, y, s) => {
    const r = calc({ group, date });
    expect([r.person.month, r.person.period, r.state.month]).toEqual([m, y, s]);
    expect(r.person.month + r.state.month).toBe(r.total.month);
  });

  it("employee on 10,000,000: 450,000 in all, 300,000 by the employer, 150,000 by the employee", () => {
    const r = calc({ group: "employee", salary: 10_000_000 });
    expect(r.employee).toEqual({
      contributionSalary: 10_000_000,
      capped: false,
      employer: { month: 300_000, period: 3_600_000 },
      employee: { month: 150_000, period: 1_800_000 },
    });
    expect(r.total.month).toBe(450_000);
  });

  it("caps the employee's salary at 20 × base: 2,106,000 before 1/7/2026, 2,277,000 after", () => {
    expect(calc({ group: "employee", salary: 90_000_000, date: "2026-06-30" }).total.month).toBe(2_106_000);
    const after = calc({ group: "employee", salary: 90_000_000, date: "2026-07-01" });
    expect(after.total.month).toBe(2_277_000);
    expect(after.employee?.capped).toBe(true);
  });
});

describe("effective dates: the day before, of and after", () => {
  it.each([
    ["2026-06-30", 105_300],
    ["2026-07-01", 113_850],
    ["2026-07-02", 113_850],
    ["2024-06-30", 81_000],
    ["2024-07-01", 105_300],
    ["2023-06-30", 67_050],
    ["2023-07-01", 81_000],
  ])("base on %s gives %i for one person", (date, full) => {
    expect(calc({ date }).fullMonth).toBe(full);
  });

  it.each([
    ["2025-06-30", 30],
    ["2025-07-01", 50],
    ["2025-07-02", 50],
  ])("student support on %s is %i%%", (date, pct) => {
    expect(calc({ group: "student", date }).supportPct).toBe(pct);
  });

  it.each([
    ["2024-01-30", false],
    ["2024-01-31", true],
    ["2024-08-01", true],
    ["2024-12-31", true],
    ["2025-01-01", false],
  ])(
    "Đồng Tháp near-poor on %s: the national 70%%, the Tháp Mười plan's 90%% beside it: %s (review U1)",
    (date, named) => {
      const r = calc({ group: "near_poor", date, province: "dong_thap" });
      // A district's plan is not the province's level: the sum keeps the national one.
      expect(r.supportPct).toBe(70);
      expect(r.parameters.find((p) => p.parameter === "support.near_poor")?.source).toBe("national");
      expect(r.partialOverride?.supportPct).toBe(named ? 90 : undefined);
    },
  );

  it("a near-poor person pays 30% in Đồng Tháp as elsewhere; in the former Tháp Mười district 10% under its 2024 plan", () => {
    const dongThap = calc({ group: "near_poor", date: "2024-08-01", province: "dong_thap" });
    expect(dongThap.person.month).toBe(31_590);
    expect(dongThap.partialOverride).toMatchObject({
      person: { month: 10_530 },
      appliesTo: { vi: expect.stringContaining("Tháp Mười") },
    });
    expect(
      calc({ group: "near_poor", date: "2024-08-01", province: "ha_noi" }).partialOverride,
    ).toBeUndefined();
  });

  it("an override for part of a group is reported beside the national figure, not instead of it", () => {
    const r = calc({ group: "student", date: "2026-01-10", province: "ho_chi_minh" });
    expect(r.person.month).toBe(52_650);
    expect(r.partialOverride).toMatchObject({ supportPct: 100, person: { month: 0, period: 0 } });
    expect(r.partialOverride?.appliesTo.vi).toMatch(/học sinh/);
    expect(
      calc({ group: "student", date: "2025-11-13", province: "ho_chi_minh" }).partialOverride,
    ).toBeUndefined();
  });
});

describe("every dated rule in the data switches exactly on its date", () => {
  const dayBefore = (date: string) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  };
  const dayAfter = (date: string) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  const versions = Object.entries(policy.parameters).flatMap(([id, p]) =>
    p.versions.slice(1).map((v, i) => [id, p.versions[i]!.from, v.from] as const),
  );
  it.each(versions)("%s: the version before %s applies until the day before %s", (id, previous, from) => {
    const resolvedFrom = (date: string) => nationalAt(policy, id, date).from;
    expect(resolvedFrom(dayBefore(from))).toBe(previous);
    expect(resolvedFrom(from)).toBe(from);
    expect(resolvedFrom(dayAfter(from))).toBe(from);
  });
  const overrides = policy.overrides.map((o) => [o.province, o.parameter, o.from, o.to ?? ""] as const);
  it.each(overrides)(
    "%s %s: in force from %s to %s, not the day before or after",
    (province, id, from, to) => {
      const source = (date: string) =>
        [
          parameterAt(policy, id, { date, province }),
          ...partialOverridesAt(policy, id, { date, province }),
          ...areaOverridesAt(policy, id, { date, province }),
        ].some((r) => r.source === "province") ||
        ageBandOverridesAt(policy, id, { date, province }).length > 0;
      expect(source(dayBefore(from))).toBe(false);
      expect(source(from)).toBe(true);
      if (to) {
        expect(source(to)).toBe(true);
        expect(source(dayAfter(to))).toBe(false);
      }
    },
  );
});

describe("household details and base changes inside the period", () => {
  it("leaves members insured elsewhere off the ladder", () => {
    const r = calc({ members: 5, insuredElsewhere: 2 });
    expect(r.payers).toBe(3);
    expect(r.members.map((m) => m.month)).toEqual([113_850, 79_695, 68_310]);
  });

  it("leaves TP.HCM residents aged 65 to under 75 off the ladder from 14/11/2025: the city pays their card (review W1)", () => {
    const hcm = { members: 3, ages: [68, 40], province: "ho_chi_minh", date: "2026-11-23" };
    const r = calc(hcm);
    expect(r.members.map((m) => m.month)).toEqual([113_850, 79_695]);
    expect(r.person.month).toBe(193_545);
    expect(r.state.month).toBe(113_850);
    expect(r.ageBand).toMatchObject({
      count: 1,
      supportPct: 100,
      legalBasis: "NQ 56/2025/NQ-HĐND TP.HCM (từ 14/11/2025)",
    });
    expect(calc({ ...hcm, members: 1, ages: [74] }).payers).toBe(0);
    expect(calc({ ...hcm, ages: [75] }).person.month).toBe(261_855);
    expect(calc({ ...hcm, date: "2025-11-13" }).ageBand).toBeUndefined();
    expect(calc({ ...hcm, province: "dong_thap" }).person.month).toBe(261_855);
  });

  it("tells of an announced change with no value yet when the period reaches it (NQ 72: a rise from 2027)", () => {
    expect(calc({ members: 2, date: "2026-12-01" }).planned).toEqual([
      expect.objectContaining({ from: "2027-01-01", basis: "Nghị quyết 72-NQ/TW của Bộ Chính trị" }),
    ]);
    expect(calc({ members: 2, date: "2026-06-01", months: 6 }).planned).toBeUndefined();
  });

  it("says when a base change falls inside the months paid, and what it would add", () => {
    const r = calc({ members: 5, date: "2026-03-01" });
    expect(r.ruleChanges).toEqual([
      {
        from: "2026-07-01",
        monthsAfter: 8,
        changed: [expect.objectContaining({ parameter: "base_salary", value: 2_530_000 })],
      },
    ]);
    expect(r.personDifference).toBe((364_320 - 336_960) * 8);
    expect(calc({ members: 5, months: 3, date: "2026-03-01" }).ruleChanges).toBeUndefined();
  });

  it("reports any rule that changes inside the period: support levels, overrides ending, the salary cap", () => {
    const student = calc({ group: "student", date: "2025-03-01" });
    expect(student.ruleChanges?.[0]).toMatchObject({ from: "2025-07-01", monthsAfter: 8 });
    expect(student.personDifference).toBe((52_650 - 73_710) * 8);
    // The Tháp Mười plan is a district's, named beside the sum: its end changes nothing in the province's sum.
    const dongThap = calc({ group: "near_poor", date: "2024-10-01", province: "dong_thap" });
    expect(dongThap.personDifference ?? 0).toBe(0);
    const employee = calc({ group: "employee", salary: 60_000_000, date: "2026-03-01" });
    expect(employee.ruleChanges?.[0]?.from).toBe("2026-07-01");
    expect(employee.personDifference).toBe((759_000 - 702_000) * 8);
  });
});

describe("bad input is refused with the field to fix", () => {
  it.each([
    [{ months: 4 as 3 }, "months"],
    [{ date: "2026-02-30" }, "date"],
    [{ date: "22/11/2026" }, "date"],
    [{ members: 0 }, "members"],
    [{ members: 3, insuredElsewhere: 4 }, "insuredElsewhere"],
    [{ group: "employee" as const }, "salary"],
    [{ province: "atlantis" }, "province"],
    [{ group: "pensioner" as "poor" }, "group"],
  ])("%o → %s", (input, field) => {
    expect(() => calc(input)).toThrow(expect.objectContaining({ field }));
    expect(() => calc(input)).toThrow(ContributionInputError);
  });

  it("refuses a date before the data starts instead of guessing", () => {
    expect(() => calc({ date: "2010-01-01" })).toThrow(PolicyGapError);
  });
});

describe("properties", () => {
  const date = fc
    .date({
      min: new Date("2019-07-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const months = fc.constantFrom(...PAYMENT_MONTHS);
  const group = fc.constantFrom(...CONTRIBUTION_GROUPS.filter((g) => g !== "employee"));

  it("totals equal the sum of the members, and nothing is negative", () => {
    fc.assert(
      fc.property(group, date, months, fc.integer({ min: 1, max: 12 }), (g, d, m, n) => {
        const r = calc({ group: g, date: d, months: m, members: n });
        expect(r.total.month).toBe(r.person.month + r.state.month);
        if (g === "household") expect(r.total.month).toBe(r.members.reduce((s, x) => s + x.month, 0));
        expect(r.person.period).toBe(r.members.reduce((s, x) => s + x.period, 0));
        for (const v of [r.total.month, r.state.month, r.person.month, ...r.members.map((x) => x.month)])
          expect(v).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("a bigger household never pays less, and each added member pays no more than the one before", () => {
    fc.assert(
      fc.property(date, months, fc.integer({ min: 1, max: 20 }), (d, m, n) => {
        const smaller = calc({ date: d, months: m, members: n });
        const bigger = calc({ date: d, months: m, members: n + 1 });
        expect(bigger.total.period).toBeGreaterThanOrEqual(smaller.total.period);
        expect(bigger.members.at(-1)!.month).toBeLessThanOrEqual(bigger.members.at(-2)!.month);
      }),
    );
  });

  it("employer and employee parts add up to the total, for any salary", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 500_000_000 }), (d, salary) => {
        const r = calc({ group: "employee", date: d, salary });
        expect(r.employee!.employer.month + r.employee!.employee.month).toBe(r.total.month);
        expect(r.employee!.employer.month).toBeGreaterThanOrEqual(r.employee!.employee.month);
      }),
    );
  });

  it("a province override applies only inside its dates", () => {
    fc.assert(
      fc.property(date, (d) => {
        const inside = d >= "2024-01-31" && d <= "2024-12-31";
        expect(calc({ group: "near_poor", date: d, province: "dong_thap" }).partialOverride?.supportPct).toBe(
          inside ? 90 : undefined,
        );
      }),
    );
  });
});
