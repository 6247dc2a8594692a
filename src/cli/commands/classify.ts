import { createInterface } from "node:readline";
import { buildRecognizer } from "../../nlu/build-recognizer.ts";
import { contentOrExit } from "../bootstrap.ts";

/** `classify`: JSON lines {"q"} on stdin → one JSON line each, same order. Needs no Redis and no network. */
export async function classifyCommand(): Promise<void> {
  const content = await contentOrExit();
  const { recognize } = buildRecognizer(content);
  const lines = createInterface({ input: process.stdin, terminal: false });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let q: unknown;
    try {
      q = (JSON.parse(line) as { q?: unknown }).q;
    } catch {
      q = undefined;
    }
    if (typeof q !== "string") {
      process.stdout.write(`${JSON.stringify({ error: `line ${lineNumber}: expected {"q": "..."}` })}\n`);
      continue;
    }
    const u = recognize(q);
    process.stdout.write(
      `${JSON.stringify({
        intent: u.intent,
        confidence: u.confidence,
        band: u.band,
        alternatives: u.alternatives,
        ...(Object.keys(u.slots).length > 0 ? { slots: u.slots } : {}),
      })}\n`,
    );
  }
}
