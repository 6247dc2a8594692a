import { createRedisConsoleSessions } from "../../infra/redis-console-sessions.ts";
import { createRedisStaffDesk } from "../../infra/redis-staff-desk.ts";
import { signInLink } from "../../web-console/sign-in-link.ts";
import { cliLogger, openSessions, settingsOrExit, UsageError } from "../bootstrap.ts";

/** `console link <principal>`: prints a one-time web console sign-in link (10 minutes) for an admin or staff member. */
export async function consoleLinkCommand(principal: string | undefined): Promise<number> {
  if (!principal) throw new UsageError("Name whose link it is: bhyt console link telegram:12345");
  const { config } = await settingsOrExit();
  const sessions = await openSessions(config, cliLogger(config), { allowMemory: false });
  try {
    if (!sessions.redis) throw new UsageError("console link needs Redis (where sessions are kept).");
    const result = await signInLink(principal, {
      desk: createRedisStaffDesk(sessions.redis, { admins: config.ADMINS, staff: config.STAFF }),
      sessions: createRedisConsoleSessions(sessions.redis),
      publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    });
    if ("refused" in result) {
      process.stderr.write(`No link: ${result.refused}.\n`);
      return 1;
    }
    process.stdout.write(`${result.link}\n(${result.role}; works once, for 10 minutes)\n`);
    return 0;
  } finally {
    await sessions.close();
  }
}
