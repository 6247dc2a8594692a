import type { ConsoleLabels } from "./labels.ts";

// The content check's reasons are written for the people who edit the files; the console says them in the
// clerk's words. Unknown reasons are shown as they are.
const PLAIN: { pattern: RegExp; say: (labels: ConsoleLabels, match: RegExpExecArray) => string }[] = [
  {
    pattern: /uses \{\{(\w+)\}\} but .* does not list it/,
    say: (labels, m) => labels.issue.unknownVariable.replace("{name}", `{{${m[1]}}}`),
  },
  {
    pattern: /links to (\S+), which is not on/,
    say: (labels, m) => labels.issue.linkNotAllowed.replace("{link}", m[1]!),
  },
  { pattern: /"\$t\(" or "\{\{-"/, say: (labels) => labels.issue.translatorSyntax },
  {
    pattern: /is (\d+) characters; keep it under (\d+)/,
    say: (labels, m) => labels.issue.tooLong.replace("{length}", m[1]!).replace("{limit}", m[2]!),
  },
  { pattern: /button title must be at most (\d+)/, say: (labels) => labels.issue.titleTooLong },
  { pattern: /too small|at least 1 character|>=1 character/i, say: (labels) => labels.issue.empty },
  { pattern: /is already an example of/, say: (labels) => labels.issue.duplicateExample },
  { pattern: /^version \S+ does not exist|^not a version number/, say: (labels) => labels.issue.noVersion },
];

/** A refusal reason in plain words for the console ("uses {{x}} but … does not list it" → what to do instead). */
export function plainIssue(reason: string, labels: ConsoleLabels): string {
  for (const { pattern, say } of PLAIN) {
    const match = pattern.exec(reason);
    if (match) return say(labels, match);
  }
  return reason;
}

/** A refusal's reasons as one notice in plain words, each once ("Chưa lưu: …"). */
export function plainNotice(issues: readonly string[], labels: ConsoleLabels): string {
  return `${labels.rejected} ${[...new Set(issues.map((issue) => plainIssue(issue.replace(/^[^ ]*: (?:[^ ]*: )?/, ""), labels)))].join(" ")}`;
}
