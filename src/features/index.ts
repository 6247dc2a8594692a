import type { HandlerName } from "../content/schemas/intent.schema.ts";
import { answer } from "./answer.ts";
import { contribution } from "./contribution/contribution-handler.ts";
import { withFamilyFlowKept } from "./contribution/family-flow-kept.ts";
import { fallback } from "./fallback.ts";
import { greet } from "./greeting.ts";
import type { Outcome, Turn } from "./handler.ts";
import { showHelp } from "./help.ts";
import { whereToEnroll } from "./places/where-to-enroll.ts";
import { cancelNamedReminders } from "./reminders/cancel-named.ts";
import { listReminders, startReminders } from "./reminders/remind-flow.ts";
import { requestPerson } from "./staff/handoff.ts";

/** Handler for each `handler:` name an intent file may use; every name in the schema must be here. */
export const HANDLERS: Readonly<
  Record<HandlerName, (turn: Turn, intent: string) => Outcome | Promise<Outcome>>
> = {
  answer,
  contribution: (turn, intent) => withFamilyFlowKept(turn, intent, contribution(turn, intent)),
  places: whereToEnroll,
  remind: startReminders,
  reminders: (turn, intent) =>
    intent === "reminder.cancel" ? cancelNamedReminders(turn) : listReminders(turn),
  handoff: (turn) => requestPerson(turn),
  greeting: greet,
  help: showHelp,
  fallback,
};
