import { ADDED_PRINCIPAL } from "../../core/principals.ts";
import { t, text } from "../../core/reply.ts";
import type { Outcome, Turn } from "../handler.ts";
import { showHelp } from "../help.ts";
import { civilDaysBefore } from "./stats-days.ts";

/**
 * Admin commands in chat: `/staff` (list), `/staff add <principal>`, `/staff remove <principal>`, `/stats`.
 * Anyone else gets the ordinary help, as for an unknown command, and nothing changes.
 */
export async function staffCommand(turn: Turn, name: string, argument = ""): Promise<Outcome> {
  const desk = turn.staffDesk;
  if (!desk || turn.role !== "admin") return showHelp(turn);
  if (name === "stats") {
    const days = civilDaysBefore(turn.today, 7);
    const stats = await desk.stats(days);
    const lines = days.map((day) => {
      const s = stats[day] ?? {};
      return t("common:staff.stats_line", {
        day,
        messages: s.messages ?? 0,
        fallback: s.fallback ?? 0,
        reminders: s.reminders_sent ?? 0,
      });
    });
    return { replies: [{ kind: "text", parts: [{ ...t("common:staff.stats"), lines }] }] };
  }
  const [action = "list", principal = ""] = argument ? argument.split(/\s+/) : [];
  if (action === "list") {
    const list = await desk.listStaff();
    return { replies: [text(t("common:staff.list", { names: list.join(", ") || "—" }))] };
  }
  if (!ADDED_PRINCIPAL.test(principal)) return { replies: [text(t("common:staff.bad_principal"))] };
  if (action === "add") {
    await desk.addStaff(principal);
    return { replies: [text(t("common:staff.added", { principal }))] };
  }
  if (action === "remove") {
    const removed = await desk.removeStaff(principal);
    return { replies: [text(t(removed ? "common:staff.removed" : "common:staff.not_staff", { principal }))] };
  }
  return { replies: [text(t("common:staff.usage"))] };
}
