import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../src");

// Every .ts and .tsx file under a folder.
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("the bot's code", () => {
  it("writes nothing to the console: logs go through the logger, which redacts tokens and ID numbers", () => {
    const offenders = sourcesUnder(SRC)
      .filter((file) => /\bconsole\.(?:log|error|warn|info|debug|trace)\(/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
