import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/content/content.ts";
import { formatIssue } from "../../src/content/content-issue.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { createI18n } from "../../src/i18n/create-i18n.ts";
import { formatValue } from "../../src/i18n/format-value.ts";
import { buildRecognizer } from "../../src/nlu/build-recognizer.ts";
import { evaluate } from "../../src/nlu/evaluate.ts";
import { computeAnswerVars } from "../../src/policy/answer-vars.ts";
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
    // Every taxonomy id has an intent; an intent is a taxonomy id or a finer id under one ("contribution.overview.rate_base").
    const ids = [...content.intents.keys()];
    expect(TAXONOMY.filter((id) => !content.intents.has(id))).toEqual([]);
    expect(ids.filter((id) => !TAXONOMY.some((t) => id === t || id.startsWith(`${t}.`)))).toEqual([]);
    for (const intent of content.intents.values()) {
      expect(intent.examples.vi.length, intent.id).toBeGreaterThanOrEqual(20);
      expect(intent.examples.en.length, intent.id).toBeGreaterThanOrEqual(5);
      for (const locale of LOCALES)
        expect(content.answers[locale].get(intent.id)?.body, `${locale} ${intent.id}`).toBeTruthy();
    }
  });

  it("keeps first answers short enough for a phone screen (≲ 600 characters with today's figures)", async () => {
    const content = await realContent();
    const translate = await createI18n(content);
    for (const locale of LOCALES) {
      for (const intent of content.intents.values()) {
        const vars = computeAnswerVars(intent.uses, {
          policy: content.policy,
          date: "2026-11-23",
          locale,
          hotline: "1900 9068",
        });
        const shown = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, formatValue(v, locale)]));
        const body = translate(locale)(`answers:${intent.id}.body`, shown);
        expect(body.length, `${locale} ${intent.id}`).toBeLessThanOrEqual(620);
        expect(
          (content.answers[locale].get(intent.id)?.more ?? "").length,
          `${locale} ${intent.id} more`,
        ).toBeLessThanOrEqual(1500);
      }
    }
  });

  it("warns against scams in every answer about paying", async () => {
    const content = await realContent();
    const payment = [...content.intents.keys()].filter(
      (id) =>
        // The rate and the base salary only inform: nobody pays through that answer.
        (id.startsWith("contribution.") && id !== "contribution.overview.rate_base") ||
        ["enroll.online_payment", "enroll.renew", "enroll.where", "enroll.steps"].includes(id),
    );
    for (const locale of LOCALES)
      for (const id of payment)
        expect(content.answers[locale].get(id)?.body, `${locale} ${id}`).toContain("OTP");
  });
});

const readCases = (file: string) =>
  readFileSync(path.join(REPO_ROOT, "test/fixtures", file), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

describe("accuracy (regression guards, not targets)", () => {
  it("stays above its floor on the development set", async () => {
    const report = evaluate(readCases("eval-dev.jsonl"), buildRecognizer(await realContent()).recognize);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.94);
    expect(report.answeredPrecision).toBeGreaterThanOrEqual(0.96);
    expect(report.slices["no diacritics"]?.accuracy).toBeGreaterThanOrEqual(0.94);
    expect(report.outOfScope.notAnsweredAsInScope).toBeGreaterThanOrEqual(0.88);
  });

  it("stays above its floor on our held-out set of long, formal, forwarded and hurried messages", async () => {
    const report = evaluate(readCases("eval-heldout.jsonl"), buildRecognizer(await realContent()).recognize);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(report.answeredPrecision).toBeGreaterThanOrEqual(0.95);
    expect(report.slices["style:long"]?.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("stays above its floor on questions that share words with a neighbouring intent", async () => {
    const report = evaluate(
      readCases("eval-near-neighbours.jsonl"),
      buildRecognizer(await realContent()).recognize,
    );
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.answeredPrecision).toBeGreaterThanOrEqual(0.96);
    expect(report.outOfScope.notAnsweredAsInScope).toBeGreaterThanOrEqual(0.9);
  });

  it("stays above its floor on everyday messages in every style, written apart from the examples", async () => {
    const report = evaluate(readCases("eval-everyday.jsonl"), buildRecognizer(await realContent()).recognize);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.answeredPrecision).toBeGreaterThanOrEqual(0.96);
    expect(report.slices["style:teencode"]?.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.outOfScope.notAnsweredAsInScope).toBeGreaterThanOrEqual(0.9);
  });

  it("stays above its floor on English messages, written apart from the examples", async () => {
    const report = evaluate(readCases("eval-english.jsonl"), buildRecognizer(await realContent()).recognize);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.answeredPrecision).toBeGreaterThanOrEqual(0.93);
  });
});

describe("recognition of whole messages", () => {
  const recognizer = async () => buildRecognizer(await realContent()).recognize;

  it("does not answer keyboard mashing or words it has never seen, guessed at from typos", async () => {
    const recognize = await recognizer();
    expect(recognize("asdkjh qwe", "2026-11-23").band).toBe("fallback");
    expect(recognize("hjkl zxcv bnm", "2026-11-23").band).toBe("fallback");
    expect(recognize("qwe", "2026-11-23").band).not.toBe("answer");
    // Short messages in words it knows, and typos beside them, are still answered.
    expect(recognize("sv đóng bhyt bn", "2026-11-23")).toMatchObject({
      intent: "contribution.student",
      band: "answer",
    });
    expect(recognize("thẻ bhyt bị mấtt", "2026-11-23")).toMatchObject({ band: "answer" });
  });

  it("gives the details a payment question carries", async () => {
    const u = (await recognizer())("bhyt hộ gia đình 4 người đóng 6 tháng bao nhiêu", "2026-11-23");
    expect(u.intent).toBe("contribution.household");
    expect(u.band).toBe("answer");
    expect(u.slots).toEqual({ householdSize: 4, months: 6, payerGroup: "household" });
  });

  it("does not read a period to pay from a question about something else", async () => {
    const u = (await recognizer())("thẻ bhyt của tôi còn hạn 3 tháng nữa phải không", "2026-11-23");
    expect(u.intent.startsWith("contribution.")).toBe(false);
    expect(u.slots.months).toBeUndefined();
  });

  it("answers both questions of a two-question message", async () => {
    const u = (await recognizer())("hộ cận nghèo đóng bhyt bao nhiêu? còn đăng ký thì ở đâu", "2026-11-23");
    expect(u.intent).toBe("contribution.near_poor");
    expect(u.secondary?.intent).toBe("enroll.where");
  });

  it("understands syllables typed without spaces", async () => {
    expect((await recognizer())("mua bảohiểm ytế hộgiađình ở đâu").intent).toBe("enroll.where");
  });
});
