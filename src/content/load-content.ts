import { createHash } from "node:crypto";
import path from "node:path";
import type { z } from "zod";
import { DocumentsFileSchema } from "../policy/legal-documents.schema.ts";
import type { Override } from "../policy/policy.schema.ts";
import { OverridesFileSchema, ParametersFileSchema, ProvincesFileSchema } from "../policy/policy.schema.ts";
import type { Content, LoadedIntent, Locale } from "./content.ts";
import { LOCALES } from "./content.ts";
import { type ContentIssue, formatIssue, zodIssues } from "./content-issue.ts";
import { crossCheck } from "./cross-checks.ts";
import { saveParsedYaml } from "./parsed-yaml-cache.ts";
import { listFiles, readData } from "./read-files.ts";
import { readPlacesFile } from "./read-places.ts";
import { IntentSchema } from "./schemas/intent.schema.ts";
import { type Place, PlacesFileSchema } from "./schemas/places.schema.ts";
import {
  AbbreviationsFileSchema,
  type AnswerText,
  AnswerTextSchema,
  LinksFileSchema,
  type LongExample,
  LongExamplesFileSchema,
  OutsideServicesFileSchema,
  TypedRepliesFileSchema,
} from "./schemas/shared.schema.ts";
import { TriageSchema } from "./schemas/triage.schema.ts";

/** The result of loading: content when there is no error, and every issue found (errors and warnings). */
export interface LoadResult {
  content?: Content;
  issues: ContentIssue[];
}

/** Thrown by loadContentOrThrow; its message has one line per problem. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `The content has ${issues.length} problem(s):\n${issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`,
    );
    this.name = "ContentError";
  }
}

/** Loads and validates intents/ and locales/ under `root`; `today` (YYYY-MM-DD) drives staleness warnings. */
export async function loadContent(root: string, today: string): Promise<LoadResult> {
  const issues: ContentIssue[] = [];
  const hash = createHash("sha256");
  const parse = async <S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S> | undefined> => {
    const data = await readData(file, root, issues);
    if (data === undefined) return undefined;
    hash.update(file).update(JSON.stringify(data));
    const result = schema.safeParse(data);
    if (!result.success) issues.push(...zodIssues(path.relative(root, file), result.error));
    return result.success ? result.data : undefined;
  };

  const intents = new Map<string, LoadedIntent>();
  const catalog = path.join(root, "intents", "catalog");
  const intentFiles = await listFiles(catalog, [".yaml", ".yml"]);
  if (intentFiles.length === 0) {
    issues.push({
      severity: "error",
      file: "intents/catalog",
      path: "",
      message: "has no intent files: add one YAML file per intent",
    });
  }
  for (const file of intentFiles) {
    const intent = await parse(file, IntentSchema);
    if (!intent) continue;
    const shown = path.relative(root, file);
    const expected = `${intent.id.split(".").at(-1)}.yaml`;
    if (path.basename(file) !== expected && path.basename(file) !== expected.replace(/yaml$/, "yml")) {
      issues.push({
        severity: "error",
        file: shown,
        path: "id",
        message: `"${intent.id}" must live in a file named ${expected}`,
      });
    }
    const previous = intents.get(intent.id);
    if (previous) {
      issues.push({
        severity: "error",
        file: shown,
        path: "id",
        message: `"${intent.id}" is already defined in ${previous.file}`,
      });
      continue;
    }
    intents.set(intent.id, { ...intent, file: shown });
  }

  const answers = {} as Record<Locale, Map<string, AnswerText>>;
  const common = {} as Record<Locale, Record<string, unknown>>;
  for (const locale of LOCALES) {
    answers[locale] = new Map();
    const localeDir = path.join(root, "locales", locale);
    common[locale] = ((await readData(path.join(localeDir, "common.json"), root, issues)) ?? {}) as Record<
      string,
      unknown
    >;
    hash.update(JSON.stringify(common[locale]));
    for (const file of await listFiles(path.join(localeDir, "answers"), [".json"])) {
      const domain = path.basename(file, ".json");
      const data = await readData(file, root, issues);
      if (data === undefined) continue;
      hash.update(file).update(JSON.stringify(data));
      collectAnswers(data, domain, path.relative(root, file), answers[locale], issues);
    }
  }

  const policyDir = path.join(root, "intents", "policy");
  const parameters = await parse(path.join(policyDir, "parameters.yaml"), ParametersFileSchema);
  const provinces = await parse(path.join(policyDir, "provinces.yaml"), ProvincesFileSchema);
  const documents = await parse(path.join(policyDir, "documents.yaml"), DocumentsFileSchema);
  const overrides: Override[] = [];
  for (const file of await listFiles(path.join(policyDir, "overrides"), [".yaml", ".yml"])) {
    const parsed = await parse(file, OverridesFileSchema);
    if (parsed) overrides.push(...parsed.overrides.map((o) => ({ ...o, province: parsed.province })));
  }
  const links = await parse(path.join(root, "intents", "_shared", "links.yaml"), LinksFileSchema);
  const abbreviations = await parse(
    path.join(root, "intents", "_shared", "abbreviations.yaml"),
    AbbreviationsFileSchema,
  );

  const outside = await parse(
    path.join(root, "intents", "_shared", "outside-bhyt.yaml"),
    OutsideServicesFileSchema,
  );
  const typedReplies = await parse(
    path.join(root, "intents", "_shared", "typed-replies.yaml"),
    TypedRepliesFileSchema,
  );
  const longExamples: LongExample[] = [];
  for (const file of await listFiles(path.join(root, "intents", "examples"), [".yaml", ".yml"])) {
    const parsed = await parse(file, LongExamplesFileSchema);
    if (parsed) longExamples.push(...parsed.examples);
  }
  const triage = await parse(path.join(root, "intents", "triage", "payer-triage.yaml"), TriageSchema);
  const places: Place[] = [];
  for (const file of await listFiles(path.join(root, "intents", "places"), [".yaml", ".yml", ".csv"])) {
    const data = await readPlacesFile(file, root, issues);
    if (data === undefined) continue;
    hash.update(file).update(JSON.stringify(data));
    const result = PlacesFileSchema.safeParse(data);
    if (!result.success) issues.push(...zodIssues(path.relative(root, file), result.error));
    else
      places.push(
        ...result.data.places.map((p) => ({
          ...p,
          province: result.data.province,
          sample: result.data.sample,
        })),
      );
  }

  if (
    !parameters ||
    !provinces ||
    !documents ||
    !links ||
    !abbreviations ||
    !outside ||
    !typedReplies ||
    !triage ||
    issues.some((i) => i.severity === "error")
  ) {
    return { issues };
  }
  const content: Content = {
    intents,
    answers,
    common,
    policy: {
      parameters,
      overrides,
      provinces: provinces.provinces,
      mergedOn: provinces.merged_on,
      documents: documents.documents,
    },
    links,
    abbreviations,
    outside: outside.services,
    typedReplies,
    longExamples,
    triage,
    places,
    version: hash.digest("hex").slice(0, 12),
  };
  issues.push(...crossCheck(content, today));
  saveParsedYaml(root);
  if (issues.some((i) => i.severity === "error")) return { issues };
  return { content: Object.freeze(content), issues };
}

/** Loads content or throws ContentError listing every error. */
export async function loadContentOrThrow(root: string, today: string): Promise<Content> {
  const result = await loadContent(root, today);
  if (!result.content) throw new ContentError(result.issues.filter((i) => i.severity === "error"));
  return result.content;
}

function collectAnswers(
  data: unknown,
  domain: string,
  file: string,
  into: Map<string, AnswerText>,
  issues: ContentIssue[],
): void {
  const record = (data ?? {}) as Record<string, unknown>;
  const entries: [string, string, unknown][] =
    "body" in record
      ? [[domain, "", record]]
      : Object.entries(record).map(([key, value]) => [`${domain}.${key}`, key, value]);
  for (const [id, key, value] of entries) {
    const parsed = AnswerTextSchema.safeParse(value);
    if (parsed.success) into.set(id, parsed.data);
    else issues.push(...zodIssues(file, parsed.error, key ? [key] : []));
  }
}
