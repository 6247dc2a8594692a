import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

// Parsing YAML is most of the time a start takes to load the content (about 200 ms for a hundred files); the parsed
// form of each file, keyed by a hash of its text, is kept in one JSON file and read back in a few milliseconds.
// A changed file has a new hash, so it is parsed again; entries no file has any more are dropped on the next write.
const FILE = path.join(".cache", "parsed-yaml.json");

interface Cache {
  entries: Map<string, string>;
  used: Set<string>;
  changed: boolean;
}

const caches = new Map<string, Cache>();

function cacheOf(root: string): Cache {
  let cache = caches.get(root);
  if (!cache) {
    let entries = new Map<string, string>();
    try {
      entries = new Map(Object.entries(JSON.parse(readFileSync(path.join(root, FILE), "utf8")) as object));
    } catch {}
    cache = { entries, used: new Set(), changed: false };
    caches.set(root, cache);
  }
  return cache;
}

/** The parsed data of a YAML text, from the cache of `root` when it was parsed before, else from `parse`. */
export function parsedYaml(root: string, text: string, parse: (text: string) => unknown): unknown {
  const cache = cacheOf(root);
  const key = createHash("sha256").update(text).digest("base64url");
  cache.used.add(key);
  const known = cache.entries.get(key);
  // A fresh copy each time: callers may change what they are given.
  if (known !== undefined) return JSON.parse(known);
  const data = parse(text);
  cache.entries.set(key, JSON.stringify(data ?? null));
  cache.changed = true;
  return data;
}

/**
 * Writes the cache of `root` when a file was parsed anew (atomically; a read-only folder only costs speed), then lets
 * it go: a server holds the content itself, and a content edit reads the file again in a few milliseconds.
 */
export function saveParsedYaml(root: string): void {
  const cache = caches.get(root);
  caches.delete(root);
  if (!cache?.changed) return;
  const kept = Object.fromEntries([...cache.entries].filter(([key]) => cache.used.has(key)));
  try {
    mkdirSync(path.join(root, ".cache"), { recursive: true });
    const temporary = `${path.join(root, FILE)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(kept));
    renameSync(temporary, path.join(root, FILE));
  } catch {}
}
