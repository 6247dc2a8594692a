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

/** The process logger: JSON lines on stderr, secrets and citizens' personal numbers redacted. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: { paths: SECRET_PATHS, censor: "[secret]" },
      hooks: {
        // Message texts may carry ID, card or phone numbers typed by citizens: redact every string argument.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) =>
              typeof arg === "string" ? redactPersonalNumbers(arg).text : arg,
            ) as Parameters<typeof method>,
          );
        },
      },
    },
    pino.destination(2),
  );
}
