import { spawnSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
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

  it("stops on a bad configuration with one message listing every bad variable", () => {
    const { code, stderr } = bhyt(["ask", "chào"], "", { PORT: "x", DEFAULT_LOCALE: "de" });
    expect(code).toBe(1);
    expect(stderr).toContain("PORT:");
    expect(stderr).toContain("DEFAULT_LOCALE:");
  });
});
