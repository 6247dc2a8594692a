import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { ContentIssue } from "./content-issue.ts";
import { parsedYaml } from "./parsed-yaml-cache.ts";

/** Every file under `dir` (recursively) whose name ends with one of `extensions`, sorted; [] if dir is missing. */
export async function listFiles(dir: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Reads and parses a YAML or JSON file; on failure records one issue and returns undefined. */
export async function readData(file: string, root: string, issues: ContentIssue[]): Promise<unknown> {
  const shown = path.relative(root, file);
  let text: string;
  // Read at once: a hundred small files at start, where a round trip to the thread pool each adds up to more
  // than the reading itself.
  try {
    text = readFileSync(file, "utf8");
  } catch {
    issues.push({
      severity: "error",
      file: shown,
      path: "",
      message: "cannot be read: check the file exists",
    });
    return undefined;
  }
  try {
    return file.endsWith(".json")
      ? JSON.parse(text)
      : parsedYaml(root, text, (yaml) => parseYaml(yaml, { uniqueKeys: true }));
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : "";
    const reason = (error as Error).message.split("\n")[0];
    issues.push({
      severity: "error",
      file: shown,
      path: "",
      message: `is not valid ${file.endsWith(".json") ? "JSON" : "YAML"}${where}: ${reason}`,
    });
    return undefined;
  }
}
