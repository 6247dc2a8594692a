import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { describe, expect, inject, it } from "vitest";
import { createRedisContentVersions } from "../../src/infra/redis-content-versions.ts";
import { contentSandbox, REPO_ROOT } from "../helpers/content-sandbox.ts";

/** Runs `bhyt <args>` as a user would (through tsx, no build step), against the test Redis. */
function bhyt(args: string[], input = "", env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, REDIS_URL: `${inject("redisUrl")}/4`, LOG_LEVEL: "", ...env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bhyt calc", () => {
  it("reports a household of five for 12 months on the 2,530,000 base, with the decree", () => {
    const args = ["calc", "--group", "household", "--members", "5", "--months", "12", "--date", "2026-11-22"];
    const { code, stdout } = bhyt([...args, "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.total.period).toBe(4_371_840);
    expect(result.base).toEqual({
      vnd: 2_530_000,
      from: "2026-07-01",
      legalBasis: "Nghị định 161/2026/NĐ-CP",
    });
    expect(result.parameters.map((p: { parameter: string }) => p.parameter)).toEqual([
      "base_salary",
      "contribution_rate",
      "household_ladder",
    ]);
    expect(result.rounding).toMatch(/half up/);
  });

  it("uses the 2,340,000 base for a payment on 1/3/2026", () => {
    const args = ["calc", "--group", "household", "--members", "5", "--months", "3", "--date", "2026-03-01"];
    const result = JSON.parse(bhyt([...args, "--json"]).stdout);
    expect(result.total.period).toBe(1_010_880);
    expect(result.base.vnd).toBe(2_340_000);
  });

  it("gives near-poor people in Đồng Tháp the national 70%, with the Tháp Mười district's 2024 plan (90%) beside it", () => {
    const at = (province: string) =>
      JSON.parse(
        bhyt(["calc", "--group", "near_poor", "--date", "2024-08-01", "--province", province, "--json"])
          .stdout,
      );
    expect(at("dong_thap")).toMatchObject({
      supportPct: 70,
      person: { month: 31_590 },
      partialOverride: { supportPct: 90, person: { month: 10_530 } },
    });
    expect(at("ha_noi")).toMatchObject({ supportPct: 70, person: { month: 31_590 } });
    expect(at("ha_noi").partialOverride).toBeUndefined();
  });

  it("takes the province and language from PROVINCE and DEFAULT_LOCALE when no option gives them", () => {
    const args = ["calc", "--group", "near_poor", "--date", "2024-08-01"];
    const env = { PROVINCE: "dong_thap", DEFAULT_LOCALE: "en" };
    expect(JSON.parse(bhyt([...args, "--json"], "", env).stdout)).toMatchObject({
      partialOverride: { supportPct: 90 },
    });
    expect(
      JSON.parse(bhyt([...args, "--province", "ha_noi", "--json"], "", env).stdout).partialOverride,
    ).toBe(undefined);
    expect(bhyt(args, "", env).stdout).toContain("VND");
  });

  it("prints the same words as the chat, and the chat states the CLI's figures", () => {
    const text = bhyt(["calc", "--group", "household", "--members", "5", "--months", "12"]);
    expect(text.code).toBe(0);
    const cli = JSON.parse(
      bhyt(["calc", "--group", "household", "--members", "5", "--months", "12", "--json"]).stdout,
    );
    const chat = JSON.parse(
      bhyt(["ask", "--json", "bhyt hộ gia đình 5 người đóng 12 tháng bao nhiêu"]).stdout,
    );
    const vnd = (n: number) => `${new Intl.NumberFormat("vi-VN").format(n)} đ`;
    for (const output of [text.stdout, chat.text]) {
      expect(output).toContain(vnd(cli.total.period));
      expect(output).toContain(vnd(cli.base.vnd));
    }
  });

  it("refuses a bad period with the reason and the usage, exit 1", () => {
    const { code, stderr } = bhyt(["calc", "--group", "household", "--members", "2", "--months", "4"]);
    expect(code).toBe(1);
    expect(stderr).toContain("3, 6 or 12 months");
    expect(bhyt(["calc", "--group", "pensioner"]).stderr).toContain('Unknown group "pensioner"');
    expect(bhyt(["calc", "--group", "employee"]).stderr).toContain("salary");
  });
});

describe("bhyt content export", () => {
  it("writes the admin edits in force into the YAML and JSON files, which still pass the check", async () => {
    const redis = new Redis(`${inject("redisUrl")}/4`);
    const sandbox = contentSandbox();
    try {
      await redis.del("bhyt:v1:{content}:versions", "bhyt:v1:{content}:current");
      await createRedisContentVersions(redis).add(
        {
          answers: { "contact.hotline": { en: { title: "Hotline", body: "Call {{hotline}} (exported)." } } },
          examples: { "card.lost_reissue": { vi: ["thẻ bảo hiểm bị chó gặm nát rồi"] } },
        },
        "chi.lan",
        "test",
      );
      const { code, stdout } = bhyt(["content", "export", "--dir", sandbox.root]);
      expect(code).toBe(0);
      expect(stdout).toContain("intents/catalog/card/lost_reissue.yaml");
      expect(stdout).toContain("locales/en/answers/contact.json");
      expect(
        readFileSync(path.join(sandbox.root, "intents/catalog/card/lost_reissue.yaml"), "utf8"),
      ).toContain("- thẻ bảo hiểm bị chó gặm nát rồi");
      expect(readFileSync(path.join(sandbox.root, "locales/en/answers/contact.json"), "utf8")).toContain(
        "(exported)",
      );
      expect(bhyt(["content", "check", "--dir", sandbox.root]).code).toBe(0);
    } finally {
      await redis.del("bhyt:v1:{content}:versions", "bhyt:v1:{content}:current");
      await redis.quit();
      sandbox.dispose();
    }
  });
});

describe("bhyt places import", () => {
  const header =
    "name,type,commune,commune_former,serves,address,hours,phone,valid_from,valid_to,sample,source";
  const row =
    "Bưu điện xã Hòa Bình,post_office,Hòa Bình,,,Số 1 đường A,7:00–17:00,,2025-07-01,,,Danh sách BHXH tỉnh";

  it("installs a valid province list and the bot's content loads it", () => {
    const sandbox = contentSandbox();
    try {
      sandbox.write("phu_tho.csv", `${header}\n${row}\n`);
      const { code, stdout } = bhyt([
        "places",
        "import",
        `${sandbox.root}/phu_tho.csv`,
        "--dir",
        sandbox.root,
      ]);
      expect(code).toBe(0);
      expect(stdout).toContain("Installed 1 place(s) for phu_tho as intents/places/phu_tho.csv");
      expect(bhyt(["content", "check", "--dir", sandbox.root]).code).toBe(0);
    } finally {
      sandbox.dispose();
    }
  });

  it("refuses a broken list with one line per problem and changes nothing", () => {
    const sandbox = contentSandbox();
    try {
      sandbox.write("dong_thap.csv", `${header}\n${row.replace("2025-07-01", "2025-02-30")}\n`);
      const { code, stderr } = bhyt([
        "places",
        "import",
        `${sandbox.root}/dong_thap.csv`,
        "--dir",
        sandbox.root,
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain("dong_thap.csv › places[0].valid_from: is not a real calendar date");
      expect(stderr).toContain("nothing changed");
      const kept = bhyt(["content", "check", "--dir", sandbox.root]);
      expect(kept.code).toBe(0);
    } finally {
      sandbox.dispose();
    }
  });

  it("refuses spreadsheet formulas and links off the allowlist in a list (review L6)", () => {
    const sandbox = contentSandbox();
    try {
      const formula = row.replace(
        "Bưu điện xã Hòa Bình",
        '"=HYPERLINK(""http://evil.example/x"",""Bưu điện"")"',
      );
      const link = row.replace("Số 1 đường A", "Nộp online tại t.me/bhyt_support_bot");
      sandbox.write(
        "phu_tho.csv",
        `${header}\n${formula}\n${link.replace("Hòa Bình,post_office,Hòa Bình", "Hòa Bình 2,post_office,Hòa Bình")}\n`,
      );
      const { code, stderr } = bhyt([
        "places",
        "import",
        `${sandbox.root}/phu_tho.csv`,
        "--dir",
        sandbox.root,
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain("starts like a spreadsheet formula");
      expect(stderr).toContain("links to t.me/bhyt_support_bot, which is not on intents/_shared/links.yaml");
      expect(stderr).toContain("nothing changed");
    } finally {
      sandbox.dispose();
    }
  });

  it("refuses a list in a format the bot does not read, and keeps the province's list (review F13)", () => {
    const sandbox = contentSandbox();
    try {
      const place = {
        name: "Bưu điện Mỹ An",
        type: "post_office",
        commune: "Mỹ An",
        address: "Số 1",
        valid_from: "2025-07-01",
      };
      sandbox.write(
        "dong_thap.json",
        JSON.stringify({ province: "dong_thap", sample: false, source: "BHXH tỉnh", places: [place] }),
      );
      const { code, stderr } = bhyt([
        "places",
        "import",
        `${sandbox.root}/dong_thap.json`,
        "--dir",
        sandbox.root,
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        '"dong_thap.json" is not a list the bot reads (use .yaml, .yml, .csv); nothing changed',
      );
      expect(readFileSync(path.join(sandbox.root, "intents/places/dong_thap.yaml"), "utf8")).toContain(
        "Mỹ An",
      );
    } finally {
      sandbox.dispose();
    }
  });
});

describe("the bhyt command line", () => {
  it("ask --json reports the intent, confidence, text and buttons", () => {
    const { code, stdout } = bhyt(["ask", "--json", "sinh viên đóng bảo hiểm y tế bao nhiêu"]);
    expect(code).toBe(0);
    const reply = JSON.parse(stdout);
    expect(reply.intent).toBe("contribution.student");
    expect(reply.confidence).toBeGreaterThan(0);
    expect(reply.text).toContain("56.925 đ");
    expect(Array.isArray(reply.buttons)).toBe(true);
  });

  it("chat answers piped lines and exits 0 at end of input", () => {
    const { code, stdout } = bhyt(["chat"], "chào\n");
    expect(code).toBe(0);
    expect(stdout).toMatch(/chào/i);
  });

  it("classify answers one JSON line per input line, in order, with no Redis", () => {
    const { code, stdout } = bhyt(["classify"], '{"q":"hello"}\nnot json\n{"q":"quên mật khẩu vssid"}\n', {
      REDIS_URL: "",
    });
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].intent).toBe("smalltalk.greeting");
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2].intent).toBe("vssid.login_password");
    expect(lines[2].alternatives).toHaveLength(3);
  });

  it("content check passes on the project and fails with a clear line on a broken intent file", () => {
    expect(bhyt(["content", "check"]).code).toBe(0);
    const sandbox = contentSandbox();
    try {
      sandbox.edit("intents/catalog/contribution/student.yaml", /valid_from: .*/, "valid_from: 31/12/2025");
      const { code, stderr } = bhyt(["content", "check", "--dir", sandbox.root]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        "intents/catalog/contribution/student.yaml › meta.valid_from: expected a date written YYYY-MM-DD",
      );
    } finally {
      sandbox.dispose();
    }
  });

  it("content check fails on a Vietnamese sentence left in an English answer, not on a quoted app label", () => {
    const sandbox = contentSandbox();
    try {
      sandbox.edit(
        "locales/en/answers/card.json",
        /For household cards and other self-paying or partly supported groups:/,
        'Tap \\"Quên mật khẩu\\" first. Thẻ có giá trị sau 30 ngày kể từ ngày đóng tiền:',
      );
      const { code, stderr } = bhyt(["content", "check", "--dir", sandbox.root]);
      expect(code).toBe(1);
      expect(stderr).toContain("locales/en/answers/card.json › validity.body: has Vietnamese left");
      expect(stderr).not.toContain("Quên mật khẩu");
    } finally {
      sandbox.dispose();
    }
  });

  it("stops on a bad configuration with one message listing every bad variable", () => {
    const { code, stderr } = bhyt(["ask", "chào"], "", { PORT: "x", DEFAULT_LOCALE: "de" });
    expect(code).toBe(1);
    expect(stderr).toContain("PORT:");
    expect(stderr).toContain("DEFAULT_LOCALE:");
  });

  it("lists a PROVINCE the content does not know with the other bad variables, and serve exits", () => {
    const { code, stderr } = bhyt(["serve"], "", { PROVINCE: "nowhere", PORT: "x" });
    expect(code).toBe(1);
    expect(stderr).toContain("PORT:");
    expect(stderr).toContain('PROVINCE: "nowhere" is not a province code');
  });
});

describe("a person from the terminal chat (review D11, D14)", () => {
  const officer = { STAFF: "console:officer-1" };

  it("says plainly that nobody is on duty when no staff member is set, with the hotline", () => {
    const { stdout } = bhyt(["chat", "--user", "alone-1"], "cho em gặp nhân viên tư vấn\n", { STAFF: "" });
    expect(stdout).toContain("chưa có cán bộ trực");
    expect(stdout).toContain("1900 9068");
    expect(stdout).not.toContain("chưa hiểu");
  });

  it("queues the request for staff, who take it and reply; the reply waits in the citizen's terminal", () => {
    const asked = bhyt(["chat", "--user", "citizen-d11"], "cho em gặp cán bộ\n", officer).stdout;
    expect(asked).toContain("chuyển bạn cho cán bộ");
    const cases = bhyt(["chat", "--user", "officer-1"], "/cases\n", officer).stdout;
    const id = /#(\d+)\D+console:citizen-d11/u.exec(cases)?.[1];
    expect(id, cases).toBeDefined();
    bhyt(["chat", "--user", "officer-1"], `/take ${id}\n/reply ${id} Chào chị, em gọi lại ngay ạ\n`, officer);
    const later = bhyt(["chat", "--user", "citizen-d11"], "dạ\n", officer).stdout;
    expect(later).toContain("👩‍💼");
    expect(later).toContain("Chào chị, em gọi lại ngay ạ");
  });

  it("writes the day's counters before exiting, so /stats counts terminal messages", () => {
    bhyt(["chat", "--user", "counted-1"], "chào\nhộ cận nghèo đóng bao nhiêu\n", officer);
    const stats = bhyt(["chat", "--user", "boss-1"], "/stats\n", { ADMINS: "console:boss-1" }).stdout;
    expect(stats).toMatch(/[1-9]\d* tin nhắn/u);
  });
});

describe("bhyt eval over several training orders", () => {
  it("reports each order's headline figures and their mean", () => {
    const { code, stdout } = bhyt([
      "eval",
      "test/fixtures/eval-near-neighbours.jsonl",
      "--orders",
      "2",
      "--json",
    ]);
    expect(code).toBe(0);
    const { orders, mean } = JSON.parse(stdout);
    expect(orders.map((o: { seed: number }) => o.seed)).toEqual([7, 1]);
    expect(mean.accuracy).toBeCloseTo((orders[0].accuracy + orders[1].accuracy) / 2, 10);
    expect(bhyt(["eval", "test/fixtures/eval-dev.jsonl", "--orders", "1"]).stderr).toContain(
      "--orders takes",
    );
  });
});
