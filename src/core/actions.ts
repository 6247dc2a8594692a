/** Button actions are short strings: `intent:<id>`, `more:<id>`, `lang:<vi|en>`, `menu`. */
export type Action =
  | { type: "intent"; intent: string }
  | { type: "more"; intent: string }
  | { type: "lang"; locale: "vi" | "en" }
  | { type: "menu" };

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
  }
}

/** Reads an action string; undefined for anything unknown (never trust what a client sends back). */
export function decodeAction(raw: string): Action | undefined {
  const [type, value = ""] = raw.split(/:(.*)/s, 2);
  if (type === "menu" && !value) return { type: "menu" };
  if ((type === "intent" || type === "more") && /^[a-z][a-z0-9_.]{0,80}$/.test(value))
    return { type, intent: value };
  if (type === "lang" && (value === "vi" || value === "en")) return { type, locale: value };
  return undefined;
}
