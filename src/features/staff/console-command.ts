import { t, text } from "../../core/reply.ts";
import type { Outcome, Turn } from "../handler.ts";
import { showHelp } from "../help.ts";
import { principalOf } from "./staff-desk.ts";

/** `/console`: a staff member or admin gets a one-time sign-in link to the web console; citizens get the help. */
export async function consoleCommand(turn: Turn): Promise<Outcome> {
  if (turn.role !== "staff" && turn.role !== "admin") return showHelp(turn);
  const link = await turn.consoleLink?.(principalOf(turn.message.ref));
  return { replies: [text(link ? t("common:staff.console_link", { link }) : t("common:staff.console_off"))] };
}
