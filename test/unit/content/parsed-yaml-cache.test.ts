import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parsedYaml, saveParsedYaml } from "../../../src/content/parsed-yaml-cache.ts";

const roots: string[] = [];
const newRoot = () => {
  const root = mkdtempSync(path.join(tmpdir(), "bhyt-yaml-"));
  roots.push(root);
  return root;
};
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe("parsed YAML kept between starts", () => {
  it("parses a text once, is read back by the next start, and parses a changed text again", () => {
    const root = newRoot();
    let parses = 0;
    const counting = (text: string) => {
      parses++;
      return parse(text);
    };
    expect(parsedYaml(root, "a: 1\nb: [x, y]\n", counting)).toEqual({ a: 1, b: ["x", "y"] });
    saveParsedYaml(root);
    expect(existsSync(path.join(root, ".cache/parsed-yaml.json"))).toBe(true);
    // Another start (another root with the same files) reads the kept form without parsing.
    const next = newRoot();
    cpSync(path.join(root, ".cache"), path.join(next, ".cache"), { recursive: true });
    const read = parsedYaml(next, "a: 1\nb: [x, y]\n", counting) as { b: string[] };
    expect(read).toEqual({ a: 1, b: ["x", "y"] });
    expect(parses).toBe(1);
    // A copy each time: changing what was given does not change the next read.
    read.b.push("z");
    expect(parsedYaml(next, "a: 1\nb: [x, y]\n", counting)).toEqual({ a: 1, b: ["x", "y"] });
    expect(parsedYaml(next, "a: 2\n", counting)).toEqual({ a: 2 });
    expect(parses).toBe(2);
  });

  it("lets a parse error through, so the file is reported and nothing is kept for it", () => {
    const root = newRoot();
    expect(() => parsedYaml(root, "a: [1,\n", (text) => parse(text))).toThrow();
    saveParsedYaml(root);
    expect(existsSync(path.join(root, ".cache/parsed-yaml.json"))).toBe(false);
  });
});
