import type { z } from "zod";

/** One problem found in the content: where it is and what to change. */
export interface ContentIssue {
  severity: "error" | "warning";
  file: string;
  path: string;
  message: string;
  /** Content past its end date: it still loads (the bot keeps serving it, with a notice) but `content check` fails. */
  expired?: true;
}

/** Formats an issue as one readable line: `file › path: message`. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.path ? `${issue.file} › ${issue.path}` : issue.file;
  return `${issue.severity === "warning" ? "warning: " : ""}${where}: ${issue.message}`;
}

/** Renders a zod path like ["examples", "vi", 3] as `examples.vi[3]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/** Turns zod issues for one file into content issues. */
export function zodIssues(file: string, error: z.ZodError, prefix: PropertyKey[] = []): ContentIssue[] {
  return error.issues.map((issue) => ({
    severity: "error",
    file,
    path: formatPath([...prefix, ...issue.path]),
    message: describeZodIssue(issue),
  }));
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys")
    return `unknown field(s) ${issue.keys.join(", ")}: remove or rename them`;
  if (issue.code === "invalid_type" && issue.input === undefined)
    return `is missing: add it (${issue.expected})`;
  if (issue.code === "invalid_value") return `must be one of ${issue.values.map(String).join(", ")}`;
  return issue.message;
}

/** An error found while checking content. */
export function contentError(file: string, path: string, message: string): ContentIssue {
  return { severity: "error", file, path, message };
}
