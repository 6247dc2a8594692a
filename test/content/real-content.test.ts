import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/content/content.ts";
import { formatIssue } from "../../src/content/content-issue.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { buildRecognizer } from "../../src/nlu/build-recognizer.ts";
import { evaluate } from "../../src/nlu/evaluate.ts";
import { REPO_ROOT } from "../helpers/content-sandbox.ts";
import { realContent } from "../helpers/real-content.ts";

// The intent ids of the taxonomy (design/taxonomy.md, v1).
const TAXONOMY =
  `smalltalk.greeting smalltalk.thanks smalltalk.help contribution.overview contribution.household
contribution.near_poor contribution.poor contribution.student contribution.child_under6 contribution.agri_household
contribution.employee contribution.elderly_social contribution.other_group contribution.refund contribution.calculator
enroll.steps enroll.documents enroll.where enroll.online_payment enroll.renew enroll.temporary_residence card.validity
card.lost_reissue card.lookup card.change_info card.change_facility card.job_transition vssid.install_register
vssid.login_password vssid.show_card benefit.levels benefit.referral benefit.five_year_continuous benefit.maternity
benefit.direct_reimbursement benefit.exclusions benefit.other reminder.create reminder.list reminder.cancel
contact.hotline handoff.human out_of_scope`.split(/\s+/);

describe("the project's real content", () => {
  it("loads with no errors", async () => {
    const { content, issues } = await loadContent(REPO_ROOT, "2026-11-23");
    expect(issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual([]);
    expect(content).toBeDefined();
  });

  it("has an intent, with Vietnamese and English examples and answers, for every taxonomy id", async () => {
    const content = await realContent();
    expect([...content.intents.keys()].sort()).toEqual([...TAXONOMY].sort());
    for (const intent of content.intents.values()) {
      expect(intent.examples.vi.length, intent.id).toBeGreaterThanOrEqual(20);
      expect(intent.examples.en.length, intent.id).toBeGreaterThanOrEqual(5);
      for (const locale of LOCALES)
        expect(content.answers[locale].get(intent.id)?.body, `${locale} ${intent.id}`).toBeTruthy();
    }
  });

  it("keeps first answers short enough for a phone screen and within Zalo's 2,000 characters", async () => {
    const content = await realContent();
    for (const locale of LOCALES) {
      for (const [id, answer] of content.answers[locale]) {
        expect(answer.body.length, `${locale} ${id}`).toBeLessThanOrEqual(700);
        expect((answer.more ?? "").length, `${locale} ${id} more`).toBeLessThanOrEqual(1500);
      }
    }
  });
});

describe("accuracy on the development set (a regression guard, not a target)", () => {
  it("stays above its floor", async () => {
    const cases = readFileSync(path.join(REPO_ROOT, "test/fixtures/eval-dev.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const report = evaluate(cases, buildRecognizer(await realContent()).recognize);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.91);
    expect(report.answeredPrecision).toBeGreaterThanOrEqual(0.94);
    expect(report.slices["no diacritics"]?.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.outOfScope.notAnsweredAsInScope).toBeGreaterThanOrEqual(0.75);
  });
});
