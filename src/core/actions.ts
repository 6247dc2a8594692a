/**
 * Button actions are short strings: `intent:<id>`, `more:<id>`, `lang:<vi|en>`, `menu`, `calc:<field>=<value>`
 * (a step of the contribution calculator) and `triage:<node>` (a step of the "who pays?" questions).
 */
export type Action =
  | { type: "intent"; intent: string }
  | { type: "more"; intent: string }
  | { type: "lang"; locale: "vi" | "en" }
  | { type: "menu" }
  | { type: "calc"; field: string; value: string }
  | { type: "triage"; node: string };

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
  }
}

/** Reads an action string; undefined for anything unknown (never trust what a client sends back). */
export function decodeAction(raw: string): Action | undefined {
  const [type, value = ""] = raw.split(/:(.*)/s, 2);
  if (type === "menu" && !value) return { type: "menu" };
  if ((type === "intent" || type === "more") && /^[a-z][a-z0-9_.]{0,80}$/.test(value))
    return { type, intent: value };
  if (type === "lang" && (value === "vi" || value === "en")) return { type, locale: value };
  const step = /^([a-z_]{1,20})=([a-z0-9_-]{1,20})$/.exec(value);
  if (type === "calc" && step) return { type, field: step[1]!, value: step[2]! };
  if (type === "triage" && /^[a-z0-9_]{1,40}$/.test(value)) return { type, node: value };
  return undefined;
}
