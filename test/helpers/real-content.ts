import type { Content } from "../../src/content/content.ts";
import { loadContentOrThrow } from "../../src/content/load-content.ts";
import { REPO_ROOT } from "./content-sandbox.ts";

let cached: Promise<Content> | undefined;

/** The repository's real content, loaded once per test file. */
export function realContent(): Promise<Content> {
  cached ??= loadContentOrThrow(REPO_ROOT, "2026-11-23");
  return cached;
}
