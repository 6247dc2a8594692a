import { foldDiacritics } from "../core/fold.ts";
import { isAllowedLink, linksIn } from "../core/links.ts";
import { ALWAYS_AVAILABLE, ANSWER_VARIABLES } from "../policy/answer-vars.ts";
import { type Content, LOCALES } from "./content.ts";
import { type ContentIssue, contentError } from "./content-issue.ts";
import { checkDataFiles } from "./cross-checks-data.ts";
import { checkOverrides, checkStaleness } from "./cross-checks-policy.ts";
import { checkEnglishAnswers } from "./english-check.ts";

const error = contentError;
const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_]+)[^}]*\}\}/g;
// i18next would read these in an answer: "$t(…)" nests another string (a fake hotline), "{{- x}}" prints unescaped.
const TRANSLATOR_SYNTAX = /\$t\(|\{\{-/;
/** The longest answer parts, in characters: a reply is read on a phone, and every edit is kept as a version. */
export const ANSWER_LIMITS = { title: 120, body: 1_500, more: 3_000 } as const;

/** Checks that span files: ids, examples, answers, variables, links and policy references. */
export function crossCheck(content: Content, today: string): ContentIssue[] {
  return [
    ...checkExamples(content),
    ...checkIntentReferences(content),
    ...checkAnswers(content),
    ...checkEnglishAnswers(content),
    ...checkCommonStrings(content),
    ...checkOutsideServices(content),
    ...checkOverrides(content),
    ...checkDataFiles(content),
    ...checkStaleness(content, today),
  ];
}

function checkExamples(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const owner = new Map<string, string>();
  for (const intent of content.intents.values()) {
    for (const locale of LOCALES) {
      intent.examples[locale].forEach((example, index) => {
        const key = foldDiacritics(example)
          .replace(/[^a-z0-9]+/g, " ")
          .trim();
        const other = owner.get(key);
        if (other && other !== intent.id) {
          issues.push(
            error(
              intent.file,
              `examples.${locale}[${index}]`,
              `"${example}" is also an example of ${other}: keep it in one intent only`,
            ),
          );
        }
        owner.set(key, intent.id);
      });
    }
  }
  return issues;
}

function checkIntentReferences(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const intent of content.intents.values()) {
    intent.next.forEach((next, index) => {
      if (!content.intents.has(next))
        issues.push(
          error(
            intent.file,
            `next[${index}]`,
            `"${next}" is not an intent id: use an id from intents/catalog`,
          ),
        );
    });
    intent.uses.forEach((name, index) => {
      if (!(name in ANSWER_VARIABLES)) {
        issues.push(
          error(
            intent.file,
            `uses[${index}]`,
            `"${name}" is not an answer variable: see the table in intents/README.md`,
          ),
        );
      }
    });
  }
  for (const example of content.longExamples)
    for (const id of [example.intent, ...(example.also ?? [])])
      if (!content.intents.has(id))
        issues.push(
          error(
            "intents/examples",
            example.id,
            `"${id}" is not an intent id: use an id from intents/catalog`,
          ),
        );
  return issues;
}

function checkAnswers(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const allowed = content.links.links.map((link) => link.url);
  for (const locale of LOCALES) {
    const file = (id: string) => `locales/${locale}/answers/${id.split(".")[0]}.json`;
    for (const intent of content.intents.values()) {
      const answer = content.answers[locale].get(intent.id);
      const key = intent.id.includes(".") ? intent.id.split(".").slice(1).join(".") : "";
      if (!answer) {
        issues.push(error(file(intent.id), key, `has no answer for ${intent.id}: add "title" and "body"`));
        continue;
      }
      for (const field of ["title", "body", "more"] as const) {
        const text = answer[field];
        if (!text) continue;
        const where = key ? `${key}.${field}` : field;
        for (const [, name] of text.matchAll(PLACEHOLDER)) {
          if (name && !intent.uses.includes(name) && !ALWAYS_AVAILABLE.includes(name)) {
            issues.push(
              error(file(intent.id), where, `uses {{${name}}} but ${intent.file} does not list it in "uses"`),
            );
          }
        }
        for (const link of linksIn(text)) {
          if (!isAllowedLink(link, allowed))
            issues.push(
              error(file(intent.id), where, `links to ${link}, which is not on intents/_shared/links.yaml`),
            );
        }
        if (TRANSLATOR_SYNTAX.test(text))
          issues.push(
            error(
              file(intent.id),
              where,
              'contains "$t(" or "{{-", which the translator would act on: write it out',
            ),
          );
        if (text.length > ANSWER_LIMITS[field])
          issues.push(
            error(
              file(intent.id),
              where,
              `is ${text.length} characters; keep it under ${ANSWER_LIMITS[field]} (put details in "more", or shorten)`,
            ),
          );
      }
    }
    for (const id of content.answers[locale].keys()) {
      if (!content.intents.has(id))
        issues.push(
          error(file(id), id, `answers "${id}", which is not an intent: remove it or add the intent`),
        );
    }
  }
  return issues;
}

function flatKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => flatKeys(inner, prefix ? `${prefix}.${key}` : key));
}

// A string with plural forms ("title_one", "title_other") is one string: Vietnamese has no plural, English does.
const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;
const stringKeys = (common: unknown) =>
  new Set(flatKeys(common).map((key) => key.replace(PLURAL_SUFFIX, "")));

function checkCommonStrings(content: Content): ContentIssue[] {
  const [first, ...others] = LOCALES;
  const reference = stringKeys(content.common[first]);
  const issues: ContentIssue[] = [];
  for (const locale of others) {
    const keys = stringKeys(content.common[locale]);
    for (const key of reference)
      if (!keys.has(key))
        issues.push(
          error(`locales/${locale}/common.json`, key, `is missing (it exists in locales/${first})`),
        );
    for (const key of keys)
      if (!reference.has(key))
        issues.push(
          error(
            `locales/${locale}/common.json`,
            key,
            `does not exist in locales/${first}: remove it or add it there`,
          ),
        );
  }
  return issues;
}

// Every service outside health insurance needs its pointer in every language.
function checkOutsideServices(content: Content): ContentIssue[] {
  return LOCALES.flatMap((locale) => {
    const keys = new Set(flatKeys(content.common[locale]));
    return content.outside
      .filter((service) => !keys.has(`outside.${service.id}`))
      .map((service) =>
        error(
          `locales/${locale}/common.json`,
          `outside.${service.id}`,
          "is missing: intents/_shared/outside-bhyt.yaml names this service",
        ),
      );
  });
}
