import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A throw-away copy of the real intents/ and locales/ that a test may break on purpose. */
export function contentSandbox() {
  const root = mkdtempSync(path.join(tmpdir(), "bhyt-content-"));
  for (const dir of ["intents", "locales"])
    cpSync(path.join(REPO_ROOT, dir), path.join(root, dir), { recursive: true });
  return {
    root,
    /** Replaces text in a file of the sandbox; fails if the text is not there (so the test cannot pass vacuously). */
    edit(file: string, from: string | RegExp, to: string) {
      const full = path.join(root, file);
      const before = readFileSync(full, "utf8");
      const after = before.replace(from, to);
      if (after === before) throw new Error(`${file} does not contain ${String(from)}`);
      writeFileSync(full, after);
    },
    write(file: string, text: string) {
      writeFileSync(path.join(root, file), text);
    },
    remove(file: string) {
      rmSync(path.join(root, file), { recursive: true });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
