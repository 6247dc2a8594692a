import { type Logger, pino } from "pino";
import { redactPersonalNumbers } from "../core/pii-guard.ts";

// Fields that may hold secrets; pino replaces their values before anything is written.
const SECRET_PATHS = [
  "token",
  "*.token",
  "accessToken",
  "refreshToken",
  "secret",
  "*.secret",
  "headers.authorization",
  "config.TELEGRAM_BOT_TOKEN",
  "config.ADMIN_TOKEN",
];

// Logged values are small (ids, counts, error messages); past this depth a value is dropped rather than written
// unchecked.
const MAX_DEPTH = 6;

// A bot token inside a text (a Bot API URL in an error, say): digits, a colon, 30+ token characters.
const TELEGRAM_TOKEN = /(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}/g;

/** A text with bot tokens and citizens' personal numbers replaced, safe to write anywhere. */
export function redactText(text: string): string {
  return redactPersonalNumbers(text.replace(TELEGRAM_TOKEN, "[secret]")).text;
}

function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if (depth > MAX_DEPTH) return "[too deep]";
  // An error's message or stack may quote what a citizen typed.
  if (value instanceof Error)
    return { type: value.name, message: redactDeep(value.message), stack: redactDeep(value.stack ?? "") };
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, depth + 1)]));
}

/** The process logger: JSON lines on stderr, secrets and citizens' personal numbers redacted. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: { paths: SECRET_PATHS, censor: "[secret]" },
      hooks: {
        // Message texts may carry ID, card or phone numbers typed by citizens: every string is redacted, including
        // the string fields of logged objects (an error message quoting a message, say).
        logMethod(args, method) {
          method.apply(this, args.map(redactDeep) as Parameters<typeof method>);
        },
      },
    },
    pino.destination(2),
  );
}
