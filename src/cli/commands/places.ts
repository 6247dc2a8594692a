import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatIssue, zodIssues } from "../../content/content-issue.ts";
import { loadContent } from "../../content/load-content.ts";
import { readPlacesFile } from "../../content/read-places.ts";
import { PlacesFileSchema } from "../../content/schemas/places.schema.ts";
import { civilDate } from "../../core/clock.ts";
import { contentOrExit, PROJECT_ROOT, UsageError } from "../bootstrap.ts";

const USAGE = "Usage: bhyt places import <file.csv|file.yaml> [--dir DIR]";
// The formats the content loader reads: a list in any other format would be installed and never read.
const LIST_FORMATS = [".yaml", ".yml", ".csv"];

/**
 * `places import FILE`: checks a province's list of places (CSV or YAML, see intents/README.md) and, when it is
 * valid, installs it as intents/places/<province>.<ext>; otherwise prints one line per problem and changes nothing.
 */
export async function placesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dir: { type: "string" } },
  });
  const [action, file] = positionals;
  if (action !== "import" || !file) throw new UsageError(USAGE);
  const root = values.dir ? path.resolve(values.dir) : PROJECT_ROOT;
  const source = path.resolve(file);
  const format = path.extname(source).toLowerCase();
  if (!LIST_FORMATS.includes(format)) {
    process.stderr.write(
      `places import: "${path.basename(source)}" is not a list the bot reads (use ${LIST_FORMATS.join(", ")}); nothing changed.\n`,
    );
    return 1;
  }
  const issues: Parameters<typeof readPlacesFile>[2] = [];
  const data = await readPlacesFile(source, path.dirname(source), issues);
  const parsed = data === undefined ? undefined : PlacesFileSchema.safeParse(data);
  if (parsed && !parsed.success) issues.push(...zodIssues(path.basename(source), parsed.error));
  const content = await contentOrExit(root);
  const province = parsed?.success ? parsed.data.province : undefined;
  if (province && !content.policy.provinces.some((p) => p.code === province))
    issues.push({
      severity: "error",
      file: path.basename(source),
      path: "province",
      message: `"${province}" is not in intents/policy/provinces.yaml (a CSV file is named <province code>.csv)`,
    });
  if (issues.length > 0 || !province) {
    for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`places import: nothing changed (${issues.length} problem(s)).\n`);
    return 1;
  }
  // The new list replaces the province's old one, whatever its format; if the whole content no longer loads
  // (a place listed twice, say), the old files come back and nothing changes.
  const dir = path.join(root, "intents", "places");
  const target = path.join(dir, `${province}${format}`);
  const previous = new Map<string, Buffer>();
  for (const ext of LIST_FORMATS) {
    const old = path.join(dir, `${province}${ext}`);
    const bytes = await readFile(old).catch(() => undefined);
    if (bytes) previous.set(old, bytes);
  }
  // The new list is written before the old ones go, and the loaded content must hold exactly the places
  // imported for the province; otherwise everything is put back as it was.
  await mkdir(dir, { recursive: true });
  await copyFile(source, target);
  for (const old of previous.keys()) if (old !== target) await rm(old);
  const count = parsed?.success ? parsed.data.places.length : 0;
  const check = await loadContent(root, civilDate(new Date()));
  const loaded = check.content?.places.filter((p) => p.province === province).length;
  if (loaded !== count) {
    await rm(target, { force: true });
    for (const [old, bytes] of previous) await writeFile(old, bytes);
    for (const issue of check.issues.filter((i) => i.severity === "error"))
      process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(
      check.content
        ? `places import: the content would hold ${loaded} place(s) for ${province}, not ${count}; nothing changed.\n`
        : "places import: the content would not load with this list; nothing changed.\n",
    );
    return 1;
  }
  process.stdout.write(`Installed ${count} place(s) for ${province} as ${path.relative(root, target)}.\n`);
  process.stdout.write("Restart the bot (or reload content) to use them.\n");
  return 0;
}
