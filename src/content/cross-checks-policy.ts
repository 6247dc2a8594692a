import { ANSWER_VARIABLES, computeAnswerVars } from "../policy/answer-vars.ts";
import { nationalAt } from "../policy/parameter-at.ts";
import { type Content, LOCALES } from "./content.ts";
import { type ContentIssue, contentError } from "./content-issue.ts";

// The checks of the dated policy data: provincial overrides and what has gone stale by today.
const error = contentError;

/** Provincial overrides: a known province and parameter, dates in order, a level stated as a rule, not a note. */
export function checkOverrides(content: Content): ContentIssue[] {
  const { parameters, provinces, overrides } = content.policy;
  return overrides.flatMap((o, index) => {
    const file = `intents/policy/overrides/${o.province}.yaml`;
    const found: ContentIssue[] = [];
    if (!parameters[o.parameter])
      found.push(
        error(
          file,
          `overrides[${index}].parameter`,
          `"${o.parameter}" is not in intents/policy/parameters.yaml`,
        ),
      );
    if (!provinces.some((p) => p.code === o.province))
      found.push(error(file, "province", `"${o.province}" is not in intents/policy/provinces.yaml`));
    const unapplied = parameters[o.parameter] ? levelsOnlyInNote(content, o) : [];
    if (unapplied.length > 0)
      found.push(
        error(
          file,
          `overrides[${index}].note`,
          `states ${unapplied.map((l) => `${l}%`).join(", ")}, a level the calculator does not apply: add it as its own override (with \`part\` or \`ages\`) or take it out of the note`,
        ),
      );
    return found;
  });
}

/** What has gone stale by today: planned changes whose date has come, and answers reviewed before a figure they use changed. */
export function checkStaleness(content: Content, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [id, parameter] of Object.entries(content.policy.parameters))
    for (const [index, change] of (parameter.planned ?? []).entries())
      if (change.from <= today)
        issues.push(
          warning(
            "intents/policy/parameters.yaml",
            `${id}.planned[${index}]`,
            `was announced for ${change.from}, which has come: add the new value as a version once its decree is issued, or move the date`,
          ),
        );
  for (const intent of content.intents.values()) {
    const parameters = new Set(intent.uses.flatMap((name) => ANSWER_VARIABLES[name]?.parameters ?? []));
    for (const id of parameters) {
      let current: string | undefined;
      try {
        current = nationalAt(content.policy, id, today).from;
      } catch (cause) {
        issues.push(error(intent.file, "uses", (cause as Error).message));
        continue;
      }
      if (current > intent.meta.reviewed_at) {
        issues.push(
          warning(
            intent.file,
            "meta.reviewed_at",
            `is stale: "${id}" changed on ${current}, after the review on ${intent.meta.reviewed_at}; re-read the answer and update reviewed_at`,
          ),
        );
      }
    }
    if (intent.meta.valid_to && intent.meta.valid_to < today) {
      issues.push({
        ...warning(
          intent.file,
          "meta.valid_to",
          `${intent.meta.valid_to} has passed: the answer's legal basis has ended; review the answer and extend or remove valid_to`,
        ),
        expired: true,
      });
    }
    try {
      for (const locale of LOCALES)
        computeAnswerVars(intent.uses, {
          policy: content.policy,
          date: today,
          locale,
          hotline: content.links.contacts.hotline,
        });
    } catch (cause) {
      issues.push(error(intent.file, "uses", (cause as Error).message));
    }
  }
  return issues;
}

// A level in an override's note is its own value, the national one or the difference between them ("the city adds
// 50% on top of the national 50%"); any other level is a second rule written as prose, which nothing applies.
function levelsOnlyInNote(content: Content, o: Content["policy"]["overrides"][number]): number[] {
  let nationalPct = o.value;
  try {
    const national = nationalAt(content.policy, o.parameter, o.from).value;
    if (typeof national === "number") nationalPct = national;
  } catch {
    // No national value that early: the override's own value is the only level it implies.
  }
  const implied = new Set([o.value, nationalPct, o.value - nationalPct, 100 - o.value, 100 - nationalPct]);
  const stated = [...(o.note ?? "").matchAll(/(\d{1,3})\s?%/g)].map((m) => Number(m[1]));
  return [...new Set(stated.filter((level) => !implied.has(level)))];
}

function warning(file: string, path: string, message: string): ContentIssue {
  return { severity: "warning", file, path, message };
}
