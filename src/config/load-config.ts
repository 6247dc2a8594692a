import type { RedisTarget } from "../infra/redis.ts";
import { type Env, EnvSchema } from "./env.schema.ts";

/** Configuration the app runs with: the parsed environment plus derived switches. */
export interface Config extends Env {
  channels: { telegram: boolean; zaloOa: boolean; zaloBot: boolean };
  /** Where Redis is, when configured (else a supervised local redis-server is used). */
  redis?: RedisTarget;
}

/** Thrown when the environment is invalid; the message lists every bad variable, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (as `FOO=` or compose's `${FOO:-}` gives) means "not set", so its default applies.
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = EnvSchema.safeParse(given);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const shown = name in env && !/TOKEN|SECRET|KEY|PASSWORD/.test(name) ? ` (got "${env[name]}")` : "";
      return `${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(problems);
  }
  const parsed = result.data;
  const problems: string[] = [];
  if (parsed.ZALO_OA_APP_ID && !parsed.ZALO_OA_SECRET_KEY) {
    problems.push("ZALO_OA_SECRET_KEY: must be set when ZALO_OA_APP_ID is set (it signs the OA webhook)");
  }
  if (parsed.ZALO_OA_SECRET_KEY && !parsed.ZALO_OA_APP_ID) {
    problems.push("ZALO_OA_APP_ID: must be set when ZALO_OA_SECRET_KEY is set");
  }
  if (parsed.ZALO_OA_ACCESS_TOKEN && (!parsed.ZALO_APP_SECRET || !parsed.ZALO_OA_REFRESH_TOKEN)) {
    problems.push(
      "ZALO_APP_SECRET, ZALO_OA_REFRESH_TOKEN: both must be set with ZALO_OA_ACCESS_TOKEN (the access token lasts 25 hours; refreshing it needs both)",
    );
  }
  if (parsed.ZALO_OA_ACCESS_TOKEN && !parsed.ZALO_OA_APP_ID) {
    problems.push("ZALO_OA_APP_ID: must be set with ZALO_OA_ACCESS_TOKEN");
  }
  const redisModes = [
    parsed.REDIS_URL && "REDIS_URL",
    parsed.REDIS_SENTINELS.length > 0 && "REDIS_SENTINELS",
    parsed.REDIS_CLUSTER_NODES.length > 0 && "REDIS_CLUSTER_NODES",
  ].filter(Boolean);
  if (redisModes.length > 1) problems.push(`${redisModes.join(", ")}: set only one way to reach Redis`);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...parsed,
    ...redisTarget(parsed),
    channels: {
      telegram: Boolean(parsed.TELEGRAM_BOT_TOKEN),
      // The signature pair alone mounts the webhook (an OA being set up); replies also need the access token.
      zaloOa: Boolean(parsed.ZALO_OA_APP_ID && parsed.ZALO_OA_SECRET_KEY),
      zaloBot: Boolean(parsed.ZALO_BOT_TOKEN),
    },
  };
}

function redisTarget(parsed: Env): { redis?: RedisTarget } {
  const password = parsed.REDIS_PASSWORD ? { password: parsed.REDIS_PASSWORD } : {};
  if (parsed.REDIS_URL) return { redis: { url: parsed.REDIS_URL } };
  if (parsed.REDIS_SENTINELS.length > 0) {
    const sentinelPassword = parsed.REDIS_SENTINEL_PASSWORD
      ? { sentinelPassword: parsed.REDIS_SENTINEL_PASSWORD }
      : {};
    const { REDIS_SENTINELS: sentinels, REDIS_SENTINEL_NAME: name } = parsed;
    return { redis: { sentinels, name, ...password, ...sentinelPassword } };
  }
  if (parsed.REDIS_CLUSTER_NODES.length > 0)
    return { redis: { cluster: parsed.REDIS_CLUSTER_NODES, ...password } };
  return {};
}
