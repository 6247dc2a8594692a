import { ContentEditsSchema } from "../../content/content-edits.ts";
import { exportEdits } from "../../content/export-edits.ts";
import { createRedisContentVersions } from "../../infra/redis-content-versions.ts";
import { cliLogger, openSessions, PROJECT_ROOT, settingsOrExit, UsageError } from "../bootstrap.ts";

/**
 * `content export [--dir DIR]`: writes the admin edits in force (from Redis) into the content files, so they can be
 * reviewed and committed. Prints the files written.
 */
export async function contentExportCommand(root = PROJECT_ROOT): Promise<number> {
  const { config, content } = await settingsOrExit(root);
  const logger = cliLogger(config);
  const sessions = await openSessions(config, logger, { allowMemory: false });
  try {
    if (!sessions.redis) throw new UsageError("content export needs Redis (where the edits are kept).");
    const versions = createRedisContentVersions(sessions.redis);
    const current = await versions.current();
    const saved = current > 0 ? await versions.get(current) : undefined;
    if (!saved) {
      process.stdout.write("No admin edits in force: the files are up to date.\n");
      return 0;
    }
    const files = await exportEdits(root, content, ContentEditsSchema.parse(saved.edits));
    process.stdout.write(
      `Exported version ${current} (${saved.author}, ${saved.at}) into:\n${files.map((f) => `  ${f}`).join("\n")}\n`,
    );
    process.stdout.write("Run `bhyt content check`, review the diff and commit.\n");
    return 0;
  } finally {
    await sessions.close();
  }
}
