import { formatIssue } from "../../content/content-issue.ts";
import { loadContent } from "../../content/load-content.ts";
import { civilDate } from "../../core/clock.ts";
import { PROJECT_ROOT } from "../bootstrap.ts";

/** `content check`: validates intents/ and locales/; exit 1 with one line per problem. */
export async function contentCheckCommand(root = PROJECT_ROOT): Promise<number> {
  const { content, issues } = await loadContent(root, civilDate(new Date()));
  for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
  // An answer whose legal basis has ended keeps serving (with a notice) but must not pass a release check.
  const errors = issues.filter((i) => i.severity === "error" || i.expired).length;
  if (!content || errors > 0) {
    process.stderr.write(`content check failed: ${errors} error(s), ${issues.length - errors} warning(s)\n`);
    return 1;
  }
  const examples = [...content.intents.values()].reduce(
    (n, i) => n + i.examples.vi.length + i.examples.en.length,
    0,
  );
  process.stdout.write(
    `content ok: ${content.intents.size} intents, ${examples} examples, ${Object.keys(content.policy.parameters).length} policy parameters, ${issues.length} warning(s) (version ${content.version})\n`,
  );
  return 0;
}
