import { afterEach, describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/content/content-issue.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { contentSandbox } from "../../helpers/content-sandbox.ts";

const TODAY = "2026-11-23";
let sandbox: ReturnType<typeof contentSandbox>;

async function errorsAfter(breakIt: (s: typeof sandbox) => void): Promise<string[]> {
  sandbox = contentSandbox();
  breakIt(sandbox);
  const result = await loadContent(sandbox.root, TODAY);
  expect(result.content).toBeUndefined();
  return result.issues.filter((i) => i.severity === "error").map(formatIssue);
}

afterEach(() => sandbox?.dispose());

describe("loadContent: each broken file gives one readable line (file › path: what to change)", () => {
  it("accepts the unbroken copy", async () => {
    sandbox = contentSandbox();
    const result = await loadContent(sandbox.root, TODAY);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.content?.intents.get("contribution.near_poor")?.meta.legal_basis).toContain("188/2025");
  });

  it("reports invalid YAML with its line", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("intents/catalog/contribution/near_poor.yaml", "examples:", "examples: [oops"),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^intents\/catalog\/contribution\/near_poor\.yaml: is not valid YAML at line \d+/,
    );
  });

  it("reports a missing field", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("intents/catalog/contribution/near_poor.yaml", / {2}reviewed_by: .*\n/, ""),
    );
    expect(errors).toEqual([
      "intents/catalog/contribution/near_poor.yaml › meta.reviewed_by: is missing: add it (string)",
    ]);
  });

  it("reports an impossible date", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("intents/catalog/contribution/near_poor.yaml", /valid_from: .*/, "valid_from: 2025-02-30"),
    );
    expect(errors).toEqual([
      "intents/catalog/contribution/near_poor.yaml › meta.valid_from: is not a real calendar date",
    ]);
  });

  it("reports an unknown field", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("intents/catalog/contribution/near_poor.yaml", "meta:", "answer_text: hi\nmeta:"),
    );
    expect(errors).toEqual([
      "intents/catalog/contribution/near_poor.yaml: unknown field(s) answer_text: remove or rename them",
    ]);
  });

  it("reports an id that does not match its file name", async () => {
    const errors = await errorsAfter((s) =>
      s.edit(
        "intents/catalog/contribution/near_poor.yaml",
        "id: contribution.near_poor",
        "id: contribution.nearpoor",
      ),
    );
    expect(errors).toContain(
      'intents/catalog/contribution/near_poor.yaml › id: "contribution.nearpoor" must live in a file named nearpoor.yaml',
    );
  });

  it("reports an unknown answer variable", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("intents/catalog/contribution/near_poor.yaml", "uses: [", "uses: [near_poor_price, "),
    );
    expect(errors).toEqual([
      'intents/catalog/contribution/near_poor.yaml › uses[0]: "near_poor_price" is not an answer variable: see the table in intents/README.md',
    ]);
  });

  it("reports a variable the text uses but the intent does not declare", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("locales/en/answers/contribution.json", /"body": "/, '"body": "{{full_year}} '),
    );
    expect(errors[0]).toMatch(
      /^locales\/en\/answers\/contribution\.json › \w+\.body: uses \{\{full_year\}\} but intents\/catalog\/contribution\/\w+\.yaml does not list it in "uses"$/,
    );
  });

  it("reports a link that is not on the allowlist", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("locales/vi/answers/contribution.json", /"body": "/, '"body": "Xem https://example.com/bhyt. '),
    );
    expect(errors[0]).toMatch(
      /› \w+\.body: links to https:\/\/example\.com\/bhyt, which is not on intents\/_shared\/links\.yaml$/,
    );
  });

  it("reports a missing translation", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("locales/en/answers/contribution.json", '"near_poor": {', '"near_poor_old": {'),
    );
    expect(errors).toContain(
      'locales/en/answers/contribution.json › near_poor: has no answer for contribution.near_poor: add "title" and "body"',
    );
    expect(errors).toContain(
      'locales/en/answers/contribution.json › contribution.near_poor_old: answers "contribution.near_poor_old", which is not an intent: remove it or add the intent',
    );
  });

  it("reports an example claimed by two intents", async () => {
    const { parse } = await import("yaml");
    const { readFileSync } = await import("node:fs");
    const errors = await errorsAfter((s) => {
      const greeting = parse(readFileSync(`${s.root}/intents/catalog/smalltalk/greeting.yaml`, "utf8"));
      s.edit(
        "intents/catalog/contribution/near_poor.yaml",
        "  vi:\n",
        `  vi:\n    - ${JSON.stringify(greeting.examples.vi[0])}\n`,
      );
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^intents\/catalog\/smalltalk\/greeting\.yaml › examples\.vi\[0\]: ".+" is also an example of contribution\.near_poor: keep it in one intent only$/,
    );
  });

  it("rejects unsorted parameter versions", async () => {
    const errors = await errorsAfter((s) =>
      s.edit(
        "intents/policy/parameters.yaml",
        "from: 2026-07-01, value: 2530000",
        "from: 2024-01-01, value: 2530000",
      ),
    );
    expect(errors).toEqual([
      "intents/policy/parameters.yaml › base_salary.versions[3].from: must be after the previous version's date 2024-07-01 (sort versions oldest first, no two on one day)",
    ]);
  });

  it("rejects an override of a parameter that does not exist", async () => {
    const errors = await errorsAfter((s) =>
      s.edit(
        "intents/policy/overrides/dong_thap.yaml",
        "parameter: support.near_poor",
        "parameter: support.nearpoor",
      ),
    );
    expect(errors).toEqual([
      'intents/policy/overrides/dong_thap.yaml › overrides[0].parameter: "support.nearpoor" is not in intents/policy/parameters.yaml',
    ]);
  });

  it("rejects a province name that belongs to two provinces", async () => {
    const errors = await errorsAfter((s) =>
      s.edit(
        "intents/policy/provinces.yaml",
        "former_names: [Tiền Giang]",
        "former_names: [Tiền Giang, Hà Giang]",
      ),
    );
    expect(errors).toEqual([
      'intents/policy/provinces.yaml › provinces[31]: the name "ha giang" also belongs to "tuyen_quang": keep it in one province',
    ]);
  });

  it("reads places from CSV and reports a bad row with its line and column", async () => {
    const header =
      "name,type,commune,commune_former,serves,address,hours,phone,valid_from,valid_to,sample,source";
    const good =
      "Bưu điện xã Hòa Bình,post_office,Hòa Bình,,,Số 1 đường A,7:00–17:00,0210 3 822 111,2025-07-01,,,Danh sách BHXH tỉnh";
    const sandbox = contentSandbox();
    try {
      sandbox.write("intents/places/phu_tho.csv", `${header}\n${good}\n`);
      const loaded = await loadContent(sandbox.root, "2026-11-23");
      expect(loaded.content?.places.filter((p) => p.province === "phu_tho")).toHaveLength(1);
      sandbox.write("intents/places/phu_tho.csv", `${header}\n${good.replace("post_office", "bank")}\n`);
      const broken = await loadContent(sandbox.root, "2026-11-23");
      expect(broken.issues.map(formatIssue)).toContainEqual(
        expect.stringMatching(/^intents\/places\/phu_tho\.csv › places\[0\]\.type: /),
      );
      sandbox.write("intents/places/phu_tho.csv", `${header},fax\n${good},1\n`);
      const unknown = await loadContent(sandbox.root, "2026-11-23");
      expect(unknown.issues.map(formatIssue)).toContainEqual(
        expect.stringContaining("unknown column(s) fax"),
      );
    } finally {
      sandbox.dispose();
    }
  });

  it('rejects a "who pays?" step that leads nowhere', async () => {
    const errors = await errorsAfter((s) =>
      s.edit("intents/triage/payer-triage.yaml", "next: benefit }", "next: benefits }"),
    );
    expect(errors).toContain(
      'intents/triage/payer-triage.yaml › nodes.work.options[1].next: "benefits" is not a node',
    );
    expect(errors).toContain(
      "intents/triage/payer-triage.yaml › nodes.benefit: cannot be reached from `start`",
    );
  });

  it("rejects a common string present in one language only", async () => {
    const errors = await errorsAfter((s) => s.edit("locales/en/common.json", '"menu": "Topics",', ""));
    expect(errors).toEqual(["locales/en/common.json › button.menu: is missing (it exists in locales/vi)"]);
  });

  it("rejects a long example labelled with an intent that does not exist", async () => {
    const errors = await errorsAfter((s) =>
      s.edit(
        "intents/examples/real-style.yaml",
        /intent: contribution\.household\n/,
        "intent: contribution.houshold\n",
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^intents\/examples › [a-d]-\d{3}: "contribution\.houshold" is not an intent id: use an id from intents\/catalog$/,
    );
  });

  it("rejects a service outside health insurance that has no pointer text", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("intents/_shared/outside-bhyt.yaml", "  - id: pension", "  - id: pensions"),
    );
    expect(errors).toEqual([
      "locales/vi/common.json › outside.pensions: is missing: intents/_shared/outside-bhyt.yaml names this service",
      "locales/en/common.json › outside.pensions: is missing: intents/_shared/outside-bhyt.yaml names this service",
    ]);
  });
});

describe("loadContent: warnings", () => {
  it("warns when a parameter an answer uses changed after the answer was reviewed", async () => {
    sandbox = contentSandbox();
    sandbox.edit("intents/catalog/contribution/near_poor.yaml", /reviewed_at: .*/, "reviewed_at: 2026-01-15");
    const result = await loadContent(sandbox.root, TODAY);
    expect(result.content).toBeDefined();
    expect(result.issues.map(formatIssue)).toContain(
      'warning: intents/catalog/contribution/near_poor.yaml › meta.reviewed_at: is stale: "base_salary" changed on 2026-07-01, after the review on 2026-01-15; re-read the answer and update reviewed_at',
    );
  });

  it("marks an answer whose legal basis has ended: it still loads, and the issue is flagged as expired", async () => {
    sandbox = contentSandbox();
    sandbox.edit(
      "intents/catalog/benefit/maternity.yaml",
      /valid_from: .*/,
      "valid_from: 2025-01-01\n  valid_to: 2025-12-31",
    );
    const result = await loadContent(sandbox.root, TODAY);
    expect(result.content).toBeDefined();
    const expired = result.issues.filter((i) => i.expired);
    expect(expired.map(formatIssue)).toEqual([
      "warning: intents/catalog/benefit/maternity.yaml › meta.valid_to: 2025-12-31 has passed: the answer's legal basis has ended; review the answer and extend or remove valid_to",
    ]);
  });
});

describe("loadContent: rules written only as prose", () => {
  it("rejects a provincial level stated in an override's note that no override applies (the TP.HCM 65–75 rule as it once was)", async () => {
    const errors = await errorsAfter((s) =>
      s.edit(
        "intents/policy/overrides/ho_chi_minh.yaml",
        "they leave the",
        "the city also pays 80% for people over 80; they leave the",
      ),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^intents\/policy\/overrides\/ho_chi_minh\.yaml › overrides\[\d+\]\.note: states 80%, a level the calculator does not apply/,
      ),
    ]);
  });

  it("accepts a note that explains the override's own level against the national one", async () => {
    sandbox = contentSandbox();
    const result = await loadContent(sandbox.root, TODAY);
    expect(result.issues.filter((i) => i.path.endsWith(".note"))).toEqual([]);
    expect(result.content?.policy.overrides.find((o) => o.ages)?.note).toContain("65");
  });
});

describe("loadContent: English answers read as English", () => {
  it("rejects a date written in numbers and a bare 'BHXH cơ sở' in an English answer", async () => {
    const errors = await errorsAfter((s) =>
      s.edit(
        "locales/en/answers/card.json",
        "For household cards and other self-paying or partly supported groups:",
        "From 1/7/2026, ask the BHXH cơ sở office. For household cards and other self-paying or partly supported groups:",
      ),
    );
    expect(errors).toEqual([
      'locales/en/answers/card.json › validity.body: writes the date "1/7/2026" in numbers; write it in words ("1 July 2026")',
      'locales/en/answers/card.json › validity.body: uses "BHXH" before saying what it is; write "social insurance (BHXH)" the first time',
      'locales/en/answers/card.json › validity.body: names "BHXH cơ sở" without its English name; write "the local social insurance office (BHXH cơ sở)"',
    ]);
  });

  it("rejects 'BHYT' in an English title, which is shown alone as a button", async () => {
    const errors = await errorsAfter((s) =>
      s.edit("locales/en/answers/card.json", '"title": "Lost or damaged card"', '"title": "Lost BHYT card"'),
    );
    expect(errors).toEqual([
      'locales/en/answers/card.json › lost_reissue.title: uses "BHYT" in a title, which is shown as a button; write "health insurance"',
    ]);
  });
});
