import { isIP } from "node:net";
import { z } from "zod";
import { CONFIGURED_PRINCIPAL, PRINCIPAL_RULE } from "../core/principals.ts";
import { DEFAULT_QUIET_HOURS, parseQuietHours } from "../reminders/schedule-times.ts";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

// "a, b,,c" → ["a", "b", "c"]
const commaList = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

// A bearer token is a password to the whole API: long, and not a run of one character ("aaaaaaaaaaaaaaaa").
const secretToken = z
  .string()
  .min(24, "must be at least 24 characters (for example: openssl rand -hex 16)")
  .refine(
    (token) => new Set(token).size >= 8,
    "is too easy to guess: use random characters (openssl rand -hex 16)",
  );

const principalList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const items = commaList(value);
    for (const item of items) {
      if (!CONFIGURED_PRINCIPAL.test(item)) {
        ctx.addIssue({ code: "custom", message: `"${item}" is not ${PRINCIPAL_RULE}` });
      }
    }
    return items;
  });

// "10.0.0.5:26379,10.0.0.6:26379": Sentinel or Cluster seed nodes.
const hostPortList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const nodes = commaList(value).map((item) => {
      const match = /^([A-Za-z0-9._-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(item);
      if (!match || Number(match[2]) > 65535) {
        ctx.addIssue({ code: "custom", message: `"${item}" is not host:port, like 10.0.0.5:26379` });
        return undefined;
      }
      return { host: match[1]!.replace(/^\[|\]$/g, ""), port: Number(match[2]) };
    });
    return nodes.filter((node) => node !== undefined);
  });

// "10.0.0.2, 10.0.0.3": the addresses of reverse proxies in front of the server.
const addressSet = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const items = commaList(value);
    for (const item of items)
      if (!isIP(item))
        ctx.addIssue({ code: "custom", message: `"${item}" is not an IP address, like 10.0.0.2` });
    return new Set(items) as ReadonlySet<string>;
  });

/** The environment variables of CONTRACT.md (and the Redis deployment settings of the README), with defaults. */
export const EnvSchema = z.object({
  REDIS_URL: optionalText.pipe(
    z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  ),
  REDIS_SENTINELS: hostPortList,
  REDIS_SENTINEL_NAME: z.string().min(1).default("mymaster"),
  REDIS_CLUSTER_NODES: hostPortList,
  REDIS_PASSWORD: optionalText,
  REDIS_SENTINEL_PASSWORD: optionalText,
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Seconds a stop waits for running work before the process exits anyway; keep it under the orchestrator's grace. */
  STOP_DEADLINE_SECONDS: z.coerce
    .number({ error: "must be a number of seconds" })
    .int()
    .min(1)
    .max(300)
    .default(20),
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC… (the token @BotFather gives)")
      .optional(),
  ),
  TELEGRAM_API_ROOT: httpUrl.default("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1–256 characters of A-Z, a-z, 0-9, _ and -")
      .optional(),
  ),
  ZALO_OA_APP_ID: optionalText,
  ZALO_OA_SECRET_KEY: optionalText,
  ZALO_APP_SECRET: optionalText,
  ZALO_OA_ACCESS_TOKEN: optionalText,
  ZALO_OA_REFRESH_TOKEN: optionalText,
  ZALO_OA_TEMPLATE_ID: optionalText,
  ZALO_OA_API_BASE: httpUrl.default("https://openapi.zalo.me"),
  ZALO_OAUTH_BASE: httpUrl.default("https://oauth.zaloapp.com"),
  ZALO_BOT_TOKEN: optionalText,
  ZALO_BOT_WEBHOOK_SECRET: optionalText,
  ZALO_BOT_API_BASE: httpUrl.default("https://bot-api.zaloplatforms.com"),
  /** Where the prebuilt intent model is kept (written by `npm run build`, read at start); default .cache/model. */
  MODEL_DIR: optionalText,
  /** Where people reach this server (e.g. https://bhyt.example.vn), for the web console's sign-in links. */
  PUBLIC_URL: optionalText.pipe(httpUrl.optional()),
  /**
   * Reverse proxies in front of the server: from these the client is read from X-Forwarded-For, so per-client
   * limits (wrong sign-ins, message API) count each person, not the proxy.
   */
  TRUSTED_PROXIES: addressSet,
  ADMIN_TOKEN: optionalText.pipe(secretToken.optional()),
  API_TOKEN: optionalText.pipe(secretToken.optional()),
  ADMINS: principalList,
  STAFF: principalList,
  DEFAULT_LOCALE: z.enum(["vi", "en"], { error: "must be vi or en" }).default("vi"),
  PROVINCE: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z0-9_-]+$/, "must be a province code from intents/policy/provinces.yaml, e.g. dong_thap")
      .optional(),
  ),
  REMINDER_QUIET_HOURS: z
    .string()
    .default("21-7")
    .transform((value, ctx) => {
      const quiet = parseQuietHours(value);
      if (!quiet)
        ctx.addIssue({ code: "custom", message: 'must be local hours like "21-7" (from-until, 0–23)' });
      return quiet ?? DEFAULT_QUIET_HOURS;
    }),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
});

/** Parsed, typed environment. */
export type Env = z.infer<typeof EnvSchema>;
