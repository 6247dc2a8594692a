import { CONFIGURED_PRINCIPAL } from "../core/principals.ts";
import { refOfPrincipal } from "../features/staff/handoff.ts";
import type { StaffDesk } from "../features/staff/staff-desk.ts";
import type { ConsoleSessions } from "../infra/redis-console-sessions.ts";

/**
 * A one-time sign-in link to the web console for `principal`, or why there is none: only a principal the bot knows
 * as admin or staff (ADMINS, STAFF or added by an admin), on a channel that proves who people are, gets one.
 */
export async function signInLink(
  principal: string,
  deps: { desk: StaffDesk; sessions: ConsoleSessions; publicUrl: string },
): Promise<{ link: string; role: "admin" | "staff" } | { refused: string }> {
  if (!CONFIGURED_PRINCIPAL.test(principal))
    return { refused: `${principal} is not a principal like telegram:12345 or zalo:8839201` };
  const role = await deps.desk.roleOf(refOfPrincipal(principal));
  if (role === "citizen") return { refused: `${principal} is neither admin nor staff (ADMINS, STAFF)` };
  const token = await deps.sessions.issueLink(principal, role);
  return { link: `${deps.publicUrl.replace(/\/$/, "")}/console/sign-in?token=${token}`, role };
}
