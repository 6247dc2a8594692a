/**
 * Button actions are short strings: `intent:<id>`, `more:<id>`, `lang:<vi|en>`, `menu`, `calc:<field>=<value>`
 * (a step of the contribution calculator), `triage:<node>` (a step of the "who pays?" questions) and
 * `rem:<what>=<value>` (confirming, cancelling, snoozing or renewing reminders) and `resume` (back to the question
 * a side question interrupted).
 */
export type Action =
  | { type: "intent"; intent: string }
  | { type: "more"; intent: string }
  | { type: "lang"; locale: "vi" | "en" }
  | { type: "menu" }
  | { type: "calc"; field: string; value: string }
  | { type: "triage"; node: string }
  | { type: "rem"; field: string; value: string }
  | { type: "privacy"; what: "show" | "ask" | "forget" | "keep" }
  | { type: "resume" };

/** Builds the action string for a button. */
export function encodeAction(action: Action): string {
  switch (action.type) {
    case "intent":
      return `intent:${action.intent}`;
    case "more":
      return `more:${action.intent}`;
    case "lang":
      return `lang:${action.locale}`;
    case "menu":
      return "menu";
    case "calc":
      return `calc:${action.field}=${action.value}`;
    case "triage":
      return `triage:${action.node}`;
    case "rem":
      return `rem:${action.field}=${action.value}`;
    case "privacy":
      return `privacy:${action.what}`;
    case "resume":
      return "resume";
  }
}

/** Reads an action string; undefined for anything unknown (never trust what a client sends back). */
export function decodeAction(raw: string): Action | undefined {
  const [type, value = ""] = raw.split(/:(.*)/s, 2);
  if (type === "menu" && !value) return { type: "menu" };
  if (type === "resume" && !value) return { type: "resume" };
  if ((type === "intent" || type === "more") && /^[a-z][a-z0-9_.]{0,80}$/.test(value))
    return { type, intent: value };
  if (type === "lang" && (value === "vi" || value === "en")) return { type, locale: value };
  const step = /^([a-z_]{1,20})=([a-z0-9_-]{1,20})$/.exec(value);
  if (type === "calc" && step) return { type, field: step[1]!, value: step[2]! };
  if (type === "triage" && /^[a-z0-9_]{1,40}$/.test(value)) return { type, node: value };
  if (type === "privacy" && (value === "show" || value === "ask" || value === "forget" || value === "keep"))
    return { type, what: value };
  const reminder = /^([a-z]{1,12})=([a-z0-9_.-]{1,32})$/.exec(value);
  if (type === "rem" && reminder) return { type, field: reminder[1]!, value: reminder[2]! };
  return undefined;
}
