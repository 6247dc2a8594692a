import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildRecognizer, trainingExamples } from "../../../src/nlu/build-recognizer.ts";
import { readModel, writeModel } from "../../../src/nlu/model-artifact.ts";
import { modelKey } from "../../../src/nlu/model-cache.ts";
import { createNormalizer } from "../../../src/nlu/normalize.ts";
import { trainInBackground } from "../../../src/nlu/train-in-background.ts";
import { realContent } from "../../helpers/real-content.ts";

const content = await realContent();
const trained = buildRecognizer(content);
const messages = readFileSync("test/fixtures/eval-dev.jsonl", "utf8")
  .trim()
  .split("\n")
  .map((line) => (JSON.parse(line) as { q: string }).q);
const dir = mkdtempSync(path.join(tmpdir(), "bhyt-model-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the prebuilt intent model", () => {
  it("reads back to a classifier that ranks every development message exactly as the trained one", () => {
    const restored = readModel(writeModel(trained.classifier), createNormalizer(content.abbreviations));
    for (const q of messages) expect(restored.rank(q), q).toEqual(trained.classifier.rank(q));
  });

  it("is trained once and then read from the folder, with the same answers", () => {
    const first = buildRecognizer(content, {}, dir);
    const second = buildRecognizer(content, {}, dir);
    expect([first.source, second.source]).toEqual(["trained", "prebuilt"]);
    expect(readdirSync(dir).filter((name) => name.endsWith(".model"))).toHaveLength(1);
    for (const q of messages.slice(0, 200)) expect(second.recognize(q)).toEqual(trained.recognize(q));
  });

  it("gets a new key when an example changes, and a damaged file is trained over", () => {
    const examples = trainingExamples(content);
    const changed = [...examples, { intent: "contact.hotline", text: "số máy bàn của bhxh tỉnh" }];
    expect(modelKey(changed, {}, content.abbreviations)).not.toBe(
      modelKey(examples, {}, content.abbreviations),
    );
    const [file] = readdirSync(dir).filter((name) => name.endsWith(".model"));
    writeFileSync(path.join(dir, file!), "not a model");
    expect(buildRecognizer(content, {}, dir).source).toBe("trained");
    expect(buildRecognizer(content, {}, dir).source).toBe("prebuilt");
  });
});

describe("retraining after a content edit", () => {
  it("trains in a worker thread: the event loop keeps turning, and the new model answers like one trained here", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = Date.now();
    const background = await trainInBackground(content);
    clearInterval(timer);
    expect(background.where).toBe("worker");
    // Blocked, the loop would not have turned at all while training ran.
    expect(ticks).toBeGreaterThan((Date.now() - started) / 5 / 4);
    for (const q of messages.slice(0, 200)) expect(background.recognize(q)).toEqual(trained.recognize(q));
  });
});
